package dev.windlass.pipelines.run;

import dev.windlass.pipelines.model.ParamValue;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One TaskRun of a PipelineRun (a matrix fans one pipeline task into several), as recorded in the
 * run's status: enough for the scheduler to recompute what runs next after a restart.
 *
 * @param matrixIndex the combination's index, empty outside a matrix
 * @param attempts conditions of earlier attempts ({@code retriesStatus})
 */
public record ChildRun(String taskRunName, String pipelineTask, boolean isFinally, Optional<Integer> matrixIndex,
        Condition condition, Optional<Instant> started, Optional<Instant> finished, Map<String, ParamValue> results,
        List<StepOutcome> steps, List<Condition> attempts) {

    public ChildRun {
        results = Map.copyOf(results);
        steps = List.copyOf(steps);
        attempts = List.copyOf(attempts);
    }
}
