package dev.windlass.kube;

import dev.windlass.engine.cluster.ClusterException;
import dev.windlass.engine.cluster.ResourceType;
import dev.windlass.model.GroupVersionKind;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Resolves group, version and kind to {@link ResourceType} from the server's discovery documents,
 * cached. The cache is read again on a miss (at most once per {@code minInterval}, so a misspelt
 * kind does not hammer the server) and on the next look-up after {@link #invalidate()}, which the
 * CustomResourceDefinition watch calls, so the kinds of a freshly installed CRD resolve at once.
 * Listeners hear of every catalog that differs from the previous one.
 */
public final class ApiDiscovery {

    private final DiscoveryReader reader;
    private final long minIntervalNanos;
    private final Consumer<DiscoveryCatalog> onChange;
    private final AtomicLong invalidations = new AtomicLong(1);
    private volatile DiscoveryCatalog catalog = DiscoveryCatalog.empty();
    private long servedInvalidation;
    private long lastRefresh;
    private boolean loaded;

    ApiDiscovery(ApiClient api, Duration minInterval, Consumer<DiscoveryCatalog> onChange) {
        this.reader = new DiscoveryReader(api);
        this.minIntervalNanos = minInterval.toNanos();
        this.onChange = onChange;
    }

    /** How the cluster serves {@code gvk}, refreshing the cache on a miss when due. */
    public Optional<ResourceType> find(GroupVersionKind gvk) throws ClusterException {
        Optional<ServedKind> hit = current().find(gvk);
        if (hit.isEmpty()) {
            hit = refreshIfDue(true).find(gvk);
        }
        return hit.map(ServedKind::type);
    }

    /** Like {@link #find} but an unserved kind is {@code UNKNOWN_KIND}. */
    public ResourceType require(GroupVersionKind gvk) throws ClusterException {
        return find(gvk).orElseThrow(() -> KubeMessages.unknownKind(gvk));
    }

    /** The catalog, read on first use and again when it was invalidated. */
    DiscoveryCatalog current() throws ClusterException {
        return stale() ? refreshIfDue(false) : catalog;
    }

    /** Marks the cache out of date: the next look-up reads discovery again. */
    void invalidate() {
        invalidations.incrementAndGet();
    }

    /** True when something changed since the last read (or nothing was read yet). */
    boolean stale() {
        synchronized (this) {
            return !loaded || servedInvalidation != invalidations.get();
        }
    }

    /** Reads discovery now, whatever the cache holds. */
    synchronized DiscoveryCatalog refresh() throws ClusterException {
        long invalidation = invalidations.get();
        DiscoveryCatalog fresh = new DiscoveryCatalog(reader.read());
        lastRefresh = System.nanoTime();
        servedInvalidation = invalidation;
        loaded = true;
        DiscoveryCatalog previous = catalog;
        catalog = fresh;
        if (!fresh.equals(previous)) {
            onChange.accept(fresh);
        }
        return fresh;
    }

    private synchronized DiscoveryCatalog refreshIfDue(boolean miss) throws ClusterException {
        boolean stale = !loaded || servedInvalidation != invalidations.get();
        boolean due = miss && System.nanoTime() - lastRefresh >= minIntervalNanos;
        return stale || due ? refresh() : catalog;
    }
}
