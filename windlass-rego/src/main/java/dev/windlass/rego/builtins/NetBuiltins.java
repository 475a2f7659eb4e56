package dev.windlass.rego.builtins;

/** Not written yet. */
final class NetBuiltins {
    private NetBuiltins() {}

    static void register(BuiltinTable.Registrar registrar) {
        // not written yet
    }
}
