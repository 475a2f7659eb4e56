package dev.windlass.kube;

import dev.windlass.engine.cluster.ClusterException;
import dev.windlass.engine.cluster.ResourceType;
import dev.windlass.engine.tracking.Tracking;
import dev.windlass.engine.tracking.TrackingMethod;
import dev.windlass.model.GroupKind;
import dev.windlass.model.GroupVersionKind;
import dev.windlass.model.KubeObject;
import dev.windlass.model.ResourceKey;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.io.Closeable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The watch-fed cache of tracked objects: one informer per kind the cluster serves (preferred
 * version, list and watch allowed, not in {@link ResourceExclusions}), narrowed on the server to
 * objects with the tracking label under label tracking, and an index of the objects each
 * application tracks. Kinds appear and disappear as discovery changes.
 */
final class TrackedCache implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(TrackedCache.class.getName());

    private record Watched(ResourceType type, SharedIndexInformer<GenericKubernetesResource> informer,
            CompletableFuture<Void> started) {
    }

    private final KubernetesClient client;
    private final Tracking tracking;
    private final GenericObjects objects;
    private final TrackedIndex index = new TrackedIndex();
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    private final Map<GroupKind, Watched> watched = new HashMap<>();
    private boolean closed;

    TrackedCache(KubernetesClient client, Tracking tracking) {
        this.client = client;
        this.tracking = tracking;
        this.objects = new GenericObjects(client.getKubernetesSerialization());
    }

    /**
     * Watches every watchable kind of {@code catalog}; stops the informers of kinds no longer
     * served and tells listeners about the applications whose objects went with them.
     */
    void serve(DiscoveryCatalog catalog) {
        announce(reconcile(catalog));
    }

    /**
     * The objects {@code application} tracks, once every informer has finished its first list;
     * {@code UNAVAILABLE} when that takes longer than {@code timeout}.
     */
    List<KubeObject> tracked(String application, Duration timeout) throws ClusterException {
        awaitSynced(timeout);
        return index.of(application);
    }

    /** The tracked object at that address when the cache holds it at that version. */
    Optional<KubeObject> cached(GroupVersionKind gvk, String namespace, String name) {
        return index.get(new ResourceKey(gvk.group(), gvk.kind(), namespace, name))
                .filter(object -> object.apiVersion().equals(gvk.apiVersion()));
    }

    /** Registers a listener told the application's name whenever one of its objects changes. */
    Closeable onChange(Consumer<String> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** The number of kinds being watched. */
    synchronized int watchedKinds() {
        return watched.size();
    }

    /** True when {@code kind} is being watched. */
    synchronized boolean watches(GroupKind kind) {
        return watched.containsKey(kind);
    }

    /** Waits until every informer has listed once; kinds that cannot be listed at all are skipped. */
    void awaitSynced(Duration timeout) throws ClusterException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Watched entry : snapshot()) {
            try {
                long left = Math.max(0, deadline - System.nanoTime());
                entry.started().get(left, java.util.concurrent.TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.TimeoutException slow) {
                throw KubeMessages.notSynced(timeout, pending());
            } catch (java.util.concurrent.ExecutionException failed) {
                if (!Informers.unlistable(failed)) {
                    throw KubeMessages.unreachable("list", new ObjectRef(entry.type().gvk(), "", ""), failed.getCause());
                }
            } catch (InterruptedException interrupted) {
                throw KubeMessages.interrupted("list", new ObjectRef(entry.type().gvk(), "", ""), interrupted);
            }
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        new ArrayList<>(watched.keySet()).forEach(this::stop);
    }

    private synchronized Set<String> reconcile(DiscoveryCatalog catalog) {
        Set<String> affected = new LinkedHashSet<>();
        if (closed) {
            return affected;
        }
        Map<GroupKind, ResourceType> wanted = new LinkedHashMap<>();
        for (ServedKind kind : catalog.preferred()) {
            GroupKind groupKind = kind.type().gvk().groupKind();
            if (kind.watchable() && !ResourceExclusions.excluded(groupKind)) {
                wanted.put(groupKind, kind.type());
            }
        }
        for (GroupKind kind : new ArrayList<>(watched.keySet())) {
            if (!watched.get(kind).type().equals(wanted.get(kind))) {
                affected.addAll(stop(kind));
            }
        }
        wanted.forEach((kind, type) -> {
            if (!watched.containsKey(kind)) {
                start(kind, type);
            }
        });
        return affected;
    }

    private synchronized List<Watched> snapshot() {
        return new ArrayList<>(watched.values());
    }

    private synchronized List<String> pending() {
        List<String> out = new ArrayList<>();
        watched.forEach((kind, entry) -> {
            if (!entry.started().isDone()) {
                out.add(kind.toString());
            }
        });
        return out;
    }

    private void start(GroupKind kind, ResourceType type) {
        String label = tracking.method() == TrackingMethod.LABEL ? tracking.labelKey() : null;
        SharedIndexInformer<GenericKubernetesResource> informer = Informers.create(client, type, null, label);
        informer.addEventHandler(handler(type));
        CompletableFuture<Void> started = informer.start().toCompletableFuture();
        started.whenComplete((ok, failure) -> {
            if (failure != null) {
                LOG.log(System.Logger.Level.DEBUG, "not watching {0}: {1}", kind, failure.getMessage());
            }
        });
        watched.put(kind, new Watched(type, informer, started));
    }

    /** Stops watching {@code kind}; returns the applications that lost objects (callers announce them). */
    private Set<String> stop(GroupKind kind) {
        Watched entry = watched.remove(kind);
        if (entry == null) {
            return Set.of();
        }
        entry.informer().close();
        return index.removeKind(kind);
    }

    private ResourceEventHandler<GenericKubernetesResource> handler(ResourceType type) {
        return new ResourceEventHandler<>() {
            @Override
            public void onAdd(GenericKubernetesResource resource) {
                upsert(type, resource);
            }

            @Override
            public void onUpdate(GenericKubernetesResource previous, GenericKubernetesResource resource) {
                upsert(type, resource);
            }

            @Override
            public void onDelete(GenericKubernetesResource resource, boolean finalStateUnknown) {
                announce(index.remove(key(type, resource)));
            }
        };
    }

    private void upsert(ResourceType type, GenericKubernetesResource resource) {
        if (!mayBeTracked(resource.getMetadata())) {
            announce(index.remove(key(type, resource)));
            return;
        }
        KubeObject object = objects.toKubeObject(resource, type.gvk());
        announce(index.put(object, tracking.application(object)));
    }

    /** A cheap test on the typed metadata before the object is converted: does it carry any mark? */
    private boolean mayBeTracked(ObjectMeta metadata) {
        if (metadata == null) {
            return false;
        }
        if (tracking.method() == TrackingMethod.LABEL) {
            return metadata.getLabels() != null && metadata.getLabels().containsKey(tracking.labelKey());
        }
        return metadata.getAnnotations() != null && metadata.getAnnotations().containsKey(Tracking.TRACKING_ID);
    }

    private static ResourceKey key(ResourceType type, GenericKubernetesResource resource) {
        ObjectMeta metadata = resource.getMetadata();
        String namespace = metadata == null ? "" : metadata.getNamespace();
        String name = metadata == null ? "" : metadata.getName();
        return new ResourceKey(type.gvk().group(), type.gvk().kind(), namespace, name);
    }

    private void announce(Set<String> applications) {
        for (String application : applications) {
            for (Consumer<String> listener : listeners) {
                try {
                    listener.accept(application);
                } catch (RuntimeException failure) {
                    LOG.log(System.Logger.Level.WARNING, "tracked-change listener failed for " + application, failure);
                }
            }
        }
    }
}
