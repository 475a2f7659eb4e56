package dev.windlass.rego;

import java.util.List;
import java.util.stream.Collectors;

/**
  * Modules or a query that parse but cannot be compiled: unsafe variables, rule conflicts of kind
  * or arity, recursion, unknown functions, wrong argument counts. Each problem is a
  * {@link CompileError}; the message lists them as OPA does ({@code N errors occurred:} then one
  * {@code FILE:LINE:COL: CODE: MESSAGE} per line).
  */
public final class RegoCompileException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<CompileError> errors;

    /** Creates the error from one or more problems. */
    public RegoCompileException(List<CompileError> errors) {
        super(message(errors));
        this.errors = List.copyOf(errors);
    }

    /** The problems, in source order. */
    public List<CompileError> errors() {
        return errors;
    }

    private static String message(List<CompileError> errors) {
        if (errors.size() == 1) {
            return errors.get(0).toString();
        }
        return errors.size() + " errors occurred:\n"
                + errors.stream().map(CompileError::toString).collect(Collectors.joining("\n"));
    }
}
