package dev.windlass.pipelines.model;

import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.MapNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads a pipeline spec (a Pipeline's {@code spec} or an embedded {@code pipelineSpec}). */
final class PipelineSpecReader {

    private static final Set<String> PIPELINE_SPEC = Set.of("displayName", "description", "params", "workspaces",
            "tasks", "finally", "results");

    private final Reading reading;

    PipelineSpecReader(Reading reading) {
        this.reading = reading;
    }

    PipelineSpec read(MapNode spec, FieldPath at) {
        reading.unknownFields(spec.without("resources"), at, PIPELINE_SPEC);
        if (spec.containsKey("resources")) {
            Unsupported.pipelineResources(reading, at.key("resources"));
        }
        ParamReader params = new ParamReader(reading);
        return new PipelineSpec(reading.text(spec, "displayName", at), reading.text(spec, "description", at),
                params.specs(spec, at), new TaskSpecReader(reading).workspaces(spec, at, true), tasks(spec, "tasks", at),
                tasks(spec, "finally", at), params.results(spec, at), spec);
    }

    private List<PipelineTask> tasks(MapNode spec, String key, FieldPath at) {
        PipelineTaskReader reader = new PipelineTaskReader(reading);
        List<PipelineTask> out = new ArrayList<>();
        List<MapNode> items = reading.maps(spec, key, at);
        for (int i = 0; i < items.size(); i++) {
            out.add(reader.read(items.get(i), at.key(key).index(i)));
        }
        return out;
    }
}
