package dev.windlass.pipelines.subst;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Result;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.MapNode;
import dev.windlass.pipelines.model.Param;
import dev.windlass.pipelines.model.ParamValue;
import dev.windlass.pipelines.model.TaskSpec;
import dev.windlass.pipelines.model.TektonReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Applies a TaskRun's inputs to a task spec as Tekton does before it makes the Pod: params
 * (given, else defaults; types and enums checked), {@code $(context.*)},
 * {@code $(workspaces.w.path|bound|claim|volume)}, {@code $(results.r.path)},
 * {@code $(step.results.r.path)}, {@code $(steps.step-s.exitCode.path)} and
 * {@code $(credentials.path)}, each as a pass of its own in Tekton's order. Values of
 * {@code $(steps.s.results.r)} exist only once step s has run: the executor applies
 * {@link #stepResults} to a later step just before it runs it, as Tekton's entrypoint does.
 */
public final class TaskSubstitution {

    private TaskSubstitution() {
    }

    /**
     * The spec with everything substituted. Errors (a missing param without default, a wrong type,
     * a value outside the enum) name {@code owner} and the field at {@code paramsAt}. The spec is
     * located (and read again) at the {@code taskSpec} beside {@code paramsAt} when the owner embeds
     * one there, else at the parent of {@code paramsAt}.
     */
    public static Result<TaskSpec> apply(TaskSpec spec, List<Param> params, TaskContext context,
            KubeObject owner, FieldPath paramsAt) {
        FieldPath at = specAt(owner, paramsAt);
        Result<MapNode> tree = applyToTree(spec, params, context, owner, paramsAt, at);
        if (tree.hasErrors()) {
            return Result.of(spec, tree.issues());
        }
        return TektonReader.taskSpec(tree.value(), owner, at).withIssues(tree.issues());
    }

    static FieldPath specAt(KubeObject owner, FieldPath paramsAt) {
        FieldPath parent = paramsAt.isRoot() ? paramsAt : paramsAt.parent();
        return owner.field(parent.key("taskSpec")).isPresent() ? parent.key("taskSpec") : parent;
    }

    /**
     * The spec's tree with everything substituted, not read again; issues about the spec's
     * fields are located under {@code specAt}.
     */
    public static Result<MapNode> applyToTree(TaskSpec spec, List<Param> params, TaskContext context,
            KubeObject owner, FieldPath paramsAt, FieldPath specAt) {
        List<Issue> issues = new ArrayList<>(ParamChecks.check("task", spec.params(), params, owner, paramsAt));
        issues.addAll(TaskVariables.unboundWorkspaces(spec, context, owner, specAt));
        if (issues.stream().anyMatch(Issue::isError)) {
            return Result.of(spec.raw(), issues);
        }
        TaskTree tree = new TaskTree(owner, specAt);
        MapNode raw = tree.apply(spec.raw(), TaskParams.replacements(spec.params(), params));
        raw = tree.apply(raw, TaskVariables.context(context.names(), context.retryCount()));
        raw = tree.perStep(raw, "steps", (index, step) -> TaskVariables.stepResultPaths(step, index, context));
        raw = tree.apply(raw, TaskVariables.resultPaths(spec, context.resultsDir()));
        raw = tree.apply(raw, TaskVariables.exitCodePaths(raw, context.stepsDir()));
        raw = tree.apply(raw, TaskVariables.workspaces(spec, context));
        raw = tree.apply(raw, TaskVariables.credentials(context.credentialsPath()));
        issues.addAll(tree.issues());
        return Result.of(raw, issues);
    }

    /**
     * The {@code $(params.*)} table of a TaskRun of this spec (given params, else defaults), for
     * substituting elsewhere as Tekton does (a TaskRun's workspace bindings and pod template).
     */
    public static Replacements paramReplacements(TaskSpec spec, List<Param> params) {
        return TaskParams.replacements(spec.params(), params);
    }

    /**
     * {@code $(steps.s.results.r)} (also {@code [*]}, {@code [i]} and {@code .key}) for the steps
     * that have run: step name → result name → value. Apply it with {@link Substitution#apply} to
     * a later step's container before running it.
     */
    public static Replacements stepResults(Map<String, Map<String, ParamValue>> byStep) {
        Replacements.Builder table = Replacements.builder();
        byStep.forEach((step, results) -> results.forEach(
                (name, value) -> table.param("steps." + step + ".results", name, value)));
        return table.build();
    }
}
