package dev.windlass.controller.policy;

import dev.windlass.controller.cluster.ObjectCache;
import dev.windlass.engine.cluster.ClusterException;
import dev.windlass.kube.KubeCluster;
import dev.windlass.model.GroupVersionKind;
import dev.windlass.model.KubeObject;
import dev.windlass.policy.Inventory;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Gatekeeper's data replication: a watch-fed copy of every object of the kinds the Config's
 * {@code spec.sync.syncOnly} lists, turned into the {@link Inventory} ({@code data.inventory})
 * referential policies read. The inventory is rebuilt only after a watched object changed.
 */
final class InventoryWatch implements Closeable {

    private static final Logger LOG = Logger.getLogger(InventoryWatch.class.getName());

    private final KubeCluster cluster;
    private final Map<GroupVersionKind, ObjectCache> caches = new HashMap<>();
    private final List<Closeable> subscriptions = new ArrayList<>();
    private final java.util.concurrent.atomic.AtomicLong changes = new java.util.concurrent.atomic.AtomicLong();
    private volatile Inventory inventory;

    InventoryWatch(KubeCluster cluster) {
        this.cluster = cluster;
    }

    /** Watches exactly {@code kinds} (kinds the cluster does not serve are skipped until it does). */
    synchronized void watch(List<GroupVersionKind> kinds) {
        if (caches.keySet().equals(new java.util.HashSet<>(kinds))) {
            return;
        }
        stop();
        for (GroupVersionKind kind : kinds) {
            try {
                ObjectCache cache = ObjectCache.start(cluster, kind, null);
                caches.put(kind, cache);
                subscriptions.add(cache.subscribe(object -> changed(), object -> changed()));
            } catch (ClusterException e) {
                LOG.fine(() -> "not replicating " + kind + " for policies: " + e.getMessage());
            }
        }
        changed();
    }

    private void changed() {
        changes.incrementAndGet();
        inventory = null;
    }

    /** The replicated objects as Gatekeeper's inventory. */
    Inventory inventory() {
        Inventory current = inventory;
        if (current != null) {
            return current;
        }
        long seen = changes.get();
        List<KubeObject> objects = new ArrayList<>();
        synchronized (this) {
            caches.values().forEach(cache -> objects.addAll(cache.list()));
        }
        current = objects.isEmpty() ? Inventory.empty() : Inventory.of(objects);
        if (changes.get() == seen) {
            inventory = current;
        }
        return current;
    }

    private void stop() {
        for (Closeable closeable : subscriptions) {
            closeQuietly(closeable);
        }
        subscriptions.clear();
        caches.values().forEach(InventoryWatch::closeQuietly);
        caches.clear();
    }

    private static void closeQuietly(Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException e) {
            LOG.fine(() -> "closing an inventory watch: " + e.getMessage());
        }
    }

    @Override
    public synchronized void close() {
        stop();
    }
}
