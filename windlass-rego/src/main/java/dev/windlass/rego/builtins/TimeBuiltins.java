package dev.windlass.rego.builtins;

/** Not written yet. */
final class TimeBuiltins {
    private TimeBuiltins() {}

    static void register(BuiltinTable.Registrar registrar) {
        // not written yet
    }
}
