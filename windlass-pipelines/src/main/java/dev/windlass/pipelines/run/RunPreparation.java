package dev.windlass.pipelines.run;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Result;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.MapNode;
import dev.windlass.pipelines.dag.Dag;
import dev.windlass.pipelines.model.Pipeline;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    private Result<PreparedRun> pipelineRun(PipelineRun run) {
        KubeObject object = run.object();
        List<Issue> issues = new ArrayList<>();
        String pipelineName = "";
        PipelineSpec spec;
        FieldPath at;
        if (run.spec().pipelineSpec().isPresent()) {
            spec = run.spec().pipelineSpec().get();
            at = FieldPath.of("spec", "pipelineSpec");
        } else {
            Result<Pipeline> pipeline = pipeline(run);
            if (pipeline.hasErrors()) {
                return Result.of(null, pipeline.issues());
            }
            spec = pipeline.value().spec();
            pipelineName = pipeline.value().name();
            at = FieldPath.of("spec");
        }
        PipelineContext context = new PipelineContext(object.name(), object.namespace(), uid(object), pipelineName);
        Result<PipelineSpec> applied = PipelineSubstitution.applyParams(spec, run.spec().params(), context, object);
        issues.addAll(applied.issues());
        if (applied.hasErrors()) {
            return Result.of(null, issues);
        }
        Result<Dag> dag = Dag.build(applied.value(), object, at);
        dag.errors().forEach(i -> issues.add(new Issue(i.severity(), INVALID_GRAPH, i.location(), i.message())));
        Map<String, TaskSpec> specs = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        List<PipelineTask> all = new ArrayList<>(applied.value().tasks());
        all.addAll(applied.value().finallyTasks());
        for (PipelineTask task : all) {
            tasks.resolve(task, object, specs, names, issues);
        }
        PreparedRun prepared = new PreparedRun(object, false, applied.value(), dag.value(), specs, names,
                run.spec().workspaces(), run.spec().timeouts(), run.spec().status(), context);
        return Result.of(prepared, issues);
    }

    private Result<Pipeline> pipeline(PipelineRun run) {
        KubeObject object = run.object();
        FieldPath at = FieldPath.of("spec", "pipelineRef");
        if (run.spec().pipelineRef().isEmpty()) {
            return Result.of(null, List.of(Issue.error(VALIDATION_FAILED, object.locate(FieldPath.of("spec")),
                    "the PipelineRun names no pipeline; give spec.pipelineRef or spec.pipelineSpec")));
        }
        String name = run.spec().pipelineRef().get().name();
        Optional<String> resolver = run.spec().pipelineRef().get().resolver();
        if (resolver.isPresent()) {
            return Result.of(null, List.of(Issue.error(COULDNT_GET_PIPELINE, object.locate(at.key("resolver")),
                    "pipelineRef uses the \"" + resolver.get() + "\" resolver, which cannot be reached here; "
                            + "give the Pipeline among the files and refer to it by name")));
        }
        Optional<Pipeline> found = catalog == null ? Optional.empty() : catalog.pipeline(object.namespace(), name);
        if (found.isEmpty()) {
            return Result.of(null, List.of(Issue.error(COULDNT_GET_PIPELINE, object.locate(at.key("name")),
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
        tasks.resolve(task, object, specs, names, issues);
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
