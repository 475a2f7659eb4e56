package dev.windlass.rego.builtins;

/** Not written yet. */
final class ObjectBuiltins {
    private ObjectBuiltins() {}

    static void register(BuiltinTable.Registrar registrar) {
        // not written yet
    }
}
