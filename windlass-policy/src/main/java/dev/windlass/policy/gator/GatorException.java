package dev.windlass.policy.gator;

/** A suite, object or inventory file that cannot be read or used; the message names the file. */
public final class GatorException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Creates the error. */
    public GatorException(String message) {
        super(message);
    }

    /** Creates the error with a cause. */
    public GatorException(String message, Throwable cause) {
        super(message, cause);
    }
}
