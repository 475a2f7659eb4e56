package dev.windlass.sandbox.tls;

/**
 * TLS material could not be created, read or written. The message names the file concerned and
 * says what to do (for example, delete the directory so that a new authority is created).
 */
public final class TlsException extends RuntimeException {

    public TlsException(String message) {
        super(message);
    }

    public TlsException(String message, Throwable cause) {
        super(message, cause);
    }
}
