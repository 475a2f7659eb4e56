package dev.windlass.pipelines.pod;

import dev.windlass.pipelines.model.ParamValue;
import dev.windlass.pipelines.run.Condition;
import dev.windlass.pipelines.run.StepOutcome;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a TaskRun's Pod says about the run: whether it has ended, the TaskRun's condition, each
 * step's outcome, the results the {@code report} container printed, and when it started and ended.
 * Read by {@link PodStatusReader}.
 */
public record PodReport(boolean done, Condition condition, List<StepOutcome> steps, Map<String, ParamValue> results,
        Optional<Instant> started, Optional<Instant> finished) {

    public PodReport {
        steps = List.copyOf(steps);
        results = Map.copyOf(results);
    }
}
