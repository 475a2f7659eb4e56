package dev.windlass.rego.builtins;

/** Not written yet. */
final class EncodingBuiltins {
    private EncodingBuiltins() {}

    static void register(BuiltinTable.Registrar registrar) {
        // not written yet
    }
}
