package dev.windlass.engine.cluster;

import java.util.List;
import java.util.Objects;

/**
 * An expected failure talking to the cluster, as a value the controller maps onto a condition: the
 * server refused the object, the kind is not served, or the server cannot be reached. The message
 * names the object and says what to do; {@link #causes()} lists field-level causes such as
 * {@code spec.replicas: Invalid value: -1: must be greater than or equal to 0}.
 */
public final class ClusterException extends Exception {

    /** Why the request failed. */
    public enum Reason {
        /** The object does not exist (404). */
        NOT_FOUND,
        /** The object exists, or another field manager owns a field (409). */
        CONFLICT,
        /** The server rejected the object's content (400, 422). */
        INVALID,
        /** The credentials may not do this (401, 403), or the namespace is terminating. */
        FORBIDDEN,
        /** The cluster does not serve the kind (no discovery entry). */
        UNKNOWN_KIND,
        /** The object or the request is too large (413). */
        TOO_LARGE,
        /** The server cannot be reached or answered 5xx; retry later. */
        UNAVAILABLE
    }

    private final Reason reason;
    private final List<String> causes;

    public ClusterException(Reason reason, String message, List<String> causes, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.causes = List.copyOf(causes);
    }

    public ClusterException(Reason reason, String message) {
        this(reason, message, List.of(), null);
    }

    /** The stable reason code. */
    public Reason reason() {
        return reason;
    }

    /** Field-level causes reported by the server, each {@code field: message}; may be empty. */
    public List<String> causes() {
        return causes;
    }

    /** True when retrying the same request later may succeed. */
    public boolean retryable() {
        return reason == Reason.UNAVAILABLE || reason == Reason.CONFLICT;
    }
}
