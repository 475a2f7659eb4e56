package dev.windlass.pipelines.subst;

import java.util.Map;

/**
 * What a task's steps see besides params, as the executor lays it out: run names and ids for
 * {@code $(context.*)}, where each workspace is, and where results and credentials go.
 *
 * @param workspaces by declared name; a workspace absent here is unbound ({@code bound} false)
 * @param resultsDir the directory of {@code $(results.r.path)} ({@code /tekton/results} on a cluster)
 * @param stepsDir the directory holding {@code step-<name>/results/} for step results
 */
public record TaskContext(RunNames names, Map<String, WorkspacePath> workspaces, String resultsDir,
        String stepsDir, String credentialsPath, int retryCount) {

    public TaskContext {
        workspaces = Map.copyOf(workspaces);
    }

    /** Names and ids for {@code $(context.taskRun.*)}, {@code $(context.pipelineRun.*)} and friends. */
    public record RunNames(String taskRunName, String taskRunNamespace, String taskRunUid, String taskName,
            String pipelineRunName, String pipelineRunNamespace, String pipelineRunUid, String pipelineName,
            String pipelineTaskName) {
    }

    /** A bound workspace: its path, and the claim or volume name behind it. */
    public record WorkspacePath(String path, String claim, String volume) {
    }
}
