package dev.windlass.pipelines.subst;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Result;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.pipelines.model.Param;
import dev.windlass.pipelines.model.ParamValue;
import dev.windlass.pipelines.model.PipelineSpec;
import dev.windlass.pipelines.model.PipelineTask;
import dev.windlass.pipelines.model.ResultSpec;
import dev.windlass.pipelines.model.TektonReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies a PipelineRun's inputs to a pipeline as Tekton does: params (with defaults, types and
 * enums checked, propagated into embedded task specs), {@code $(context.pipelineRun.*)}, then, as
 * tasks finish, {@code $(tasks.t.results.r)} and, for finally tasks, {@code $(tasks.t.status)} and
 * {@code $(tasks.status)}.
 */
public final class PipelineSubstitution {

    private PipelineSubstitution() {
    }

    /** The pipeline with run params and context applied; errors name {@code owner} and the field. */
    public static Result<PipelineSpec> applyParams(PipelineSpec spec, List<Param> params, PipelineContext context,
            KubeObject owner) {
        FieldPath at = PipelinePaths.specAt(owner);
        Result<MapNode> tree = applyParamsToTree(spec, params, context, owner);
        if (tree.hasErrors()) {
            return Result.of(spec, tree.issues());
        }
        return TektonReader.pipelineSpec(tree.value(), owner, at).withIssues(tree.issues());
    }

    /** {@link #applyParams} without reading the tree again. */
    public static Result<MapNode> applyParamsToTree(PipelineSpec spec, List<Param> given, PipelineContext context,
            KubeObject owner) {
        FieldPath paramsAt = FieldPath.of("spec", "params");
        List<Issue> issues = new ArrayList<>(ParamChecks.check("pipeline", spec.params(), given, owner, paramsAt));
        if (issues.stream().anyMatch(Issue::isError)) {
            return Result.of(spec.raw(), issues);
        }
        Result<Replacements> params = paramReplacements(spec, given, owner);
        if (params.hasErrors()) {
            issues.addAll(params.issues());
            return Result.of(spec.raw(), issues);
        }
        Replacements table = params.value();
        PipelineTree tree = new PipelineTree(owner);
        MapNode raw = eachTask(spec.raw(), owner, (task, at) -> tree.rewrite(task, table, PipelineTree.Stage.PARAMS, at));
        Replacements names = context(context);
        raw = eachTask(raw, owner, (task, at) -> tree.rewrite(task, names, PipelineTree.Stage.CONTEXT, at));
        raw = eachTask(raw, owner, (task, at) -> tree.rewrite(task, retries(task), PipelineTree.Stage.TASK_CONTEXT, at));
        issues.addAll(tree.issues());
        return Result.of(raw, issues);
    }

    /**
     * The {@code $(params.*)} table of a PipelineRun of this spec, for substituting elsewhere as
     * Tekton does (the run's workspace bindings); a default that cannot be resolved is an error.
     */
    public static Result<Replacements> paramReplacements(PipelineSpec spec, List<Param> params, KubeObject owner) {
        try {
            return Result.of(PipelineParams.replacements(spec.params(), params));
        } catch (SubstitutionException wrong) {
            return Result.of(Replacements.empty(), List.of(Issue.error(SubstCodes.PARAM_DEFAULT,
                    owner.locate(PipelinePaths.specAt(owner).key("params")), wrong.getMessage())));
        }
    }

    /**
     * The pipeline with {@code $(workspaces.w.bound)} applied: "true" for each workspace the run
     * binds ({@code boundNames}), "false" for a declared one it does not.
     */
    public static Result<PipelineSpec> applyWorkspaces(PipelineSpec spec, Set<String> boundNames, KubeObject owner) {
        Result<MapNode> tree = applyWorkspacesToTree(spec, boundNames, owner);
        if (tree.hasErrors()) {
            return Result.of(spec, tree.issues());
        }
        return TektonReader.pipelineSpec(tree.value(), owner, PipelinePaths.specAt(owner)).withIssues(tree.issues());
    }

    /** {@link #applyWorkspaces} without reading the tree again. */
    public static Result<MapNode> applyWorkspacesToTree(PipelineSpec spec, Set<String> boundNames, KubeObject owner) {
        Replacements.Builder table = Replacements.builder();
        spec.workspaces().forEach(declared -> table.string("workspaces." + declared.name() + ".bound", "false"));
        boundNames.forEach(name -> table.string("workspaces." + name + ".bound", "true"));
        Replacements bound = table.build();
        PipelineTree tree = new PipelineTree(owner);
        MapNode raw = eachTask(spec.raw(), owner, (task, at) -> tree.rewrite(task, bound, PipelineTree.Stage.CONTEXT, at));
        return Result.of(raw, tree.issues());
    }

    /**
     * The task with the results of finished tasks applied ({@code results}: pipeline task name →
     * result name → value). A reference to a result that was not produced is an error.
     */
    public static Result<PipelineTask> applyResults(PipelineTask task, Map<String, Map<String, ParamValue>> results,
            KubeObject owner) {
        FieldPath at = PipelinePaths.taskAt(owner, task.name());
        Result<MapNode> tree = applyResultsToTree(task.raw(), results, owner, at);
        if (tree.hasErrors()) {
            return Result.of(task, tree.issues());
        }
        return TektonReader.pipelineTask(tree.value(), owner, at).withIssues(tree.issues());
    }

    /** {@link #applyResults} on a pipeline task's tree located at {@code at}, not read again. */
    public static Result<MapNode> applyResultsToTree(MapNode task, Map<String, Map<String, ParamValue>> results,
            KubeObject owner, FieldPath at) {
        List<Issue> issues = new ArrayList<>(TaskResults.missing(task, results, owner, at));
        if (!issues.isEmpty()) {
            return Result.of(task, issues);
        }
        PipelineTree tree = new PipelineTree(owner);
        MapNode out = tree.rewrite(task, TaskResults.table(results), PipelineTree.Stage.RESULTS, at);
        issues.addAll(tree.issues());
        return Result.of(out, issues);
    }

    /**
     * The task with Tekton's matrix context applied, as when its TaskRuns are made:
     * {@code $(tasks.t.matrix.length)} (how many combinations t's matrix has) and
     * {@code $(tasks.t.matrix.r.length)} (how many values t's matrixed runs gave for result r), in
     * its params, matrix and displayName.
     */
    public static Result<PipelineTask> applyMatrixContext(PipelineTask task, Map<String, Integer> combinations,
            Map<String, Map<String, Integer>> resultLengths, KubeObject owner) {
        Replacements.Builder table = Replacements.builder();
        combinations.forEach((name, count) -> table.string("tasks." + name + ".matrix.length", count.toString()));
        resultLengths.forEach((name, lengths) -> lengths.forEach((result, length) ->
                table.string("tasks." + name + ".matrix." + result + ".length", length.toString())));
        FieldPath at = PipelinePaths.taskAt(owner, task.name());
        PipelineTree tree = new PipelineTree(owner);
        MapNode raw = tree.rewrite(task.raw(), table.build(), PipelineTree.Stage.TASK_CONTEXT, at);
        if (!tree.issues().isEmpty()) {
            return Result.of(task, tree.issues());
        }
        return TektonReader.pipelineTask(raw, owner, at);
    }

    /**
     * A finally task with {@code $(tasks.t.status)} (Succeeded, Failed or None per task) and
     * {@code $(tasks.status)} (Succeeded, Failed or Completed) applied.
     */
    public static PipelineTask applyStatuses(PipelineTask task, Map<String, String> taskStatuses,
            String aggregateStatus) {
        return applyStatuses(task, taskStatuses, Map.of(), aggregateStatus);
    }

    /**
     * {@link #applyStatuses(PipelineTask, Map, String)} with {@code $(tasks.t.reason)} too: the
     * reason of t's (first failed, else first) TaskRun's Succeeded condition, "" when it had none.
     */
    public static PipelineTask applyStatuses(PipelineTask task, Map<String, String> taskStatuses,
            Map<String, String> taskReasons, String aggregateStatus) {
        MapNode raw = applyStatusesToTree(task.raw(), taskStatuses, taskReasons, aggregateStatus);
        KubeObject holder = KubeObject.of(MapNode.of("apiVersion", "tekton.dev/v1", "kind", "Pipeline",
                "metadata", MapNode.of("name", "finally"), "spec", MapNode.of("finally", ListNode.of(raw))));
        return TektonReader.pipelineTask(raw, holder, FieldPath.of("spec", "finally").index(0)).value();
    }

    /** {@link #applyStatuses} on a pipeline task's tree. */
    public static MapNode applyStatusesToTree(MapNode task, Map<String, String> taskStatuses,
            Map<String, String> taskReasons, String aggregateStatus) {
        Replacements.Builder table = Replacements.builder().string("tasks.status", aggregateStatus);
        taskStatuses.forEach((name, status) -> table.string("tasks." + name + ".status", status));
        taskReasons.forEach((name, reason) -> table.string("tasks." + name + ".reason", reason));
        PipelineTree tree = new PipelineTree(KubeObject.of(MapNode.empty()));
        return tree.rewrite(task, table.build(), PipelineTree.Stage.STATUSES, FieldPath.root());
    }

    /**
     * The pipeline's results from its tasks' results; a result whose references were not all
     * produced is left out, as Tekton does, and reported as a warning.
     */
    public static Result<Map<String, ParamValue>> pipelineResults(List<ResultSpec> specs,
            Map<String, Map<String, ParamValue>> results, KubeObject owner) {
        return TaskResults.pipelineResults(specs, results, owner);
    }

    static Replacements context(PipelineContext context) {
        return Replacements.builder()
                .string("context.pipelineRun.name", orEmpty(context.pipelineRunName()))
                .string("context.pipelineRun.namespace", orEmpty(context.pipelineRunNamespace()))
                .string("context.pipelineRun.uid", orEmpty(context.pipelineRunUid()))
                .string("context.pipeline.name", orEmpty(context.pipelineName()))
                .build();
    }

    private static Replacements retries(MapNode task) {
        String retries = task.get("retries").map(PipelineTree::value).flatMap(v -> v)
                .map(value -> value instanceof ParamValue.Str text ? text.value() : "0").orElse("0");
        return Replacements.builder().string("context.pipelineTask.retries", retries).build();
    }

    private static MapNode eachTask(MapNode spec, KubeObject owner, java.util.function.BiFunction<MapNode, FieldPath, MapNode> change) {
        FieldPath specAt = PipelinePaths.specAt(owner);
        MapNode out = spec;
        for (String list : List.of("tasks", "finally")) {
            if (out.get(list).orElse(null) instanceof ListNode tasks) {
                List<Node> items = new ArrayList<>();
                for (int i = 0; i < tasks.size(); i++) {
                    Node item = tasks.items().get(i);
                    items.add(item instanceof MapNode task ? change.apply(task, specAt.key(list).index(i)) : item);
                }
                out = out.with(list, new ListNode(items));
            }
        }
        return out;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
