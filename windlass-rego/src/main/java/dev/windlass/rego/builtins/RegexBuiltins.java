package dev.windlass.rego.builtins;

/** Not written yet. */
final class RegexBuiltins {
    private RegexBuiltins() {}

    static void register(BuiltinTable.Registrar registrar) {
        // not written yet
    }
}
