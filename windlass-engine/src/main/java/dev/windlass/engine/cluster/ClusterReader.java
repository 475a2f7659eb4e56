package dev.windlass.engine.cluster;

import dev.windlass.model.GroupVersionKind;
import dev.windlass.model.KubeObject;
import java.util.List;
import java.util.Optional;

/**
 * The engine's read port onto a cluster: discovery and the live objects Windlass manages. An
 * adapter answers from a watch-fed cache so a refresh does not list the cluster.
 */
public interface ClusterReader {

    /** How the cluster serves {@code gvk}; empty when discovery does not list it. */
    Optional<ResourceType> resourceType(GroupVersionKind gvk) throws ClusterException;

    /**
     * The live object, from the cache when the kind is watched, otherwise from the server;
     * {@code namespace} is empty for cluster-scoped kinds.
     */
    Optional<KubeObject> get(GroupVersionKind gvk, String namespace, String name) throws ClusterException;

    /**
     * Every live object that carries the tracking mark of {@code application} (see
     * {@link dev.windlass.engine.tracking.Tracking}), across all kinds the cluster serves.
     */
    List<KubeObject> tracked(String application) throws ClusterException;
}
