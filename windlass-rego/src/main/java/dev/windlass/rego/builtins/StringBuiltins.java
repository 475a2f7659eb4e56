package dev.windlass.rego.builtins;

/** Not written yet. */
final class StringBuiltins {
    private StringBuiltins() {}

    static void register(BuiltinTable.Registrar registrar) {
        // not written yet
    }
}
