package dev.windlass.pipelines.run;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Result;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.MapNode;
import dev.windlass.pipelines.dag.Dag;
import dev.windlass.pipelines.model.Pipeline;
import dev.windlass.pipelines.model.PipelineRef;
import dev.windlass.pipelines.model.PipelineRun;
import dev.windlass.pipelines.model.PipelineSpec;
import dev.windlass.pipelines.model.PipelineTask;
import dev.windlass.pipelines.model.TaskRun;
import dev.windlass.pipelines.model.TaskSpec;
import dev.windlass.pipelines.model.TektonCatalog;
import dev.windlass.pipelines.model.TektonReader;
import dev.windlass.pipelines.model.Timeouts;
import dev.windlass.pipelines.subst.PipelineContext;
import dev.windlass.pipelines.subst.PipelineSubstitution;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Turns a PipelineRun or TaskRun object into a {@link PreparedRun}: reads it, resolves its
 * {@code pipelineRef} and every {@code taskRef} from the catalog, applies the run's params and
 * context, and builds the graph. Every problem is an issue whose code is the Tekton reason the run
 * fails with ({@code CouldntGetPipeline}, {@code CouldntGetTask}, {@code PipelineInvalidGraph} ...).
 */
final class RunPreparation {

    static final String COULDNT_GET_PIPELINE = "CouldntGetPipeline";
    static final String COULDNT_GET_TASK = "CouldntGetTask";
    static final String INVALID_GRAPH = "PipelineInvalidGraph";
    static final String VALIDATION_FAILED = "PipelineValidationFailed";

    private final TektonCatalog catalog;
    private final RunTaskResolver tasks;

    RunPreparation(TektonCatalog catalog) {
        this.catalog = catalog;
        this.tasks = new RunTaskResolver(catalog);
    }

    /** The Tekton reason for the first error: its code when it is one of ours, else validation failed. */
    static String reason(List<Issue> errors, boolean taskRun) {
        for (Issue issue : errors) {
            if (List.of(COULDNT_GET_PIPELINE, COULDNT_GET_TASK, INVALID_GRAPH).contains(issue.code())) {
                return issue.code();
            }
        }
        return taskRun ? "TaskRunValidationFailed" : VALIDATION_FAILED;
    }

    Result<PreparedRun> prepare(KubeObject object) {
        if ("TaskRun".equals(object.kind())) {
            return taskRun(object);
        }
        if (!"PipelineRun".equals(object.kind())) {
            return Result.of(null, List.of(Issue.error(VALIDATION_FAILED, object.locate(FieldPath.of("kind")),
                    "kind " + object.kind() + " cannot be run; give a PipelineRun or a TaskRun")));
        }
        Result<PipelineRun> read = TektonReader.pipelineRun(object);
        if (read.hasErrors()) {
            return Result.of(null, read.issues());
        }
        return pipelineRun(read.value());
    }

    /** Where a run's pipeline spec comes from: the run itself or a Pipeline, and where in it. */
    private record Source(PipelineSpec spec, KubeObject owner, FieldPath at, String pipelineName) {
    }

    private Result<PreparedRun> pipelineRun(PipelineRun run) {
        KubeObject object = run.object();
        Result<Source> source = source(run);
        if (source.hasErrors()) {
            return Result.of(null, source.issues());
        }
        Source from = source.value();
        PipelineContext context = new PipelineContext(object.name(), object.namespace(), uid(object),
                from.pipelineName());
        Result<PipelineSpec> applied = substitute(run, from.spec(), context);
        List<Issue> issues = new ArrayList<>(applied.issues());
        if (applied.hasErrors()) {
            return Result.of(null, issues);
        }
        Result<Dag> dag = Dag.build(applied.value(), from.owner(), from.at());
        dag.errors().forEach(i -> issues.add(new Issue(i.severity(), INVALID_GRAPH, i.location(), i.message())));
        Map<String, TaskSpec> specs = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        resolveAll(applied.value().tasks(), from, "tasks", specs, names, issues);
        resolveAll(applied.value().finallyTasks(), from, "finally", specs, names, issues);
        PreparedRun prepared = new PreparedRun(object, false, applied.value(), dag.value(), specs, names,
                run.spec().workspaces(), run.spec().timeouts(), run.spec().status(), context);
        return Result.of(prepared, issues);
    }

    private Result<Source> source(PipelineRun run) {
        if (run.spec().pipelineSpec().isPresent()) {
            return Result.of(new Source(run.spec().pipelineSpec().get(), run.object(),
                    FieldPath.of("spec", "pipelineSpec"), ""));
        }
        Result<Pipeline> pipeline = pipeline(run);
        if (pipeline.hasErrors()) {
            return Result.of(null, pipeline.issues());
        }
        Pipeline p = pipeline.value();
        return Result.of(new Source(p.spec(), p.object(), FieldPath.of("spec"), p.name()), pipeline.issues());
    }

    /** The run's params and context, then {@code $(workspaces.w.bound)}. */
    private static Result<PipelineSpec> substitute(PipelineRun run, PipelineSpec spec, PipelineContext context) {
        Result<PipelineSpec> applied = PipelineSubstitution.applyParams(spec, run.spec().params(), context,
                run.object());
        if (applied.hasErrors()) {
            return applied;
        }
        Set<String> bound = new LinkedHashSet<>();
        run.spec().workspaces().forEach(w -> bound.add(w.name()));
        return PipelineSubstitution.applyWorkspaces(applied.value(), bound, run.object()).withIssues(applied.issues());
    }

    private void resolveAll(List<PipelineTask> list, Source from, String section, Map<String, TaskSpec> specs,
            Map<String, String> names, List<Issue> issues) {
        for (int i = 0; i < list.size(); i++) {
            tasks.resolve(list.get(i), from.owner(), from.at().key(section).index(i), true, specs, names, issues);
        }
    }

    private Result<Pipeline> pipeline(PipelineRun run) {
        KubeObject object = run.object();
        FieldPath at = FieldPath.of("spec", "pipelineRef");
        if (run.spec().pipelineRef().isEmpty()) {
            return Result.of(null, List.of(Issue.error(VALIDATION_FAILED, object.locate(FieldPath.of("spec")),
                    "the PipelineRun names no pipeline; give spec.pipelineRef or spec.pipelineSpec")));
        }
        PipelineRef ref = run.spec().pipelineRef().get();
        String name = ref.name();
        String namespace = object.namespace();
        if (ref.resolver().isPresent()) {
            if (!"cluster".equals(ref.resolver().get())) {
                return Result.of(null, List.of(Issue.error(COULDNT_GET_PIPELINE, object.locate(at.key("resolver")),
                        "pipelineRef uses the \"" + ref.resolver().get() + "\" resolver, which cannot be reached here; "
                                + "give the Pipeline among the files and refer to it by name or through the "
                                + "cluster resolver")));
            }
            name = RunTaskResolver.param(ref.params(), "name").orElse("");
            namespace = RunTaskResolver.param(ref.params(), "namespace").orElse(namespace);
        }
        Optional<Pipeline> found = catalog == null ? Optional.empty() : catalog.pipeline(namespace, name);
        if (found.isEmpty()) {
            return Result.of(null, List.of(Issue.error(COULDNT_GET_PIPELINE, object.locate(at),
                    "Pipeline \"" + name + "\" was not found; add the Pipeline to the files given, or fix the name")));
        }
        return Result.of(found.get());
    }

    private Result<PreparedRun> taskRun(KubeObject object) {
        Result<TaskRun> read = TektonReader.taskRun(object);
        if (read.hasErrors()) {
            return Result.of(null, read.issues());
        }
        TaskRun run = read.value();
        List<Issue> issues = new ArrayList<>(read.issues());
        Map<String, TaskSpec> specs = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        PipelineTask task = new PipelineTask(object.name(), "", run.spec().taskRef(), run.spec().taskSpec(),
                run.spec().params(), List.of(), List.of(), List.of(), run.spec().retries(),
                Optional.of(run.spec().timeout().orElse(PreparedRun.DEFAULT_TIMEOUT)), Optional.empty(),
                MapNode.empty());
        tasks.resolve(task, object, FieldPath.of("spec"), false, specs, names, issues);
        PipelineSpec spec = new PipelineSpec("", "", List.of(), List.of(), List.of(task), List.of(), List.of(),
                MapNode.empty());
        Result<Dag> dag = Dag.build(spec, object);
        PipelineContext context = new PipelineContext("", object.namespace(), "", "");
        return Result.of(new PreparedRun(object, true, spec, dag.value(), specs, names, run.spec().workspaces(),
                Timeouts.none(), run.spec().status(), context), issues);
    }

    static String uid(KubeObject object) {
        return object.metadata().getText("uid").orElseGet(() -> UUID.nameUUIDFromBytes(
                (object.kind() + "/" + object.namespace() + "/" + object.name()).getBytes(StandardCharsets.UTF_8))
                .toString());
    }
}
