package dev.windlass.pipelines.model;

import dev.windlass.model.tree.MapNode;
import java.util.List;
import java.util.Optional;

/**
 * A Task's {@code spec} (also embedded as {@code taskSpec}).
 *
 * @param raw the spec as written; substitution rewrites it and reads it again
 */
public record TaskSpec(String displayName, String description, List<ParamSpec> params, List<ResultSpec> results,
        List<WorkspaceDeclaration> workspaces, List<Step> steps, List<Step> sidecars,
        Optional<MapNode> stepTemplate, List<MapNode> volumes, MapNode raw) {

    public TaskSpec {
        params = List.copyOf(params);
        results = List.copyOf(results);
        workspaces = List.copyOf(workspaces);
        steps = List.copyOf(steps);
        sidecars = List.copyOf(sidecars);
        volumes = List.copyOf(volumes);
    }
}
