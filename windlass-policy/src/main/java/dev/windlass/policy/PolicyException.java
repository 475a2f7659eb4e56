package dev.windlass.policy;

/**
  * A template, constraint or Config that cannot be used, or an evaluation that failed. The message
  * names the object ({@code ConstraintTemplate k8srequiredlabels}), the field
  * ({@code spec.targets[0].rego}) and what to do.
  */
public final class PolicyException extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean schemaError;

    /** Creates the error. */
    public PolicyException(String message) {
        super(message);
        this.schemaError = false;
    }

    private PolicyException(String message, boolean schemaError) {
        super(message);
        this.schemaError = schemaError;
    }

    /** An error of a constraint's {@code spec.parameters} against its template's schema. */
    public static PolicyException schema(String message) {
        return new PolicyException(message, true);
    }

    /** Whether this is a parameters schema error (what gator's {@code invalid: true} tests expect). */
    public boolean isSchemaError() {
        return schemaError;
    }

    /** Creates the error with a cause (a Rego parse, compile or evaluation error). */
    public PolicyException(String message, Throwable cause) {
        super(message, cause);
        this.schemaError = false;
    }
}
