package dev.windlass.rego.builtins;

/** Not written yet. */
final class SprintfBuiltin {
    private SprintfBuiltin() {}

    static void register(BuiltinTable.Registrar registrar) {
        // not written yet
    }
}
