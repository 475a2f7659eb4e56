package dev.windlass.pipelines.dag;

import dev.windlass.pipelines.model.PipelineTask;
import dev.windlass.pipelines.model.RunSpecStatus;
import dev.windlass.pipelines.run.Condition;
import java.util.ArrayList;
import java.util.List;

/** A PipelineRun's {@code Succeeded} condition from its tasks' counts, with Tekton's reasons and messages. */
final class RunConditions {

    private RunConditions() {
    }

    /** Counts over every pipeline task, graph and {@code finally}. */
    record Counts(int succeeded, int failed, int cancelled, int skipped, int skippedByTimeout, int incomplete) {

        int completed() {
            return succeeded + failed + cancelled;
        }
    }

    static Counts count(Dag dag, SchedulerInput input) {
        int succeeded = 0;
        int failed = 0;
        int cancelled = 0;
        int skipped = 0;
        int byTimeout = 0;
        int incomplete = 0;
        for (String name : names(dag)) {
            TaskStatus status = input.status(name);
            String reason = input.skipped().get(name);
            if (status == TaskStatus.SUCCEEDED) {
                succeeded++;
            } else if (status == TaskStatus.FAILED) {
                failed++;
            } else if (status == TaskStatus.CANCELLED) {
                cancelled++;
            } else if (reason != null && status == TaskStatus.NOT_STARTED) {
                skipped++;
                byTimeout += SkipReasons.isTimeout(reason) ? 1 : 0;
            } else {
                incomplete++;
            }
        }
        return new Counts(succeeded, failed, cancelled, skipped, byTimeout, incomplete);
    }

    static Condition of(Dag dag, SchedulerInput input) {
        Counts c = count(dag, input);
        boolean running = input.statuses().values().stream().anyMatch(s -> s == TaskStatus.RUNNING);
        if (input.tasksTimedOut() && finallyDone(dag, input) && !running) {
            return new Condition("False", "PipelineRunTimeout", "PipelineRun \"" + input.runName()
                    + "\" failed due to tasks failed to finish within \""
                    + input.tasksTimeout().map(GoDuration::format).orElse("0s") + "\"");
        }
        if (c.incomplete() > 0) {
            return running(dag, input);
        }
        String message = String.format("Tasks Completed: %d (Failed: %d, Cancelled %d), Skipped: %d",
                c.completed(), c.failed(), c.cancelled(), c.skipped());
        if (c.failed() > 0 || c.skippedByTimeout() > 0) {
            return new Condition("False", "Failed", message);
        }
        if (graceful(input.specStatus())) {
            return new Condition("False", "Cancelled", "PipelineRun \"" + input.runName() + "\" was cancelled");
        }
        if (c.cancelled() > 0) {
            return new Condition("False", "Cancelled", message);
        }
        return new Condition("True", c.skipped() > 0 ? "Completed" : "Succeeded", message);
    }

    static Condition running(Dag dag, SchedulerInput input) {
        Counts c = count(dag, input);
        String reason = "Running";
        if (input.tasksTimedOut() && !dag.finallyTasks().isEmpty() && !finallyDone(dag, input)) {
            reason = "PipelineRunTimeoutRunningFinally";
        } else if (input.specStatus() == RunSpecStatus.CANCELLED_RUN_FINALLY) {
            reason = "CancelledRunningFinally";
        } else if (input.specStatus() == RunSpecStatus.STOPPED_RUN_FINALLY) {
            reason = "StoppedRunningFinally";
        } else if (c.cancelled() > 0 || (c.failed() > 0 && finallyDone(dag, input))) {
            reason = "PipelineRunStopping";
        }
        return new Condition("Unknown", reason, String.format(
                "Tasks Completed: %d (Failed: %d, Cancelled %d), Incomplete: %d, Skipped: %d",
                c.completed(), c.failed(), c.cancelled(), c.incomplete(), c.skipped()));
    }

    /** Every finally task finished or was skipped (true when there are none). */
    static boolean finallyDone(Dag dag, SchedulerInput input) {
        return dag.finallyTasks().stream().map(PipelineTask::name)
                .allMatch(n -> input.status(n).isDone() || input.skipped().containsKey(n));
    }

    private static boolean graceful(RunSpecStatus status) {
        return status == RunSpecStatus.CANCELLED_RUN_FINALLY || status == RunSpecStatus.STOPPED_RUN_FINALLY;
    }

    private static List<String> names(Dag dag) {
        List<String> all = new ArrayList<>(dag.order());
        for (PipelineTask task : dag.tasks()) {
            if (!all.contains(task.name())) {
                all.add(task.name());
            }
        }
        dag.finallyTasks().forEach(t -> all.add(t.name()));
        return all;
    }
}
