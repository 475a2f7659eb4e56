package dev.windlass.cli.policy;

/** The exit codes of {@code windlass policy} (the same as every windlass command). */
final class PolicyExit {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private PolicyExit() {
    }
}
