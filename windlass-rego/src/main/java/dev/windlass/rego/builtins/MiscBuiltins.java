package dev.windlass.rego.builtins;

/** Not written yet. */
final class MiscBuiltins {
    private MiscBuiltins() {}

    static void register(BuiltinTable.Registrar registrar) {
        // not written yet
    }
}
