package dev.windlass.controller.app;

import dev.windlass.engine.cluster.ClusterException;
import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.MapNode;
import java.io.Closeable;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where Applications live: the cluster's {@code argoproj.io/v1alpha1} Application objects, read from
 * a watch-fed cache and written with merge patches (Argo CD's Application CRD has no status
 * subresource, so status is patched on the object itself).
 */
public interface ApplicationStore {

    /** The Application, from the cache. */
    Optional<KubeObject> get(String namespace, String name);

    /** Every Application the controller watches. */
    List<KubeObject> list();

    /** Applies a JSON merge patch to the Application and returns the stored result. */
    KubeObject patch(String namespace, String name, MapNode mergePatch) throws ClusterException;

    /** Deletes the Application (its finalizers still run). */
    void delete(String namespace, String name) throws ClusterException;

    /** Calls {@code changed} for every added or modified Application and {@code deleted} for removed ones. */
    Closeable watch(Consumer<KubeObject> changed, Consumer<KubeObject> deleted);
}
