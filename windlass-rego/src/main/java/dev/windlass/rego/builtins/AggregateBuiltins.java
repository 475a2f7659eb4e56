package dev.windlass.rego.builtins;

/** Not written yet. */
final class AggregateBuiltins {
    private AggregateBuiltins() {}

    static void register(BuiltinTable.Registrar registrar) {
        // not written yet
    }
}
