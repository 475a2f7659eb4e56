package dev.windlass.sandbox.store;

/** A store operation that could not be done; the API layer turns it into a {@code Status}. */
public final class StoreException extends RuntimeException {

    /** Why. */
    public enum Reason { NOT_FOUND, ALREADY_EXISTS, CONFLICT, GONE }

    private final Reason reason;
    private final ObjectKey key;

    public StoreException(Reason reason, ObjectKey key, String message) {
        super(message, null, false, false);
        this.reason = reason;
        this.key = key;
    }

    public Reason reason() {
        return reason;
    }

    /** The object concerned, or null for a watch that starts too early. */
    public ObjectKey key() {
        return key;
    }
}
