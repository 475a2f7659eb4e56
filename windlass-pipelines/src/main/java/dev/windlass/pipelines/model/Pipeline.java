package dev.windlass.pipelines.model;

import dev.windlass.model.KubeObject;

/** A Pipeline object with its spec read. */
public record Pipeline(KubeObject object, PipelineSpec spec) {

    public String name() {
        return object.name();
    }
}
