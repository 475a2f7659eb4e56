package dev.windlass.pipelines.model;

import dev.windlass.model.tree.MapNode;
import java.util.List;

/**
 * A Pipeline's {@code spec} (also embedded as {@code pipelineSpec}).
 *
 * @param finallyTasks the {@code finally} section
 * @param raw the spec as written; substitution rewrites it and reads it again
 */
public record PipelineSpec(String displayName, String description, List<ParamSpec> params,
        List<WorkspaceDeclaration> workspaces, List<PipelineTask> tasks, List<PipelineTask> finallyTasks,
        List<ResultSpec> results, MapNode raw) {

    public PipelineSpec {
        params = List.copyOf(params);
        workspaces = List.copyOf(workspaces);
        tasks = List.copyOf(tasks);
        finallyTasks = List.copyOf(finallyTasks);
        results = List.copyOf(results);
    }
}
