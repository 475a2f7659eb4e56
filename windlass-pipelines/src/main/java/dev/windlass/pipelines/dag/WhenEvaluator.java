package dev.windlass.pipelines.dag;

import dev.cel.bundle.Cel;
import dev.cel.bundle.CelFactory;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.windlass.pipelines.model.WhenExpression;
import dev.windlass.pipelines.model.WhenOperator;
import java.util.List;
import java.util.Map;

/**
 * Evaluates a task's {@code when} expressions after substitution, as Tekton does: {@code input in
 * values}, {@code input notin values}, or a {@code cel} expression that must give a bool. All must
 * hold for the task to run. A CEL expression that does not compile or evaluate is a failure value.
 */
public final class WhenEvaluator {

    private static final CelOptions OPTIONS = CelOptions.current().comprehensionMaxIterations(10_000).build();

    private static final Cel CEL = CelFactory.standardCelBuilder()
            .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
            .setOptions(OPTIONS)
            .build();

    private WhenEvaluator() {
    }

    /** The outcome: every expression held, or not, or an error message saying which expression failed and why. */
    public record Outcome(boolean holds, String error) {

        public boolean isError() {
            return error != null;
        }
    }

    /** Evaluates {@code expressions} (already substituted); an empty list holds. */
    public static Outcome evaluate(List<WhenExpression> expressions) {
        for (int i = 0; i < expressions.size(); i++) {
            Outcome one = evaluate(expressions.get(i), i);
            if (one.isError() || !one.holds()) {
                return one;
            }
        }
        return new Outcome(true, null);
    }

    private static Outcome evaluate(WhenExpression expression, int index) {
        if (expression.cel().isPresent()) {
            return cel(expression.cel().get(), index);
        }
        boolean in = expression.values().contains(expression.input());
        return new Outcome(expression.operator() == WhenOperator.NOT_IN ? !in : in, null);
    }

    private static Outcome cel(String text, int index) {
        CelValidationResult compiled = CEL.compile(text);
        try {
            Object value = CEL.createProgram(compiled.getAst()).eval(Map.of());
            if (value instanceof Boolean b) {
                return new Outcome(b, null);
            }
            return new Outcome(false, "when[" + index + "].cel \"" + text + "\" gave " + value
                    + ", not a bool; write an expression that evaluates to true or false");
        } catch (CelValidationException e) {
            return new Outcome(false, "when[" + index + "].cel \"" + text + "\" does not compile: "
                    + compiled.getErrorString().trim());
        } catch (CelEvaluationException e) {
            return new Outcome(false, "when[" + index + "].cel \"" + text + "\" failed: " + e.getMessage());
        }
    }
}
