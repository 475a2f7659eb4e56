package dev.windlass.rego.builtins;

/** Not written yet. */
final class UnitsBuiltins {
    private UnitsBuiltins() {}

    static void register(BuiltinTable.Registrar registrar) {
        // not written yet
    }
}
