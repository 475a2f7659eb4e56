package dev.windlass.pipelines.model;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** A TaskRun's {@code spec}. */
public record TaskRunSpec(Optional<TaskRef> taskRef, Optional<TaskSpec> taskSpec, List<Param> params,
        List<WorkspaceBinding> workspaces, Optional<Duration> timeout, RunSpecStatus status,
        String serviceAccountName, int retries) {

    public TaskRunSpec {
        params = List.copyOf(params);
        workspaces = List.copyOf(workspaces);
    }
}
