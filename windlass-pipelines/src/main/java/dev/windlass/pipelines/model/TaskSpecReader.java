package dev.windlass.pipelines.model;

import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.MapNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads a task spec and the workspace declarations shared with pipelines. */
final class TaskSpecReader {

    private static final Set<String> TASK_SPEC = Set.of("displayName", "description", "params", "results",
            "workspaces", "steps", "sidecars", "stepTemplate", "volumes");
    private static final Set<String> EMBEDDED = Set.of("displayName", "description", "params", "results",
            "workspaces", "steps", "sidecars", "stepTemplate", "volumes", "metadata", "apiVersion", "kind", "spec");
    private static final Set<String> WORKSPACE = Set.of("name", "description", "mountPath", "readOnly", "optional");
    private static final Set<String> PIPELINE_WORKSPACE = Set.of("name", "description", "optional");

    private final Reading reading;

    TaskSpecReader(Reading reading) {
        this.reading = reading;
    }

    /** A Task's spec, or with {@code embedded} a pipeline task's {@code taskSpec} (which may carry metadata). */
    TaskSpec read(MapNode spec, FieldPath at, boolean embedded) {
        reading.unknownFields(spec.without("resources"), at, embedded ? EMBEDDED : TASK_SPEC);
        if (spec.containsKey("resources")) {
            Unsupported.pipelineResources(reading, at.key("resources"));
        }
        ParamReader params = new ParamReader(reading);
        StepReader steps = new StepReader(reading);
        return new TaskSpec(reading.text(spec, "displayName", at), reading.text(spec, "description", at),
                params.specs(spec, at), params.results(spec, at), workspaces(spec, at, false),
                steps.steps(spec, "steps", at), steps.steps(spec, "sidecars", at),
                reading.map(spec, "stepTemplate", at), reading.maps(spec, "volumes", at), spec);
    }

    /** {@code workspaces[]} declared by a Task, or with {@code pipeline} by a Pipeline (name, description, optional). */
    List<WorkspaceDeclaration> workspaces(MapNode spec, FieldPath at, boolean pipeline) {
        List<WorkspaceDeclaration> out = new ArrayList<>();
        List<MapNode> items = reading.maps(spec, "workspaces", at);
        for (int i = 0; i < items.size(); i++) {
            FieldPath here = at.key("workspaces").index(i);
            MapNode item = items.get(i);
            reading.unknownFields(item, here, pipeline ? PIPELINE_WORKSPACE : WORKSPACE);
            out.add(new WorkspaceDeclaration(reading.text(item, "name", here), reading.text(item, "description", here),
                    reading.text(item, "mountPath", here), reading.bool(item, "readOnly", here),
                    reading.bool(item, "optional", here)));
        }
        return out;
    }
}
