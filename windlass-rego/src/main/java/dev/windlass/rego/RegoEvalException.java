package dev.windlass.rego;

import dev.windlass.rego.ast.Location;

/**
  * An evaluation that failed, such as {@code eval_conflict_error: complete rules must not produce
  * multiple outputs}, a built-in type error, or a spent time or depth budget. The message reads
  * {@code FILE:LINE:COL: CODE: MESSAGE}.
  */
public final class RegoEvalException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Location location;
    private final String code;
    private final String detail;

    /** Creates the error; {@code location} may be null when no source position applies. */
    public RegoEvalException(Location location, String code, String detail) {
        super((location == null ? "" : location + ": ") + code + ": " + detail);
        this.location = location;
        this.code = code;
        this.detail = detail;
    }

    /** Where evaluation failed, or null. */
    public Location location() {
        return location;
    }

    /** OPA's code: {@code eval_conflict_error}, {@code eval_type_error}, {@code eval_builtin_error}, {@code eval_cancel_error}. */
    public String code() {
        return code;
    }

    /** The message without location and code. */
    public String detail() {
        return detail;
    }
}
