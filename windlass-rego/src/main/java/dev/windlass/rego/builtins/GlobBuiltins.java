package dev.windlass.rego.builtins;

/** Not written yet. */
final class GlobBuiltins {
    private GlobBuiltins() {}

    static void register(BuiltinTable.Registrar registrar) {
        // not written yet
    }
}
