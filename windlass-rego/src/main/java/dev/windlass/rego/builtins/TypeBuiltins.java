package dev.windlass.rego.builtins;

/** Not written yet. */
final class TypeBuiltins {
    private TypeBuiltins() {}

    static void register(BuiltinTable.Registrar registrar) {
        // not written yet
    }
}
