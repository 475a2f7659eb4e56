package dev.windlass.pipelines.run;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.pipelines.model.Param;
import dev.windlass.pipelines.model.ParamValue;
import dev.windlass.pipelines.model.PipelineTask;
import dev.windlass.pipelines.model.Task;
import dev.windlass.pipelines.model.TaskKind;
import dev.windlass.pipelines.model.TaskRef;
import dev.windlass.pipelines.model.TaskSpec;
import dev.windlass.pipelines.model.TektonCatalog;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the Task behind a {@code taskRef} in the catalog: by name and kind, or through the
 * {@code cluster} resolver's {@code kind}/{@code name}/{@code namespace} params. Other resolvers
 * need a network and are reported as such.
 */
final class RunTaskResolver {

    private final TektonCatalog catalog;

    RunTaskResolver(TektonCatalog catalog) {
        this.catalog = catalog;
    }

    void resolve(PipelineTask task, KubeObject owner, Map<String, TaskSpec> specs, Map<String, String> names,
            List<Issue> issues) {
        if (task.taskSpec().isPresent() || task.taskRef().isEmpty()) {
            if (task.taskSpec().isEmpty()) {
                issues.add(Issue.error(RunPreparation.COULDNT_GET_TASK, owner.locate(FieldPath.of("spec")),
                        "pipeline task \"" + task.name() + "\" has neither taskRef nor taskSpec; give one"));
            }
            return;
        }
        TaskRef ref = task.taskRef().get();
        Optional<Task> found = find(ref, owner.namespace());
        if (found.isEmpty()) {
            issues.add(Issue.error(RunPreparation.COULDNT_GET_TASK, owner.locate(FieldPath.of("spec")),
                    describe(task, ref) + " was not found; add the " + kindOf(ref) + " to the files given, or fix"
                            + " the taskRef"));
            return;
        }
        specs.put(task.name(), found.get().spec());
        names.put(task.name(), found.get().name());
    }

    private Optional<Task> find(TaskRef ref, String namespace) {
        if (catalog == null) {
            return Optional.empty();
        }
        if (ref.resolver().isEmpty()) {
            return catalog.task(ref.kind(), namespace, ref.name());
        }
        if (!"cluster".equals(ref.resolver().get())) {
            return Optional.empty();
        }
        String kind = param(ref, "kind").orElse("task");
        TaskKind taskKind = "clustertask".equalsIgnoreCase(kind) ? TaskKind.CLUSTER_TASK : TaskKind.TASK;
        return param(ref, "name").flatMap(n -> catalog.task(taskKind, param(ref, "namespace").orElse(namespace), n));
    }

    private static Optional<String> param(TaskRef ref, String name) {
        for (Param p : ref.params()) {
            if (p.name().equals(name) && p.value() instanceof ParamValue.Str s) {
                return Optional.of(s.value());
            }
        }
        return Optional.empty();
    }

    private static String describe(PipelineTask task, TaskRef ref) {
        String what = ref.resolver().map(r -> "the " + kindOf(ref) + " asked of the \"" + r + "\" resolver"
                + ("cluster".equals(r) ? "" : " (remote resolvers cannot be reached here)"))
                .orElse(kindOf(ref) + " \"" + ref.name() + "\"");
        return task.name().isEmpty() ? what : what + " (taskRef of \"" + task.name() + "\")";
    }

    private static String kindOf(TaskRef ref) {
        return ref.kind() == TaskKind.CLUSTER_TASK ? "ClusterTask" : "Task";
    }
}
