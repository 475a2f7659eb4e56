package dev.windlass.rego.builtins;

/** Not written yet. */
final class NumberBuiltins {
    private NumberBuiltins() {}

    static void register(BuiltinTable.Registrar registrar) {
        // not written yet
    }
}
