package dev.windlass.render.jsonnet;

import java.time.Duration;

/** Reason codes and message texts of the Jsonnet renderer; every message says what to do. */
public final class JsonnetMessages {

    /** The Jsonnet source does not parse. */
    public static final String SYNTAX_ERROR = "JsonnetSyntaxError";
    /** Evaluation raised an error ({@code error}, a failed assertion, a type error, a missing import). */
    public static final String EVALUATION_ERROR = "JsonnetEvaluationError";
    /** An import or a library path would leave the snapshot root. */
    public static final String IMPORT_OUTSIDE_ROOT = "JsonnetImportOutsideRoot";
    /** Evaluation ran past its time budget. */
    public static final String TIMEOUT = "JsonnetTimeout";
    /** Recursion too deep for the evaluator's stack. */
    public static final String STACK_OVERFLOW = "JsonnetStackOverflow";
    /** The JSON output is larger than allowed. */
    public static final String OUTPUT_TOO_LARGE = "JsonnetOutputTooLarge";
    /** The output is not an object or an array of objects with apiVersion and kind. */
    public static final String NOT_AN_OBJECT = "JsonnetNotAnObject";
    /** The file to evaluate is not in the snapshot. */
    public static final String FILE_NOT_FOUND = "JsonnetFileNotFound";
    /** A Jsonnet source is larger than the file size limit. */
    public static final String SOURCE_TOO_LARGE = "JsonnetSourceTooLarge";
    /** A Jsonnet source could not be read. */
    public static final String READ_FAILED = "JsonnetReadFailed";

    private JsonnetMessages() {
    }

    static String importAbsolute(String name) {
        return "import \"" + name + "\" is an absolute path; Windlass never reads outside the source root:"
                + " import relative to the file or to a directory.jsonnet.libs path";
    }

    static String importEscapes(String name) {
        return "import \"" + name + "\" leads outside the source root;"
                + " Windlass never reads outside it: move the library into the repository and list it in directory.jsonnet.libs";
    }

    static String libOutsideRoot(String lib) {
        return "directory.jsonnet.libs: \"" + lib + "\" points outside the repository; give a path relative to the repository root";
    }

    static String timeout(Duration timeout) {
        return "jsonnet evaluation did not finish within " + timeout.toMillis() + " ms and was stopped;"
                + " look for unbounded recursion or loops, or raise the timeout";
    }

    static String interrupted() {
        return "jsonnet evaluation was interrupted before it finished; render again";
    }

    static String stackOverflow() {
        return "jsonnet recursion is too deep (stack overflow); look for a function that calls itself without end";
    }

    static String outputTooLarge(long max) {
        return "jsonnet output is larger than " + max + " bytes and was stopped; split the file or raise the output limit";
    }

    static String evaluationFailed(String message) {
        return "jsonnet: " + message;
    }

    static String notAnObject(String what) {
        return what + " is not a Kubernetes object (a map with apiVersion and kind); a .jsonnet file must evaluate"
                + " to one object or to an array of objects";
    }

    static String fileNotFound(String path) {
        return "jsonnet file \"" + path + "\" is not in the source; check the path";
    }

    static String sourceTooLarge(long size, long max) {
        return "jsonnet source is " + size + " bytes, more than the limit of " + max + " (--max-file-bytes)";
    }

    static String readFailed(String reason) {
        return "could not read the jsonnet source: " + reason;
    }
}
