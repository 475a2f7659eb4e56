package dev.windlass.rego.builtins;

/** Not written yet. */
final class ComparisonBuiltins {
    private ComparisonBuiltins() {}

    static void register(BuiltinTable.Registrar registrar) {
        // not written yet
    }
}
