package dev.windlass.pipelines.dag;

import dev.windlass.pipelines.model.PipelineTask;
import dev.windlass.pipelines.model.RunSpecStatus;
import dev.windlass.pipelines.run.Condition;
import dev.windlass.pipelines.run.SkippedTask;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides, from a run's graph and state alone, what happens next, as Tekton's PipelineRun
 * reconciler does: which tasks start, which are skipped and why, when {@code finally} tasks start
 * (once every graph task is done or skipped), when running TaskRuns are cancelled, and the run's
 * condition. Pure: the same input gives the same decision, so a resumed run picks up where it was.
 */
public final class Scheduler {

    private Scheduler() {
    }

    /** The next step of the run described by {@code input}. */
    public static Decision next(Dag dag, SchedulerInput input) {
        if (input.specStatus() == RunSpecStatus.CANCELLED) {
            return cancelled(dag, input);
        }
        if (input.pipelineTimedOut()) {
            return timedOut(dag, input);
        }
        Map<String, String> skipped = new LinkedHashMap<>(input.skipped());
        List<SkippedTask> newSkips = new ArrayList<>();
        List<String> start = new ArrayList<>();
        for (String name : dag.order()) {
            planGraphTask(dag, input, name, skipped, newSkips, start);
        }
        if (graphDone(dag, input, skipped)) {
            for (PipelineTask task : dag.finallyTasks()) {
                planFinallyTask(input, task.name(), skipped, newSkips, start);
            }
        }
        Decision.Cancel cancel = input.tasksTimedOut() || input.specStatus() == RunSpecStatus.CANCELLED_RUN_FINALLY
                ? Decision.Cancel.GRAPH_TASKS : Decision.Cancel.NONE;
        if (input.finallyTimedOut()) {
            cancel = Decision.Cancel.ALL;
        }
        SchedulerInput after = input.withSkipped(skipped);
        Condition condition = RunConditions.of(dag, after);
        return new Decision(start, newSkips, cancel, condition);
    }

    private static void planGraphTask(Dag dag, SchedulerInput input, String name, Map<String, String> skipped,
            List<SkippedTask> newSkips, List<String> start) {
        if (input.status(name) != TaskStatus.NOT_STARTED || skipped.containsKey(name)) {
            return;
        }
        String reason = graphSkipReason(dag, input, name, skipped);
        if (reason != null) {
            skipped.put(name, reason);
            newSkips.add(new SkippedTask(name, reason));
        } else if (parentsDone(dag, input, name, skipped)) {
            start.add(name);
        }
    }

    private static String graphSkipReason(Dag dag, SchedulerInput input, String name, Map<String, String> skipped) {
        if (stopping(dag, input)) {
            return SkipReasons.STOPPING;
        }
        if (input.specStatus() == RunSpecStatus.CANCELLED_RUN_FINALLY) {
            return SkipReasons.GRACEFULLY_CANCELLED;
        }
        if (input.specStatus() == RunSpecStatus.STOPPED_RUN_FINALLY) {
            return SkipReasons.GRACEFULLY_STOPPED;
        }
        boolean parentsDone = parentsDone(dag, input, name, skipped);
        Guard guard = parentsDone ? input.guards().apply(name) : Guard.RUN;
        if (guard == Guard.WHEN_FALSE) {
            return SkipReasons.WHEN_FALSE;
        }
        for (String parent : dag.parents(name)) {
            String reason = skipped.get(parent);
            if (reason != null && !SkipReasons.WHEN_FALSE.equals(reason)) {
                return SkipReasons.PARENT_SKIPPED;
            }
        }
        if (guard == Guard.MISSING_RESULTS) {
            return SkipReasons.MISSING_RESULTS;
        }
        if (parentsDone && input.tasksTimedOut()) {
            return SkipReasons.TASKS_TIMEOUT;
        }
        return guard == Guard.EMPTY_MATRIX ? SkipReasons.EMPTY_MATRIX : null;
    }

    private static void planFinallyTask(SchedulerInput input, String name, Map<String, String> skipped,
            List<SkippedTask> newSkips, List<String> start) {
        if (input.status(name) != TaskStatus.NOT_STARTED || skipped.containsKey(name)) {
            return;
        }
        Guard guard = input.guards().apply(name);
        String reason = guardReason(guard);
        if ((guard == Guard.RUN || guard == Guard.EMPTY_MATRIX) && input.finallyTimedOut()) {
            reason = SkipReasons.FINALLY_TIMEOUT;
        }
        if (reason != null) {
            skipped.put(name, reason);
            newSkips.add(new SkippedTask(name, reason));
        } else {
            start.add(name);
        }
    }

    private static String guardReason(Guard guard) {
        if (guard == Guard.MISSING_RESULTS) {
            return SkipReasons.MISSING_RESULTS;
        }
        if (guard == Guard.WHEN_FALSE) {
            return SkipReasons.WHEN_FALSE;
        }
        if (guard == Guard.EMPTY_MATRIX) {
            return SkipReasons.EMPTY_MATRIX;
        }
        return null;
    }

    /** A graph task failed or was cancelled: nothing new starts in the graph. */
    static boolean stopping(Dag dag, SchedulerInput input) {
        return dag.order().stream().anyMatch(name -> input.status(name).isFailure());
    }

    private static boolean parentsDone(Dag dag, SchedulerInput input, String name, Map<String, String> skipped) {
        return dag.parents(name).stream()
                .allMatch(p -> input.status(p) == TaskStatus.SUCCEEDED || skipped.containsKey(p));
    }

    static boolean graphDone(Dag dag, SchedulerInput input, Map<String, String> skipped) {
        return dag.order().stream().allMatch(name -> input.status(name).isDone() || skipped.containsKey(name));
    }

    private static Decision cancelled(Dag dag, SchedulerInput input) {
        boolean running = input.statuses().values().stream().anyMatch(s -> s == TaskStatus.RUNNING);
        Condition condition = running ? RunConditions.running(dag, input)
                : new Condition("False", "Cancelled", "PipelineRun \"" + input.runName() + "\" was cancelled");
        return new Decision(List.of(), List.of(), Decision.Cancel.ALL, condition);
    }

    private static Decision timedOut(Dag dag, SchedulerInput input) {
        boolean running = input.statuses().values().stream().anyMatch(s -> s == TaskStatus.RUNNING);
        if (running) {
            return new Decision(List.of(), List.of(), Decision.Cancel.ALL, RunConditions.running(dag, input));
        }
        List<SkippedTask> skips = new ArrayList<>();
        List<String> all = new ArrayList<>(dag.order());
        dag.finallyTasks().forEach(t -> all.add(t.name()));
        for (String name : all) {
            if (input.status(name) == TaskStatus.NOT_STARTED && !input.skipped().containsKey(name)) {
                skips.add(new SkippedTask(name, SkipReasons.PIPELINE_TIMEOUT));
            }
        }
        String limit = input.pipelineTimeout().map(GoDuration::format).orElse("0s");
        return new Decision(List.of(), skips, Decision.Cancel.ALL, new Condition("False", "PipelineRunTimeout",
                "PipelineRun \"" + input.runName() + "\" failed to finish within \"" + limit + "\""));
    }
}
