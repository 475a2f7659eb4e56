package dev.windlass.engine.source;

import java.util.Objects;

/**
 * An expected failure getting a source: unreachable repository, bad credentials, unknown revision,
 * a tree over its limits. The message names the repository and says what to do.
 */
public final class SourceException extends Exception {

    private final String reason;

    /**
     * @param reason a stable code for conditions and metrics, e.g. {@code FETCH_FAILED}
     */
    public SourceException(String reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** The stable reason code. */
    public String reason() {
        return reason;
    }
}
