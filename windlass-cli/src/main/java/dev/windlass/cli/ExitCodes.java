package dev.windlass.cli;

/** The exit codes of every {@code windlass} command. */
final class ExitCodes {

    /** Success; warnings may have been reported. */
    static final int OK = 0;
    /** The input was invalid (an error issue was reported), or an unexpected error occurred. */
    static final int INVALID_INPUT = 1;
    /** The command line was wrong: an unknown option, a bad value, a missing argument. */
    static final int USAGE = 2;

    private ExitCodes() {
    }
}
