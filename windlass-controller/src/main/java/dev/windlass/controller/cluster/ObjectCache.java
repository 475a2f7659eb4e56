package dev.windlass.controller.cluster;

import dev.windlass.engine.cluster.ClusterException;
import dev.windlass.kube.KubeCluster;
import dev.windlass.kube.ObjectListener;
import dev.windlass.model.GroupVersionKind;
import dev.windlass.model.KubeObject;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A watch-fed copy of every object of one kind in one namespace (or all namespaces), keyed by
 * {@code namespace/name}. Writes the controller makes are put in at once ({@link #remember}) so the
 * next read sees them; a late watch event never replaces a newer object (resourceVersions compared
 * as numbers where both are numbers, as every API server in practice issues them).
 */
public final class ObjectCache implements Closeable {

    private final Map<String, KubeObject> objects = new ConcurrentHashMap<>();
    private final List<Consumer<KubeObject>> changeListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<KubeObject>> deleteListeners = new CopyOnWriteArrayList<>();
    private final Closeable watch;

    private ObjectCache(KubeCluster cluster, GroupVersionKind gvk, String namespace) throws ClusterException {
        this.watch = cluster.watch(gvk, namespace, this::onChange);
        // the watch delivers its first list in the background; a reader must not see an empty cache
        // (an AppProject "missing" on the first reconcile after a restart), so list once now
        cluster.list(gvk, namespace).forEach(this::remember);
    }

    /** Starts watching {@code gvk} in {@code namespace} (null: all namespaces), filled with the current objects. */
    public static ObjectCache start(KubeCluster cluster, GroupVersionKind gvk, String namespace) throws ClusterException {
        return new ObjectCache(cluster, gvk, namespace);
    }

    public Optional<KubeObject> get(String namespace, String name) {
        return Optional.ofNullable(objects.get(key(namespace, name)));
    }

    public List<KubeObject> list() {
        return new ArrayList<>(objects.values());
    }

    /** Puts an object the controller just wrote, unless the cache already holds a newer one. */
    public void remember(KubeObject object) {
        KubeObject merged = objects.merge(key(object.namespace(), object.name()), object,
                (old, fresh) -> isNewer(fresh, old) ? fresh : old);
        if (merged == object) {
            changeListeners.forEach(listener -> listener.accept(object));
        }
    }

    /** Subscribes to changes (added or modified) and deletions. */
    public Closeable subscribe(Consumer<KubeObject> changed, Consumer<KubeObject> deleted) {
        changeListeners.add(changed);
        deleteListeners.add(deleted);
        return () -> {
            changeListeners.remove(changed);
            deleteListeners.remove(deleted);
        };
    }

    private void onChange(ObjectListener.Change change, KubeObject object) {
        String key = key(object.namespace(), object.name());
        if (change == ObjectListener.Change.DELETED) {
            objects.remove(key);
            deleteListeners.forEach(listener -> listener.accept(object));
            return;
        }
        remember(object);
    }

    private static boolean isNewer(KubeObject fresh, KubeObject old) {
        String a = fresh.metadata().getText("resourceVersion").orElse("");
        String b = old.metadata().getText("resourceVersion").orElse("");
        try {
            return Long.parseLong(a) >= Long.parseLong(b);
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private static String key(String namespace, String name) {
        return namespace + "/" + name;
    }

    @Override
    public void close() throws IOException {
        watch.close();
    }
}
