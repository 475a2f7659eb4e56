package dev.windlass.policy;

/**
  * A template, constraint or Config that cannot be used, or an evaluation that failed. The message
  * names the object ({@code ConstraintTemplate k8srequiredlabels}), the field
  * ({@code spec.targets[0].rego}) and what to do.
  */
public final class PolicyException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Creates the error. */
    public PolicyException(String message) {
        super(message);
    }

    /** Creates the error with a cause (a Rego parse, compile or evaluation error). */
    public PolicyException(String message, Throwable cause) {
        super(message, cause);
    }
}
