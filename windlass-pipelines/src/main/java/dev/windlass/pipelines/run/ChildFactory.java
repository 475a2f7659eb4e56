package dev.windlass.pipelines.run;

import dev.windlass.model.tree.MapNode;
import dev.windlass.pipelines.dag.MatrixExpansion;
import dev.windlass.pipelines.model.Param;
import dev.windlass.pipelines.model.PipelineTask;
import dev.windlass.pipelines.model.TaskSpec;
import dev.windlass.pipelines.model.WorkspaceBinding;
import dev.windlass.pipelines.model.WorkspacePipelineTaskBinding;
import dev.windlass.pipelines.model.WorkspaceSource;
import dev.windlass.pipelines.subst.TaskContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Makes a pipeline task's TaskRuns: their names, params (one set per matrix combination), the
 * pipeline workspaces mapped onto the task's, labels, and the request the executor receives.
 */
final class ChildFactory {

    private final PreparedRun run;
    private final ObjectLookup objects;

    ChildFactory(PreparedRun run, ObjectLookup objects) {
        this.run = run;
        this.objects = objects;
    }

    /** The param sets of a task's TaskRuns: one, or one per matrix combination. */
    List<List<Param>> paramSets(PipelineTask task) {
        if (task.matrix().isEmpty()) {
            return List.of(task.params());
        }
        List<List<Param>> out = new ArrayList<>();
        for (List<Param> combination : MatrixExpansion.combinations(task.matrix().get())) {
            List<Param> params = new ArrayList<>(task.params());
            params.removeIf(p -> combination.stream().anyMatch(c -> c.name().equals(p.name())));
            params.addAll(combination);
            out.add(params);
        }
        return out;
    }

    /** The task's TaskRuns, queued (running, not yet started). */
    List<ChildRun> queued(PipelineTask task, int count) {
        boolean isFinally = run.dag().isFinally(task.name());
        List<ChildRun> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Optional<Integer> index = task.matrix().isPresent() ? Optional.of(i) : Optional.empty();
            out.add(new ChildRun(run.childName(task.name(), i, count), task.name(), isFinally, index,
                    Condition.running(), Optional.empty(), Optional.empty(), Map.of(), List.of(), List.of()));
        }
        return out;
    }

    TaskRunRequest request(ChildRun child, PipelineTask task, TaskSpec spec, List<Param> params) {
        String taskName = run.taskNames().getOrDefault(task.name(), "");
        TaskContext.RunNames names = new TaskContext.RunNames(child.taskRunName(), run.namespace(),
                uid(child.taskRunName()), taskName, run.taskRun() ? "" : run.name(), run.namespace(),
                run.context().pipelineRunUid(), run.context().pipelineName(), run.taskRun() ? "" : task.name());
        Optional<Duration> timeout = task.timeout().filter(d -> !d.isZero());
        return new TaskRunRequest(child.taskRunName(), run.namespace(), spec, params, workspaces(task), timeout,
                names, child.attempts().size(), labels(task, taskName), run.object(), objects);
    }

    private Map<String, String> labels(PipelineTask task, String taskName) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (!run.taskRun()) {
            labels.put("tekton.dev/pipelineRun", run.name());
            labels.put("tekton.dev/pipelineTask", task.name());
            labels.put("tekton.dev/memberOf", run.dag().isFinally(task.name()) ? "finally" : "tasks");
            if (!run.context().pipelineName().isEmpty()) {
                labels.put("tekton.dev/pipeline", run.context().pipelineName());
            }
        } else {
            labels.put("tekton.dev/taskRun", run.name());
        }
        if (!taskName.isEmpty()) {
            labels.put("tekton.dev/task", taskName);
        }
        return labels;
    }

    /** The run's workspaces under the names the task declares, subPaths joined; claim templates become one claim per run. */
    List<WorkspaceBinding> workspaces(PipelineTask task) {
        Map<String, WorkspaceBinding> byName = new HashMap<>();
        run.workspaces().forEach(w -> byName.put(w.name(), w));
        if (run.taskRun()) {
            return run.workspaces().stream().map(this::claim).toList();
        }
        List<WorkspaceBinding> out = new ArrayList<>();
        for (WorkspacePipelineTaskBinding binding : task.workspaces()) {
            WorkspaceBinding bound = byName.get(binding.workspace().isEmpty() ? binding.name() : binding.workspace());
            if (bound != null) {
                WorkspaceBinding source = claim(bound);
                out.add(new WorkspaceBinding(binding.name(), join(source.subPath(), binding.subPath()),
                        source.source(), source.sourceName(), source.raw()));
            }
        }
        return out;
    }

    private WorkspaceBinding claim(WorkspaceBinding bound) {
        if (bound.source() != WorkspaceSource.VOLUME_CLAIM_TEMPLATE) {
            return bound;
        }
        MapNode raw = bound.raw() == null ? MapNode.empty() : bound.raw();
        String prefix = raw.getMap("volumeClaimTemplate").flatMap(t -> t.getMap("metadata"))
                .flatMap(m -> m.getText("name")).filter(n -> !n.isEmpty()).orElse("pvc");
        return new WorkspaceBinding(bound.name(), bound.subPath(), WorkspaceSource.PERSISTENT_VOLUME_CLAIM,
                claimName(prefix, bound.name()), raw);
    }

    /**
     * Tekton's claim name for a volumeClaimTemplate: the template's name (else {@code pvc}), a dash, and
     * the first 10 hex digits of SHA-256 over the workspace name and the run's uid; stable, so a resumed
     * run finds its claim again.
     */
    String claimName(String prefix, String workspace) {
        return prefix + "-" + hash(workspace + RunPreparation.uid(run.object())).substring(0, 10);
    }

    static String join(String a, String b) {
        if (a == null || a.isEmpty()) {
            return b == null ? "" : b;
        }
        return b == null || b.isEmpty() ? a : a + "/" + b;
    }

    private String uid(String name) {
        return UUID.nameUUIDFromBytes((run.namespace() + "/" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder out = new StringBuilder();
            for (byte b : digest) {
                out.append(String.format("%02x", b));
            }
            return out.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
