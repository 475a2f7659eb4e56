package dev.windlass.server;

/**
 * The local API could not be used at all: {@code windlass up} is not running at the URL, refused the
 * token, or answered something that is not its API. Unchecked because {@code list} and {@code get} of
 * {@link dev.windlass.controller.api.ApplicationOperations} declare no exceptions; the message says
 * what to do.
 */
public final class LocalApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LocalApiException(String message) {
        super(message);
    }

    public LocalApiException(String message, Throwable cause) {
        super(message, cause);
    }
}
