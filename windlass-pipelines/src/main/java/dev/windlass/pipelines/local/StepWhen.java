package dev.windlass.pipelines.local;

import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.pipelines.dag.WhenEvaluator;
import dev.windlass.pipelines.model.Step;
import dev.windlass.pipelines.model.WhenExpression;
import dev.windlass.pipelines.model.WhenOperator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A step's own {@code when} guards, decided just before the step as Tekton's entrypoint decides
 * them: earlier steps' results are put in first, then {@code input}/{@code operator}/{@code values}
 * or {@code cel} are evaluated. A step whose guards do not hold is {@code Skipped} with exit code 0
 * and the task goes on.
 */
final class StepWhen {

    private StepWhen() {
    }

    /** Whether {@code step} runs; an error message when a guard cannot be evaluated. */
    static WhenEvaluator.Outcome decide(Step step, StepResultRefs results) {
        List<WhenExpression> expressions = new ArrayList<>();
        for (Node item : step.container().getList("when").orElse(ListNode.empty()).items()) {
            MapNode when = item.asMap().orElse(MapNode.empty());
            Optional<String> cel = when.getText("cel").map(results::replace);
            WhenOperator operator = "notin".equals(when.getText("operator").orElse("in")) ? WhenOperator.NOT_IN
                    : WhenOperator.IN;
            expressions.add(new WhenExpression(results.replace(when.getText("input").orElse("")), operator,
                    results.expand(StepTemplates.strings(when, "values")), cel));
        }
        return WhenEvaluator.evaluate(expressions);
    }
}
