package dev.windlass.pipelines.dag;

import dev.windlass.pipelines.model.RunSpecStatus;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the {@link Scheduler} knows about a run: each task's status, the tasks already skipped
 * (name to reason), the requested {@code spec.status}, which timeouts have passed, and a function
 * that evaluates a task's guards ({@code when}, results, matrix) once its parents are done.
 *
 * @param statuses by pipeline task; a task absent here has not started
 * @param pipelineTimeout the pipeline timeout in force, for the timeout message
 * @param tasksTimeout the {@code timeouts.tasks} in force, for the timeout message
 */
public record SchedulerInput(String runName, Map<String, TaskStatus> statuses, Map<String, String> skipped,
        RunSpecStatus specStatus, boolean pipelineTimedOut, boolean tasksTimedOut, boolean finallyTimedOut,
        Optional<Duration> pipelineTimeout, Optional<Duration> tasksTimeout, Function<String, Guard> guards) {

    public SchedulerInput {
        statuses = Map.copyOf(statuses);
        skipped = Collections.unmodifiableMap(new LinkedHashMap<>(skipped));
    }

    /** A run with the given statuses, nothing skipped, no timeouts, every guard passing. */
    public static SchedulerInput of(String runName, Map<String, TaskStatus> statuses) {
        return new SchedulerInput(runName, statuses, Map.of(), RunSpecStatus.NONE, false, false, false,
                Optional.empty(), Optional.empty(), name -> Guard.RUN);
    }

    public TaskStatus status(String task) {
        return statuses.getOrDefault(task, TaskStatus.NOT_STARTED);
    }

    public SchedulerInput withSkipped(Map<String, String> more) {
        return new SchedulerInput(runName, statuses, more, specStatus, pipelineTimedOut, tasksTimedOut,
                finallyTimedOut, pipelineTimeout, tasksTimeout, guards);
    }

    public SchedulerInput withSpecStatus(RunSpecStatus status) {
        return new SchedulerInput(runName, statuses, skipped, status, pipelineTimedOut, tasksTimedOut,
                finallyTimedOut, pipelineTimeout, tasksTimeout, guards);
    }

    public SchedulerInput withTimeouts(boolean pipeline, boolean tasks, boolean finallyTasks) {
        return new SchedulerInput(runName, statuses, skipped, specStatus, pipeline, tasks, finallyTasks,
                pipelineTimeout, tasksTimeout, guards);
    }

    public SchedulerInput withGuards(Function<String, Guard> more) {
        return new SchedulerInput(runName, statuses, skipped, specStatus, pipelineTimedOut, tasksTimedOut,
                finallyTimedOut, pipelineTimeout, tasksTimeout, more);
    }
}
