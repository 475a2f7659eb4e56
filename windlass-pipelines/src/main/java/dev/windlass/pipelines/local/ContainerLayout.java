package dev.windlass.pipelines.local;

import dev.windlass.model.tree.MapNode;
import dev.windlass.pipelines.model.Step;
import dev.windlass.pipelines.model.TaskSpec;
import java.util.Optional;

/**
 * A prepared TaskRun: its substituted spec, the mounts every container sees ({@code /workspace},
 * {@code /tekton}, workspaces with a custom {@code mountPath}) and the task's volumes.
 */
record ContainerLayout(TaskSpec spec, Mounts base, TaskVolumes volumes) {

    /** The mounts of one step or sidecar: the common ones plus its volumeMounts. */
    Mounts mountsFor(Step container, String name, Optional<MapNode> template) {
        return base.plus(volumes.mountsOf(container, name, template));
    }
}
