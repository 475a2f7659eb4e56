package dev.windlass.pipelines.model;

import dev.windlass.model.KubeObject;

/** A Task or ClusterTask object with its spec read. */
public record Task(KubeObject object, TaskKind kind, TaskSpec spec) {

    public String name() {
        return object.name();
    }
}
