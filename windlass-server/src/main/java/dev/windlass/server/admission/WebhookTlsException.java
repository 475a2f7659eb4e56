package dev.windlass.server.admission;

/**
 * Certificates or keys for the admission webhook that cannot be read, written or used. The message
 * names the file and says what to do.
 */
public final class WebhookTlsException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Creates the error. */
    public WebhookTlsException(String message) {
        super(message);
    }

    /** Creates the error with its cause. */
    public WebhookTlsException(String message, Throwable cause) {
        super(message, cause);
    }
}
