package dev.windlass.pipelines.run;

import dev.windlass.pipelines.model.ParamValue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns what an executor returned, and why the runner may have stopped it, into the child's record. */
final class ChildOutcomes {

    private ChildOutcomes() {
    }

    /** Why the runner asked a running TaskRun to stop. */
    enum Stop {
        TASK_TIMEOUT,
        CANCEL,
        PIPELINE_TIMEOUT,
        TASKS_TIMEOUT,
        FINALLY_TIMEOUT,
        RUN_FAILED
    }

    /** The condition to record: the executor's, unless the runner stopped a TaskRun that had not succeeded. */
    static Condition condition(String taskRunName, Condition reported, Stop stop, Optional<Duration> timeout) {
        if (stop == null || reported.isSucceeded()) {
            return reported;
        }
        switch (stop) {
            case TASK_TIMEOUT:
                return new Condition("False", ChildStatuses.TIMEOUT, "TaskRun \"" + taskRunName
                        + "\" failed to finish within \"" + timeout.map(ChildOutcomes::go).orElse("") + "\"");
            case TASKS_TIMEOUT:
            case FINALLY_TIMEOUT:
                return new Condition("False", ChildStatuses.TIMEOUT, "TaskRun \"" + taskRunName
                        + "\" was cancelled as the PipelineRun's " + (stop == Stop.TASKS_TIMEOUT ? "tasks" : "finally")
                        + " timeout was reached");
            case PIPELINE_TIMEOUT:
                return new Condition("False", ChildStatuses.CANCELLED,
                        "TaskRun cancelled as the PipelineRun it belongs to has timed out.");
            default:
                return new Condition("False", ChildStatuses.CANCELLED, "TaskRun \"" + taskRunName + "\" was cancelled");
        }
    }

    /** Whether a failure may be retried: not when the run or the user stopped it. */
    static boolean retriable(Stop stop) {
        return stop == null || stop == Stop.TASK_TIMEOUT;
    }

    static ChildRun finished(ChildRun child, Condition condition, TaskRunOutcome outcome, Instant now) {
        return new ChildRun(child.taskRunName(), child.pipelineTask(), child.isFinally(), child.matrixIndex(),
                condition, Optional.ofNullable(outcome.started()).or(child::started),
                Optional.of(outcome.finished() != null ? outcome.finished() : now), outcome.results(), outcome.steps(),
                child.attempts());
    }

    /** The child queued again for another attempt, the failed one recorded in {@code attempts}. */
    static ChildRun retried(ChildRun child, Condition failed) {
        List<Condition> attempts = new ArrayList<>(child.attempts());
        attempts.add(failed);
        return new ChildRun(child.taskRunName(), child.pipelineTask(), child.isFinally(), child.matrixIndex(),
                Condition.running(), Optional.empty(), Optional.empty(), Map.<String, ParamValue>of(), List.of(),
                attempts);
    }

    static ChildRun started(ChildRun child, Instant now) {
        return new ChildRun(child.taskRunName(), child.pipelineTask(), child.isFinally(), child.matrixIndex(),
                Condition.running(), Optional.of(now), Optional.empty(), Map.of(), List.of(), child.attempts());
    }

    static ChildRun cancelledBeforeStart(ChildRun child, Instant now) {
        return new ChildRun(child.taskRunName(), child.pipelineTask(), child.isFinally(), child.matrixIndex(),
                new Condition("False", ChildStatuses.CANCELLED, "TaskRun \"" + child.taskRunName() + "\" was cancelled"),
                child.started(), Optional.of(now), Map.of(), List.of(), child.attempts());
    }

    static TaskRunOutcome crashed(RuntimeException e, Instant now) {
        return new TaskRunOutcome(new Condition("False", "Failed", "the executor failed: " + e), Map.of(), List.of(),
                now, now);
    }

    private static String go(Duration d) {
        long s = d.getSeconds();
        long h = s / 3600;
        long m = (s % 3600) / 60;
        long sec = s % 60;
        if (h > 0) {
            return h + "h" + m + "m" + sec + "s";
        }
        return m > 0 ? m + "m" + sec + "s" : sec + "s";
    }
}
