package dev.windlass.rego.builtins;

/** Not written yet. */
final class JsonPathBuiltins {
    private JsonPathBuiltins() {}

    static void register(BuiltinTable.Registrar registrar) {
        // not written yet
    }
}
