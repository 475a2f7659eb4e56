package dev.windlass.rego;

import dev.windlass.rego.ast.Body;
import dev.windlass.rego.value.Value;
import java.util.List;

/**
  * A query compiled against a {@link Rego}: immutable and safe to evaluate from many threads at
  * once, so a policy decision costs one evaluation and no parsing.
  */
public final class PreparedQuery {
    PreparedQuery() {
        throw new UnsupportedOperationException("not written yet");
    }

    /** The query as parsed. */
    public Body query() {
        throw new UnsupportedOperationException("not written yet");
    }

    /** The source text of each top-level expression, for output such as {@code opa eval}'s {@code "text"}. */
    public List<String> expressionTexts() {
        throw new UnsupportedOperationException("not written yet");
    }

    /** Evaluates with an input and default budgets. */
    public QueryResult eval(Value input) throws RegoEvalException {
        return eval(EvalRequest.of(input));
    }

    /** Evaluates one request. */
    public QueryResult eval(EvalRequest request) throws RegoEvalException {
        throw new UnsupportedOperationException("not written yet");
    }
}
