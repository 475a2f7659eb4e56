package dev.windlass.pipelines.model;

import dev.windlass.model.KubeObject;

/** A TaskRun object with its spec read. */
public record TaskRun(KubeObject object, TaskRunSpec spec) {

    public String name() {
        return object.name();
    }
}
