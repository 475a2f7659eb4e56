package dev.windlass.helm;

/**
 * A chart that cannot be loaded, values that cannot be merged or validated, or a template that
 * cannot render. The message is Helm's own error text (what {@code helm} prints after {@code Error: }).
 */
public class HelmException extends Exception {

    private static final long serialVersionUID = 1L;

    public HelmException(String message) {
        super(message);
    }

    public HelmException(String message, Throwable cause) {
        super(message, cause);
    }
}
