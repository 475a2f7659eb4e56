package dev.windlass.helm;

/**
 * A chart that cannot be loaded, values that cannot be merged or validated, or a template that
 * cannot render. The message is Helm's own error text (what {@code helm} prints after {@code Error: }).
 */
public class HelmException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String output;

    public HelmException(String message) {
        this(message, (Throwable) null);
    }

    public HelmException(String message, Throwable cause) {
        super(message, cause);
        this.output = "";
    }

    private HelmException(String message, String output) {
        super(message);
        this.output = output;
    }

    /**
     * A rendering error together with what rendered before it, which {@code helm template --debug}
     * prints (e.g. a manifest that is not valid YAML, shown so the user can see why).
     */
    public static HelmException withOutput(String message, String output) {
        return new HelmException(message, output);
    }

    /** What rendered before the error, for {@code --debug}; empty when nothing is worth showing. */
    public String output() {
        return output;
    }
}
