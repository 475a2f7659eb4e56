package dev.windlass.pipelines.triggers;

import dev.windlass.model.KubeObject;

/**
 * Where an EventListener sends the objects its triggers render (typically a PipelineRun with
 * {@code metadata.generateName}): a local runner, a cluster client, or a printer.
 */
@FunctionalInterface
public interface RunLauncher {

    /** Starts or creates {@code run}; called once per rendered object, in template order. */
    void launch(KubeObject run);
}
