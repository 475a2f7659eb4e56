package dev.windlass.render;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import java.util.List;

/**
 * The manifests a renderer produced, in their stable output order, and what it met on the way.
 * A result with errors carries no objects: nothing half-rendered is ever applied.
 */
public record RenderResult(List<KubeObject> objects, List<Issue> issues) {

    public RenderResult {
        objects = List.copyOf(objects);
        issues = List.copyOf(issues);
    }

    public boolean hasErrors() {
        return issues.stream().anyMatch(Issue::isError);
    }
}
