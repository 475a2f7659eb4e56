package dev.windlass.rego.builtins;

/** Not written yet. */
final class BitsBuiltins {
    private BitsBuiltins() {}

    static void register(BuiltinTable.Registrar registrar) {
        // not written yet
    }
}
