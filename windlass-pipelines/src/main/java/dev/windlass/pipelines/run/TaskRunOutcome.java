package dev.windlass.pipelines.run;

import dev.windlass.pipelines.model.ParamValue;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** How a TaskRun ended: its condition, results, steps and times. */
public record TaskRunOutcome(Condition condition, Map<String, ParamValue> results, List<StepOutcome> steps,
        Instant started, Instant finished) {

    public TaskRunOutcome {
        results = Map.copyOf(results);
        steps = List.copyOf(steps);
    }
}
