package dev.windlass.pipelines.model;

import dev.windlass.model.KubeObject;

/** A PipelineRun object with its spec read. */
public record PipelineRun(KubeObject object, PipelineRunSpec spec) {

    public String name() {
        return object.name();
    }
}
