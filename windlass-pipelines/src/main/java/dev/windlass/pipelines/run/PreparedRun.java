package dev.windlass.pipelines.run;

import dev.windlass.model.KubeObject;
import dev.windlass.pipelines.dag.Dag;
import dev.windlass.pipelines.model.PipelineSpec;
import dev.windlass.pipelines.model.RunSpecStatus;
import dev.windlass.pipelines.model.TaskSpec;
import dev.windlass.pipelines.model.Timeouts;
import dev.windlass.pipelines.model.WorkspaceBinding;
import dev.windlass.pipelines.subst.PipelineContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A run ready to schedule: the object (named), its pipeline with params applied and its graph, the
 * task specs its references resolve to, its workspaces, timeouts and requested status. A TaskRun
 * is a one-task pipeline whose only child carries the TaskRun's own name.
 *
 * @param taskSpecs by pipeline task name, for tasks given by {@code taskRef}
 * @param taskNames by pipeline task name, the referenced Task's name (for labels and context)
 */
record PreparedRun(KubeObject object, boolean taskRun, PipelineSpec spec, Dag dag, Map<String, TaskSpec> taskSpecs,
        Map<String, String> taskNames, List<WorkspaceBinding> workspaces, Timeouts timeouts, RunSpecStatus status,
        PipelineContext context) {

    /** Tekton's default pipeline timeout. */
    static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(60);

    PreparedRun {
        taskSpecs = Map.copyOf(taskSpecs);
        taskNames = Map.copyOf(taskNames);
        workspaces = List.copyOf(workspaces);
    }

    String name() {
        return object.name();
    }

    String namespace() {
        return object.namespace();
    }

    /** The pipeline timeout in force: the default when none is given, empty for {@code 0}. */
    Optional<Duration> pipelineTimeout() {
        if (taskRun) {
            return Optional.empty();
        }
        Duration d = timeouts.pipeline().orElse(DEFAULT_TIMEOUT);
        return d.isZero() ? Optional.empty() : Optional.of(d);
    }

    Optional<Duration> tasksTimeout() {
        return timeouts.tasks().filter(d -> !d.isZero());
    }

    Optional<Duration> finallyTimeout() {
        return timeouts.finallyTimeout().filter(d -> !d.isZero());
    }

    /** The TaskRun name of child {@code index} of {@code count} ({@code <run>-<task>}, {@code -<index>} in a matrix). */
    String childName(String pipelineTask, int index, int count) {
        return taskRun ? name() : ChildNames.of(name(), pipelineTask, index, count);
    }
}
