package dev.windlass.pipelines.run;

import dev.windlass.model.KubeObject;
import dev.windlass.pipelines.model.ParamValue;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything known about a PipelineRun or TaskRun: the object as submitted, its condition, its
 * children and results. Saved after every change, so a run resumes from it after a crash; the
 * scheduler derives what to do next from this state alone.
 *
 * @param object the PipelineRun or TaskRun as submitted (name assigned, {@code generateName} resolved)
 */
public record RunState(KubeObject object, Condition condition, Optional<Instant> started,
        Optional<Instant> finished, List<ChildRun> children, List<SkippedTask> skipped,
        Map<String, ParamValue> results) {

    public RunState {
        children = List.copyOf(children);
        skipped = List.copyOf(skipped);
        results = Map.copyOf(results);
    }

    public String kind() {
        return object.kind();
    }

    public String name() {
        return object.name();
    }

    public String namespace() {
        return object.namespace();
    }
}
