package dev.windlass.rego.testing;

/** How one Rego test ended, in {@code opa test}'s words. */
public enum TestOutcome {
    /** The test rule was defined and {@code true}. */
    PASS,
    /** The test rule was undefined, or had a value other than {@code true}. */
    FAIL,
    /** Evaluating the test rule raised an error (a conflict, a built-in error, a spent budget). */
    ERROR,
    /** A {@code todo_test_} rule: found and reported, never evaluated. */
    SKIPPED
}
