package dev.windlass.git;

import java.util.Objects;

/**
 * An expected failure while getting sources from Git: the repository cannot be reached, the
 * revision does not exist, or the tree is too large. The message names the repository and says
 * what to do; {@link #reason()} is a stable code for conditions and events.
 */
public final class GitSourceException extends Exception {

    /** Why fetching the source failed. */
    public enum Reason {
        /** Cloning or fetching failed: the host, the path or the credentials are wrong. */
        FETCH_FAILED,
        /** No branch, tag, commit or matching semver tag has the requested name. */
        UNKNOWN_REVISION,
        /** A short SHA names more than one object. */
        AMBIGUOUS_REVISION,
        /** The tree at the commit exceeds the configured size or file-count limit. */
        TREE_TOO_LARGE,
        /** The local cache cannot be read or written. */
        CACHE_FAILED
    }

    private final Reason reason;

    public GitSourceException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public GitSourceException(Reason reason, String message) {
        this(reason, message, null);
    }

    /** The stable reason code. */
    public Reason reason() {
        return reason;
    }
}
