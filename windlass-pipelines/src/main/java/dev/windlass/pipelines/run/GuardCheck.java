package dev.windlass.pipelines.run;

import dev.windlass.model.Issue;
import dev.windlass.model.Result;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.StringNode;
import dev.windlass.pipelines.dag.Guard;
import dev.windlass.pipelines.dag.MatrixExpansion;
import dev.windlass.pipelines.dag.TaskStatus;
import dev.windlass.pipelines.dag.WhenEvaluator;
import dev.windlass.pipelines.model.ParamValue;
import dev.windlass.pipelines.model.PipelineTask;
import dev.windlass.pipelines.subst.PipelineSubstitution;
import dev.windlass.pipelines.subst.ResultRef;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Evaluates one task's guards for the scheduler once its parents are done: result references
 * (missing from a skipped or failed task: skip; not produced by a task that succeeded: the run
 * fails), {@code $(tasks.*.status)} for finally tasks, {@code when}, and the matrix. Keeps the task
 * as substituted, for starting it, and the first failure, for failing the run.
 */
final class GuardCheck {

    private static final Pattern STATUS_REF = Pattern.compile("\\$\\(tasks\\.[A-Za-z0-9_-]+\\.status\\)|\\$\\(tasks\\.status\\)");

    private final PreparedRun run;
    private final Map<String, TaskStatus> statuses;
    private final Map<String, String> skipped;
    private final Map<String, Map<String, ParamValue>> results;
    private final Map<String, PipelineTask> resolved = new LinkedHashMap<>();
    private RunFailure failure;

    GuardCheck(PreparedRun run, Map<String, TaskStatus> statuses, Map<String, String> skipped,
            Map<String, Map<String, ParamValue>> results) {
        this.run = run;
        this.statuses = statuses;
        this.skipped = skipped;
        this.results = results;
    }

    /** A reason to fail the whole run, found while checking. */
    record RunFailure(String reason, String message) {
    }

    RunFailure failure() {
        return failure;
    }

    /** The task as substituted by its last successful check. */
    PipelineTask resolved(String name) {
        return resolved.get(name);
    }

    Guard check(String name) {
        PipelineTask task = run.dag().task(name).orElseThrow();
        if (failure != null) {
            return Guard.RUN;
        }
        Set<ResultRef> refs = ResultRef.in(task.raw());
        Guard missing = missingResults(task, refs);
        if (missing != Guard.RUN || failure != null) {
            return missing;
        }
        PipelineTask t = substitute(task, refs);
        if (t == null) {
            return Guard.RUN;
        }
        WhenEvaluator.Outcome when = WhenEvaluator.evaluate(t.when());
        if (when.isError()) {
            failure = new RunFailure("PipelineValidationFailed", "pipeline task \"" + name + "\": " + when.error());
            return Guard.RUN;
        }
        if (!when.holds()) {
            return Guard.WHEN_FALSE;
        }
        if (t.matrix().isPresent() && MatrixExpansion.hasEmptyArray(t.matrix().get())) {
            return Guard.EMPTY_MATRIX;
        }
        resolved.put(name, t);
        return Guard.RUN;
    }

    private Guard missingResults(PipelineTask task, Set<ResultRef> refs) {
        Set<ResultRef> whenRefs = task.raw().get("when").map(ResultRef::in).orElse(Set.of());
        boolean isFinally = run.dag().isFinally(task.name());
        for (ResultRef ref : refs) {
            Map<String, ParamValue> produced = results.get(ref.pipelineTask());
            if (produced != null && produced.containsKey(ref.result())) {
                continue;
            }
            boolean producerSucceeded = statuses.get(ref.pipelineTask()) == TaskStatus.SUCCEEDED;
            if (!producerSucceeded || isFinally || whenRefs.contains(ref)) {
                return Guard.MISSING_RESULTS;
            }
            failure = new RunFailure("InvalidTaskResultReference", "pipeline task \"" + task.name()
                    + "\" uses $(tasks." + ref.pipelineTask() + ".results." + ref.result() + "), but task \""
                    + ref.pipelineTask() + "\" did not write that result; make the task write it or remove the reference");
        }
        return Guard.RUN;
    }

    private PipelineTask substitute(PipelineTask task, Set<ResultRef> refs) {
        PipelineTask t = task;
        if (!refs.isEmpty()) {
            Result<PipelineTask> applied = PipelineSubstitution.applyResults(t, results, run.object());
            if (applied.hasErrors()) {
                failure = new RunFailure("InvalidTaskResultReference", applied.errors().stream()
                        .map(Issue::format).reduce((a, b) -> a + "; " + b).orElse(""));
                return null;
            }
            t = applied.value();
        }
        if (run.dag().isFinally(task.name()) && mentions(t.raw(), STATUS_REF)) {
            t = PipelineSubstitution.applyStatuses(t, taskStatuses(), aggregateStatus());
        }
        return t;
    }

    private static boolean mentions(Node node, Pattern pattern) {
        if (node instanceof StringNode text) {
            return pattern.matcher(text.value()).find();
        }
        if (node instanceof MapNode map) {
            return map.asJavaMap().values().stream().anyMatch(v -> mentions(v, pattern));
        }
        return node instanceof ListNode list && list.items().stream().anyMatch(v -> mentions(v, pattern));
    }

    /** {@code $(tasks.t.status)}: Succeeded, Failed, or None for a task that did not run to an end. */
    Map<String, String> taskStatuses() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : run.dag().order()) {
            TaskStatus s = statuses.getOrDefault(name, TaskStatus.NOT_STARTED);
            out.put(name, s == TaskStatus.SUCCEEDED ? "Succeeded" : s.isFailure() ? "Failed" : "None");
        }
        return out;
    }

    /** {@code $(tasks.status)}: Failed if a task failed, Completed if one was skipped, else Succeeded. */
    String aggregateStatus() {
        boolean failed = run.dag().order().stream()
                .anyMatch(n -> statuses.getOrDefault(n, TaskStatus.NOT_STARTED).isFailure());
        if (failed) {
            return "Failed";
        }
        return run.dag().order().stream().anyMatch(skipped::containsKey) ? "Completed" : "Succeeded";
    }
}
