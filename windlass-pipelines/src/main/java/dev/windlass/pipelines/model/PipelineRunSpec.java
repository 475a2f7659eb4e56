package dev.windlass.pipelines.model;

import java.util.List;
import java.util.Optional;

/** A PipelineRun's {@code spec}: what to run (by reference or embedded), with what, and how. */
public record PipelineRunSpec(Optional<PipelineRef> pipelineRef, Optional<PipelineSpec> pipelineSpec,
        List<Param> params, List<WorkspaceBinding> workspaces, Timeouts timeouts, RunSpecStatus status,
        String serviceAccountName) {

    public PipelineRunSpec {
        params = List.copyOf(params);
        workspaces = List.copyOf(workspaces);
    }
}
