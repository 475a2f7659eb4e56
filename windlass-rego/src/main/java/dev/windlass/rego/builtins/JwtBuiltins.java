package dev.windlass.rego.builtins;

/** Not written yet. */
final class JwtBuiltins {
    private JwtBuiltins() {}

    static void register(BuiltinTable.Registrar registrar) {
        // not written yet
    }
}
