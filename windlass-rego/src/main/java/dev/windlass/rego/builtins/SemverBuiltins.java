package dev.windlass.rego.builtins;

/** Not written yet. */
final class SemverBuiltins {
    private SemverBuiltins() {}

    static void register(BuiltinTable.Registrar registrar) {
        // not written yet
    }
}
