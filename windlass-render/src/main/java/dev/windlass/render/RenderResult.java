package dev.windlass.render;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import java.util.List;

/**
 * The manifests a renderer produced, in their stable output order, and what it met on the way.
 * A result with errors carries no {@link #objects()}: nothing half-rendered is ever applied.
 *
 * @param objects  what to apply: every object, or none when any error was found
 * @param issues   errors, warnings and notes, in the order met
 * @param readable the objects that could be read even when other files failed; only for checks
 *                 that report as much as possible at once (such as {@code windlass validate}),
 *                 never for applying
 */
public record RenderResult(List<KubeObject> objects, List<Issue> issues, List<KubeObject> readable) {

    public RenderResult {
        objects = List.copyOf(objects);
        issues = List.copyOf(issues);
        readable = List.copyOf(readable);
    }

    /** A result whose readable objects are its objects. */
    public RenderResult(List<KubeObject> objects, List<Issue> issues) {
        this(objects, issues, objects);
    }

    public boolean hasErrors() {
        return issues.stream().anyMatch(Issue::isError);
    }
}
