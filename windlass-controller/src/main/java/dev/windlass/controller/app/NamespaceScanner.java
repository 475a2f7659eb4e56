package dev.windlass.controller.app;

import dev.windlass.engine.cluster.ClusterException;
import dev.windlass.model.KubeObject;
import java.util.List;

/**
 * Lists every object of a namespace, for the orphaned-resource scan; a port, so the scan can be fed by
 * any cluster adapter.
 */
@FunctionalInterface
public interface NamespaceScanner {

    List<KubeObject> contents(String namespace) throws ClusterException;
}
