package dev.windlass.engine.cluster;

import dev.windlass.model.GroupVersionKind;
import dev.windlass.model.KubeObject;

/** The engine's write port onto a cluster: server-side apply and delete by name. */
public interface ClusterWriter {

    /**
     * Server-side applies {@code desired} with field manager {@code windlass} and returns the object
     * as the server stored it (or would store it, for a dry run).
     */
    KubeObject apply(KubeObject desired, ApplyOptions options) throws ClusterException;

    /**
     * Deletes one object by name with the given propagation policy; an object that is already gone
     * is not an error.
     */
    void delete(GroupVersionKind gvk, String namespace, String name, PropagationPolicy policy)
            throws ClusterException;
}
