package dev.windlass.rego;

import dev.windlass.rego.ast.Body;
import dev.windlass.rego.ast.Module;
import dev.windlass.rego.builtins.BuiltinTable;
import dev.windlass.rego.eval.Compiler;
import dev.windlass.rego.eval.Policy;
import dev.windlass.rego.value.ObjectValue;
import java.util.ArrayList;
import java.util.List;

/**
  * Compiled Rego: modules checked together (safety, conflicts, recursion) plus base documents
  * ({@code data}). Immutable and thread-safe; build once, prepare queries, evaluate many times.
  *
  * <pre>{@code
  * Rego rego = Rego.builder().module("policy.rego", text).data(data).build();
  * PreparedQuery q = rego.prepare("data.k8srequiredlabels.violation");
  * QueryResult r = q.eval(input);
  * }</pre>
  *
  * <p>Built-in errors follow OPA's default: a failing built-in call (a type error such as {@code
  * count(1)}, or {@code to_number("x")}) makes its expression undefined. With {@link
  * Builder#strictBuiltinErrors(boolean)} they fail the evaluation instead ({@code opa eval
  * --strict-builtin-errors}).
  */
public final class Rego {
    private final List<Module> modules;
    private final ObjectValue data;
    private final Policy policy;

    private Rego(List<Module> modules, ObjectValue data, Policy policy) {
        this.modules = List.copyOf(modules);
        this.data = data;
        this.policy = policy;
    }

    /** Starts a builder with no modules, empty data and the standard built-ins. */
    public static Builder builder() {
        return new Builder();
    }

    /** The compiled modules, in the order they were added. */
    public List<Module> modules() {
        return modules;
    }

    /** The base documents. */
    public ObjectValue data() {
        return data;
    }

    /** Parses and compiles a query such as {@code data.test.allow} or {@code x := data.a; x > 1}. */
    public PreparedQuery prepare(String query) throws RegoParseException, RegoCompileException {
        Body body = RegoParser.parseQuery("query", query);
        return new PreparedQuery(body, policy.prepare(body), query);
    }

    /** Compiles a parsed query. */
    public PreparedQuery prepare(Body query) throws RegoCompileException {
        return new PreparedQuery(query, policy.prepare(query), null);
    }

    /** Collects modules, data and built-ins, then compiles them together. */
    public static final class Builder {
        private final List<Module> modules = new ArrayList<>();
        private ObjectValue data = ObjectValue.EMPTY;
        private BuiltinTable builtins;
        private boolean strict;

        Builder() {}

        /** Parses and adds a module. */
        public Builder module(String file, String text) throws RegoParseException {
            return module(RegoParser.parse(file, text));
        }

        /** Adds a parsed module. */
        public Builder module(Module module) {
            modules.add(module);
            return this;
        }

        /** Sets the base documents (replacing earlier ones). */
        public Builder data(ObjectValue data) {
            this.data = data == null ? ObjectValue.EMPTY : data;
            return this;
        }

        /** Uses another built-in table (for example the standard one without {@code http.send}). */
        public Builder builtins(BuiltinTable table) {
            this.builtins = table;
            return this;
        }

        /** Whether built-in errors fail the evaluation (true) or make the call undefined (false, OPA's default). */
        public Builder strictBuiltinErrors(boolean strict) {
            this.strict = strict;
            return this;
        }

        /** Compiles everything added. */
        public Rego build() throws RegoCompileException {
            BuiltinTable table = builtins != null ? builtins : BuiltinTable.standard();
            return new Rego(modules, data, Compiler.compile(modules, data, table, strict));
        }
    }
}
