package dev.windlass.model.patch;

import java.util.Objects;

/**
 * A patch that cannot be applied: the patch document is malformed, names a path that does not
 * exist, fails a JSON patch {@code test}, or carries a strategic merge directive that is not
 * understood. The message names the operation or field and says what is wrong; {@link #kind()}
 * lets a caller map the failure to its own vocabulary (an HTTP status, an {@code Issue}).
 */
public final class PatchException extends RuntimeException {

    /** What went wrong, coarse enough to choose a response by. */
    public enum Kind {
        /** The patch document is not of the patch type's form (not a list of operations, no {@code op}, bad pointer). */
        INVALID_PATCH,
        /** An operation names a location that does not exist in the target. */
        PATH_NOT_FOUND,
        /** A JSON patch {@code test} operation found a different value. */
        TEST_FAILED,
        /** A strategic merge directive ({@code $patch}, {@code $retainKeys}, {@code $setElementOrder/…}) is unknown or malformed. */
        INVALID_DIRECTIVE,
        /** An item of a list merged by key lacks the merge key. */
        MISSING_MERGE_KEY
    }

    private final Kind kind;

    public PatchException(Kind kind, String message) {
        super(message);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public Kind kind() {
        return kind;
    }

    /** The same failure with {@code context} put before the message ({@code "operation 2 (test /a): "}). */
    PatchException within(String context) {
        return new PatchException(kind, context + getMessage());
    }
}
