package dev.windlass.rego.builtins;

/** Not written yet. */
final class ArrayBuiltins {
    private ArrayBuiltins() {}

    static void register(BuiltinTable.Registrar registrar) {
        // not written yet
    }
}
