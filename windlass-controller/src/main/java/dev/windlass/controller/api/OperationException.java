package dev.windlass.controller.api;

import java.util.Objects;

/**
 * An application operation that cannot be done, with a reason an API maps onto an HTTP status and a
 * message that says what to do.
 */
public final class OperationException extends Exception {

    /** Why the operation was refused or failed. */
    public enum Reason {
        /** No Application has that name (404). */
        NOT_FOUND,
        /** The request is malformed or not allowed for this application (400). */
        INVALID,
        /** Another operation is running, or automated sync forbids it (409). */
        CONFLICT,
        /** The operation ran and failed; the Application's status says why (500). */
        FAILED
    }

    private final Reason reason;

    public OperationException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
