package dev.windlass.rego.eval;

import dev.windlass.rego.RegoEvalException;
import dev.windlass.rego.ast.Location;

/** An evaluation failure travelling up through continuations; turned into {@link RegoEvalException} at the API. */
final class EvalError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Location location;
    private final String code;

    EvalError(Location location, String code, String detail) {
        super(detail, null, false, false);
        this.location = location;
        this.code = code;
    }

    static EvalError conflict(Location location, String detail) {
        return new EvalError(location, "eval_conflict_error", detail);
    }

    RegoEvalException toChecked() {
        return new RegoEvalException(location, code, getMessage());
    }
}
