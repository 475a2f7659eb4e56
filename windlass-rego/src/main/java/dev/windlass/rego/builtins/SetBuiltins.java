package dev.windlass.rego.builtins;

/** Not written yet. */
final class SetBuiltins {
    private SetBuiltins() {}

    static void register(BuiltinTable.Registrar registrar) {
        // not written yet
    }
}
