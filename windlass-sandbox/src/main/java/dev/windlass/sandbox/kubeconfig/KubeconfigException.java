package dev.windlass.sandbox.kubeconfig;

/**
 * A kubeconfig could not be read, merged or written. The message names the file and what is wrong
 * with it; when this is thrown, the file on disk is unchanged.
 */
public final class KubeconfigException extends RuntimeException {

    public KubeconfigException(String message) {
        super(message);
    }

    public KubeconfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
