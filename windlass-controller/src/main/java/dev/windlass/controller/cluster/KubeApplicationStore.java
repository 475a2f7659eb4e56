package dev.windlass.controller.cluster;

import dev.windlass.controller.app.ApplicationStore;
import dev.windlass.engine.cluster.ClusterException;
import dev.windlass.engine.cluster.PropagationPolicy;
import dev.windlass.kube.KubeCluster;
import dev.windlass.model.GroupVersionKind;
import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.MapNode;
import java.io.Closeable;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** {@link ApplicationStore} over a cluster: reads from an {@link ObjectCache}, writes merge patches. */
public final class KubeApplicationStore implements ApplicationStore {

    /** {@code argoproj.io/v1alpha1 Application}. */
    public static final GroupVersionKind APPLICATION = new GroupVersionKind("argoproj.io", "v1alpha1", "Application");

    private final KubeCluster cluster;
    private final ObjectCache cache;

    public KubeApplicationStore(KubeCluster cluster, ObjectCache cache) {
        this.cluster = cluster;
        this.cache = cache;
    }

    @Override
    public Optional<KubeObject> get(String namespace, String name) {
        return cache.get(namespace, name);
    }

    @Override
    public List<KubeObject> list() {
        return cache.list();
    }

    @Override
    public KubeObject patch(String namespace, String name, MapNode mergePatch) throws ClusterException {
        KubeObject stored = cluster.mergePatch(APPLICATION, namespace, name, mergePatch);
        cache.remember(stored);
        return stored;
    }

    @Override
    public void delete(String namespace, String name) throws ClusterException {
        cluster.delete(APPLICATION, namespace, name, PropagationPolicy.BACKGROUND);
    }

    @Override
    public Closeable watch(Consumer<KubeObject> changed, Consumer<KubeObject> deleted) {
        return cache.subscribe(changed, deleted);
    }
}
