package dev.windlass.pipelines.run;

import dev.windlass.model.KubeObject;
import dev.windlass.pipelines.model.Param;
import dev.windlass.pipelines.model.TaskSpec;
import dev.windlass.pipelines.model.WorkspaceBinding;
import dev.windlass.pipelines.subst.TaskContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One TaskRun to execute: the task spec with pipeline-level substitution done, the params to apply,
 * the workspaces bound (pipeline workspaces already mapped to the task's names, subPaths joined),
 * the timeout, and the run names for {@code $(context.*)}. The executor applies
 * {@link dev.windlass.pipelines.subst.TaskSubstitution} with the paths it chooses.
 *
 * @param owner the TaskRun or PipelineRun object, for locating issues
 * @param names run names; the executor completes them into a {@link TaskContext}
 * @param objects ConfigMaps and Secrets for workspaces and {@code valueFrom}
 */
public record TaskRunRequest(String taskRunName, String namespace, TaskSpec spec, List<Param> params,
        List<WorkspaceBinding> workspaces, Optional<Duration> timeout, TaskContext.RunNames names, int retryCount,
        Map<String, String> labels, KubeObject owner, ObjectLookup objects) {

    public TaskRunRequest {
        params = List.copyOf(params);
        workspaces = List.copyOf(workspaces);
        labels = Map.copyOf(labels);
    }
}
