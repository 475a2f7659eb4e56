package dev.windlass.rego.builtins;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
  * The built-in functions an evaluation may call, by name. {@link #standard()} holds every function
  * Windlass implements; callers may add their own ({@link #with}) or leave some out
  * ({@link #without}), as Gatekeeper leaves out {@code http.send}.
  */
public final class BuiltinTable {
    private static final BuiltinTable STANDARD = buildStandard();

    private final Map<String, Builtin> byName;

    private BuiltinTable(Map<String, Builtin> byName) {
        this.byName = Collections.unmodifiableMap(byName);
    }

    /** Every built-in Windlass implements. */
    public static BuiltinTable standard() {
        return STANDARD;
    }

    private static BuiltinTable buildStandard() {
        Registrar registrar = new Registrar();
        StringBuiltins.register(registrar);
        RegexBuiltins.register(registrar);
        GlobBuiltins.register(registrar);
        SprintfBuiltin.register(registrar);
        NumberBuiltins.register(registrar);
        AggregateBuiltins.register(registrar);
        ArrayBuiltins.register(registrar);
        SetBuiltins.register(registrar);
        ObjectBuiltins.register(registrar);
        TypeBuiltins.register(registrar);
        ComparisonBuiltins.register(registrar);
        BitsBuiltins.register(registrar);
        EncodingBuiltins.register(registrar);
        JsonPathBuiltins.register(registrar);
        UnitsBuiltins.register(registrar);
        TimeBuiltins.register(registrar);
        SemverBuiltins.register(registrar);
        NetBuiltins.register(registrar);
        JwtBuiltins.register(registrar);
        CryptoBuiltins.register(registrar);
        MiscBuiltins.register(registrar);
        return new BuiltinTable(registrar.byName);
    }

    /** The built-in with this name, if any. */
    public Optional<Builtin> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Every built-in, in registration order. */
    public Collection<Builtin> all() {
        return byName.values();
    }

    /** A table with one more function (replacing one of the same name). */
    public BuiltinTable with(Builtin builtin) {
        Map<String, Builtin> copy = new LinkedHashMap<>(byName);
        copy.put(builtin.name(), builtin);
        return new BuiltinTable(copy);
    }

    /** A table without the named function. */
    public BuiltinTable without(String name) {
        Map<String, Builtin> copy = new LinkedHashMap<>(byName);
        copy.remove(name);
        return new BuiltinTable(copy);
    }

    /** Collects built-ins while the standard table is assembled. */
    static final class Registrar {
        private final Map<String, Builtin> byName = new LinkedHashMap<>();

        /** Registers a deterministic function. */
        void add(String name, int arity, BuiltinFunction function) {
            put(new Builtin(name, arity, function, true));
        }

        /** Registers a function whose result is memoised per evaluation. */
        void addNondeterministic(String name, int arity, BuiltinFunction function) {
            put(new Builtin(name, arity, function, false));
        }

        private void put(Builtin builtin) {
            if (byName.putIfAbsent(builtin.name(), builtin) != null) {
                throw new IllegalStateException("built-in registered twice: " + builtin.name());
            }
        }
    }
}
