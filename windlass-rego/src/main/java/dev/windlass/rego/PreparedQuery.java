package dev.windlass.rego;

import dev.windlass.rego.ast.Body;
import dev.windlass.rego.ast.Literal;
import dev.windlass.rego.eval.Policy;
import dev.windlass.rego.value.Value;
import java.util.ArrayList;
import java.util.List;

/**
  * A query compiled against a {@link Rego}: immutable and safe to evaluate from many threads at
  * once, so a policy decision costs one evaluation and no parsing.
  */
public final class PreparedQuery {
    private final Body query;
    private final Policy.Plan plan;
    private final List<String> texts;

    PreparedQuery(Body query, Policy.Plan plan, String source) {
        this.query = query;
        this.plan = plan;
        this.texts = List.copyOf(texts(query, source));
    }

    /** The query as parsed. */
    public Body query() {
        return query;
    }

    /** The source text of each top-level expression, for output such as {@code opa eval}'s {@code "text"}. */
    public List<String> expressionTexts() {
        return texts;
    }

    /** Evaluates with an input and default budgets. */
    public QueryResult eval(Value input) throws RegoEvalException {
        return eval(EvalRequest.of(input));
    }

    /** Evaluates one request. */
    public QueryResult eval(EvalRequest request) throws RegoEvalException {
        return plan.eval(request);
    }

    private static List<String> texts(Body query, String source) {
        List<String> out = new ArrayList<>();
        List<Literal> lits = query.literals();
        if (source == null) {
            lits.forEach(l -> out.add(""));
            return out;
        }
        List<Integer> starts = new ArrayList<>();
        for (Literal l : lits) {
            starts.add(offset(source, l.location().line(), l.location().column()));
        }
        for (int i = 0; i < lits.size(); i++) {
            int end = i + 1 < lits.size() ? starts.get(i + 1) : source.length();
            String text = source.substring(Math.min(starts.get(i), end), end).strip();
            out.add(text.endsWith(";") ? text.substring(0, text.length() - 1).strip() : text);
        }
        return out;
    }

    private static int offset(String source, int line, int column) {
        int pos = 0;
        for (int l = 1; l < line && pos >= 0; l++) {
            pos = source.indexOf('\n', pos) + 1;
        }
        return Math.max(0, Math.min(source.length(), pos + column - 1));
    }
}
