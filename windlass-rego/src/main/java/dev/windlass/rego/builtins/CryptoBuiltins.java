package dev.windlass.rego.builtins;

/** Not written yet. */
final class CryptoBuiltins {
    private CryptoBuiltins() {}

    static void register(BuiltinTable.Registrar registrar) {
        // not written yet
    }
}
