package dev.windlass.pipelines.model;

import dev.windlass.model.tree.MapNode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * An entry of a Pipeline's {@code tasks} or {@code finally}: a task by reference or embedded, with
 * its params, workspaces, ordering, guards, retries, timeout and matrix.
 *
 * @param raw the entry as written; substitution rewrites it and reads it again
 */
public record PipelineTask(String name, String displayName, Optional<TaskRef> taskRef, Optional<TaskSpec> taskSpec,
        List<Param> params, List<WorkspacePipelineTaskBinding> workspaces, List<String> runAfter,
        List<WhenExpression> when, int retries, Optional<Duration> timeout, Optional<Matrix> matrix, MapNode raw) {

    public PipelineTask {
        params = List.copyOf(params);
        workspaces = List.copyOf(workspaces);
        runAfter = List.copyOf(runAfter);
        when = List.copyOf(when);
    }
}
