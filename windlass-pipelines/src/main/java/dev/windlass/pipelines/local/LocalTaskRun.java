package dev.windlass.pipelines.local;

import dev.windlass.model.Issue;
import dev.windlass.model.Result;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.pipelines.model.ParamValue;
import dev.windlass.pipelines.model.TaskSpec;
import dev.windlass.pipelines.run.Cancellation;
import dev.windlass.pipelines.run.Condition;
import dev.windlass.pipelines.run.RunListener;
import dev.windlass.pipelines.run.StepOutcome;
import dev.windlass.pipelines.run.TaskRunOutcome;
import dev.windlass.pipelines.run.TaskRunRequest;
import dev.windlass.pipelines.subst.TaskContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** One TaskRun on the host, from its directory to its outcome; see {@link LocalTaskExecutor}. */
final class LocalTaskRun {

    /** What the executor hands every run. */
    record Setup(Path volumesRoot, StepPlanner planner, LocalTaskExecutor.SpecSubstitution substitution) {
    }

    private final TaskRunRequest request;
    private final RunListener listener;
    private final Cancellation cancellation;
    private final Clock clock;
    private final RunDirectory dir;
    private final Setup setup;

    LocalTaskRun(TaskRunRequest request, RunListener listener, Cancellation cancellation, Clock clock,
            RunDirectory dir, Setup setup) {
        this.request = request;
        this.listener = listener;
        this.cancellation = cancellation;
        this.clock = clock;
        this.dir = dir;
        this.setup = setup;
    }

    TaskRunOutcome run() {
        Instant started = clock.instant();
        long taskDeadline = request.timeout().filter(t -> !t.isZero() && !t.isNegative())
                .map(t -> System.nanoTime() + t.toNanos()).orElse(HostProcess.NO_DEADLINE);
        ContainerLayout layout;
        try {
            layout = prepare();
        } catch (LocalFailure failure) {
            return failed(failure, List.of(), started);
        } catch (IOException | UncheckedIOException e) {
            return failed(new LocalFailure("Failed", "the local executor could not lay out " + dir.root() + ": "
                    + e.getMessage() + "; check that the work directory is writable"), List.of(), started);
        }
        StepSequence steps = new StepSequence(request, listener, cancellation, clock, dir, setup.planner());
        StepSequence.Ended ended = steps.run(layout, taskDeadline);
        return finish(layout.spec(), ended, started);
    }

    private ContainerLayout prepare() throws IOException {
        WorkspaceSetup.plainName(request.taskRunName(), "TaskRun");
        dir.clear();
        dir.create();
        Map<String, TaskContext.WorkspacePath> workspaces =
                new WorkspaceSetup(dir, setup.volumesRoot(), request).create();
        TaskContext context = new TaskContext(names(), workspaces, dir.resultsDir().toString(),
                dir.stepsDir().toString(), dir.credsDir().toString(), request.retryCount());
        Result<TaskSpec> substituted = setup.substitution().apply(request.spec(), request.params(), context,
                request.owner(), FieldPath.of("spec", "params"));
        if (substituted.hasErrors()) {
            throw new LocalFailure(LocalFailure.VALIDATION, substituted.errors().stream().map(Issue::message)
                    .collect(Collectors.joining("; ")));
        }
        TaskSpec spec = substituted.value();
        for (int i = 0; i < spec.steps().size(); i++) {
            Path stepDir = dir.stepDir(StepPlanner.stepName(spec.steps().get(i), i));
            java.nio.file.Files.createDirectories(stepDir.resolve("results"));
            java.nio.file.Files.createSymbolicLink(dir.stepsDir().resolve(Integer.toString(i)),
                    stepDir.getFileName());
        }
        Map<String, Path> custom = new java.util.LinkedHashMap<>();
        spec.workspaces().stream().filter(w -> !w.mountPath().isEmpty() && workspaces.containsKey(w.name()))
                .forEach(w -> custom.put(w.mountPath(), Path.of(workspaces.get(w.name()).path())));
        TaskVolumes volumes = TaskVolumes.create(dir, setup.volumesRoot(), request,
                PodTemplateVolumes.merge(spec.volumes(), request));
        Map<String, Path> workspacePaths = new java.util.LinkedHashMap<>();
        workspaces.forEach((name, path) -> workspacePaths.put(name, Path.of(path.path())));
        return new ContainerLayout(spec, dir.mounts().plus(custom), volumes, workspacePaths,
                dir.root().resolve("unmounted"));
    }

    private TaskContext.RunNames names() {
        TaskContext.RunNames n = request.names();
        String namespace = request.namespace();
        String uid = UUID.nameUUIDFromBytes((namespace + "/" + request.taskRunName())
                .getBytes(StandardCharsets.UTF_8)).toString();
        if (n == null) {
            return new TaskContext.RunNames(request.taskRunName(), namespace, uid, "", "", "", "", "", "");
        }
        return new TaskContext.RunNames(request.taskRunName(), namespace, blank(n.taskRunUid()) ? uid : n.taskRunUid(),
                n.taskName(), n.pipelineRunName(), n.pipelineRunNamespace(), n.pipelineRunUid(), n.pipelineName(),
                n.pipelineTaskName());
    }

    private static boolean blank(String value) {
        return value == null || value.isEmpty();
    }

    private TaskRunOutcome finish(TaskSpec spec, StepSequence.Ended ended, Instant started) {
        if (ended.condition().isDone() && !ended.condition().isSucceeded() && !ended.readResults()) {
            return new TaskRunOutcome(ended.condition(), Map.of(), ended.steps(), started, clock.instant());
        }
        try {
            Map<String, ParamValue> results = ResultReader.taskResults(spec, dir.resultsDir(), ended.stepResults());
            return new TaskRunOutcome(ended.condition(), results, ended.steps(), started, clock.instant());
        } catch (LocalFailure failure) {
            return failed(failure, ended.steps(), started);
        } catch (IOException e) {
            return failed(new LocalFailure("Failed", "could not read the results of " + request.taskRunName()
                    + " in " + dir.resultsDir() + ": " + e.getMessage()), ended.steps(), started);
        }
    }

    private TaskRunOutcome failed(LocalFailure failure, List<StepOutcome> steps, Instant started) {
        return new TaskRunOutcome(new Condition("False", failure.reason(), failure.getMessage()), Map.of(), steps,
                started, clock.instant());
    }
}
