package dev.windlass.cli;

/** The messages of the {@code windlass} command, in one place: each says what is wrong and what to do. */
final class CliMessages {

    /** Reason code for a PATH argument that does not exist. */
    static final String PATH_NOT_FOUND = "PathNotFound";
    /** Reason code for a PATH argument that is neither a directory nor a regular file. */
    static final String PATH_NOT_READABLE = "PathNotReadable";

    static final String PATH_MISSING =
            "no such file or directory; give a directory of manifests or a single manifest file";
    static final String PATH_SPECIAL =
            "neither a directory nor a regular file; give a directory of manifests or a single manifest file";
    static final String MISSING_COMMAND = "windlass: missing command; choose one of the commands below";

    private CliMessages() {
    }

    static String cannotRead(String detail) {
        return "cannot read it: " + detail + "; check that it exists and that you may read it";
    }

    static String usageError(String message) {
        return "windlass: " + message;
    }

    static String tryHelp(String qualifiedCommand) {
        return "Try '" + qualifiedCommand + " --help' for more information.";
    }

    static String internalError(String detail) {
        return "windlass: internal error: " + detail + " (run with --debug for details)";
    }

    static String objectsValid(int count) {
        return count + (count == 1 ? " object valid" : " objects valid");
    }

    static String validationFailed(long errors, long warnings, int objects) {
        String found = "found " + plural(errors, "error") + (warnings > 0 ? " and " + plural(warnings, "warning") : "");
        return found + " in " + plural(objects, "object");
    }

    static String invalidSize(String text) {
        return "'" + text + "' is not a size; give bytes (1048576) or a number with a unit:"
                + " Ki, Mi, Gi (powers of 1024) or k, M, G (powers of 1000), e.g. 64Mi";
    }

    static String notACount(String text) {
        return "'" + text + "' is not a whole number";
    }

    static String notPositive(String text) {
        return "'" + text + "' must be greater than zero";
    }

    static String negative(String text) {
        return "'" + text + "' must not be negative";
    }

    private static String plural(long count, String word) {
        return count + " " + word + (count == 1 ? "" : "s");
    }
}
