package dev.windlass.server;

/**
 * An endpoint file that cannot be used: missing (so {@code windlass up} is not running), unreadable or
 * malformed. The message names the file and says what to do.
 */
public final class EndpointException extends Exception {

    public EndpointException(String message) {
        super(message);
    }
}
