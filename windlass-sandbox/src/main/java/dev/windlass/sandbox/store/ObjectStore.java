package dev.windlass.sandbox.store;

import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The sandbox's storage: versioned objects indexed by resource, namespace and name, with a global
 * monotonic resource version, a bounded event history for watches that resume, and an optional
 * {@link StoreJournal} for durability.
 *
 * <p>Reads never block; writes are serialised by one lock, so a read-check-write sequence run
 * inside {@link #inTransaction} sees no interleaved write. Listeners are called inside that lock,
 * in commit order.
 */
public final class ObjectStore {

    private final Map<String, ResourceTable> tables = new ConcurrentHashMap<>();
    private final ReentrantLock writeLock = new ReentrantLock();
    private final EventHistory history;
    private final Map<String, List<Subscription>> watchers = new ConcurrentHashMap<>();
    private final List<WatchListener> listeners = new CopyOnWriteArrayList<>();
    private volatile StoreJournal journal = StoreJournal.NONE;
    private volatile long version;
    private volatile int objectCount;

    /** @param historyLimit how many recent events a watch can resume from before it gets 410 Gone */
    public ObjectStore(int historyLimit) {
        this.history = new EventHistory(historyLimit);
    }

    public ObjectStore() {
        this(50_000);
    }

    /** Uses {@code journal} from now on for every write. */
    public void journal(StoreJournal journal) {
        this.journal = journal;
    }

    /**
     * Loads recovered state before the store serves anything: {@code objects} as they were
     * and the last resource version handed out.
     */
    public void restore(Collection<StoredObject> objects, long lastVersion) {
        inTransaction(() -> {
            for (StoredObject stored : objects) {
                table(stored.key()).put(stored);
            }
            objectCount = objects.size();
            version = Math.max(version, lastVersion);
            history.reset(version);
            return null;
        });
    }

    /** The latest resource version handed out. */
    public long currentVersion() {
        return version;
    }

    public int size() {
        return objectCount;
    }

    public Optional<StoredObject> get(ObjectKey key) {
        ResourceTable table = tables.get(tableName(key.group(), key.resource()));
        return table == null ? Optional.empty() : table.get(key.namespace(), key.name());
    }

    /** Objects of one resource, in one namespace or ({@code namespace == null}) all, by namespace then name. */
    public List<StoredObject> list(String group, String resource, String namespace) {
        ResourceTable table = tables.get(tableName(group, resource));
        return table == null ? List.of() : table.list(namespace, null, Integer.MAX_VALUE);
    }

    /**
     * Up to {@code limit} objects after {@code after} ({@code "namespace/name"}, exclusive; null to
     * start at the beginning), in the order of {@link #list}.
     */
    public List<StoredObject> list(String group, String resource, String namespace, String after, int limit) {
        ResourceTable table = tables.get(tableName(group, resource));
        return table == null ? List.of() : table.list(namespace, after, limit);
    }

    /** Runs {@code work} holding the write lock; writes made inside it commit in order. */
    public <T> T inTransaction(Supplier<T> work) {
        writeLock.lock();
        try {
            return work.get();
        } finally {
            writeLock.unlock();
        }
    }

    public StoredObject create(ObjectKey key, MapNode object) {
        return inTransaction(() -> {
            if (get(key).isPresent()) {
                throw new StoreException(StoreException.Reason.ALREADY_EXISTS, key, key + " already exists");
            }
            return commit(WatchEvent.Type.ADDED, key, object, null);
        });
    }

    /** Replaces the object; {@code expectedVersion > 0} makes it conditional on the current version. */
    public StoredObject update(ObjectKey key, MapNode object, long expectedVersion) {
        return inTransaction(() -> {
            StoredObject current = require(key, expectedVersion);
            if (current.object().equals(stampVersion(object, current.resourceVersion()))) {
                return current;
            }
            return commit(WatchEvent.Type.MODIFIED, key, object, current.object());
        });
    }

    /** Removes the object; returns its last state stamped with the deletion's version. */
    public StoredObject delete(ObjectKey key, long expectedVersion) {
        return inTransaction(() -> {
            StoredObject current = require(key, expectedVersion);
            return commit(WatchEvent.Type.DELETED, key, current.object(), current.object());
        });
    }

    /** Calls {@code listener} for every committed change from now on. */
    public void addListener(WatchListener listener) {
        listeners.add(listener);
    }

    public void removeListener(WatchListener listener) {
        listeners.remove(listener);
    }

    /**
     * Starts a watch. With {@code fromVersion > 0} the listener first gets every event after
     * that version (or {@link StoreException.Reason#GONE} when those are no longer kept); with
     * {@code fromVersion == 0} it gets an ADDED event for each current object, then changes.
     */
    public Subscription watch(WatchScope scope, long fromVersion, WatchListener listener) {
        return inTransaction(() -> {
            if (fromVersion > 0) {
                history.since(fromVersion, scope).forEach(listener::onEvent);
            } else {
                for (StoredObject stored : list(scope.group(), scope.resource(), scope.namespace())) {
                    listener.onEvent(new WatchEvent(
                            WatchEvent.Type.ADDED, stored.key(), stored.object(), null, stored.resourceVersion()));
                }
            }
            Subscription subscription = new Subscription(scope, listener);
            watchers.computeIfAbsent(scope.table(), t -> new CopyOnWriteArrayList<>()).add(subscription);
            return subscription;
        });
    }

    /** The number of open watches, for metrics and tests. */
    public int watchCount() {
        return watchers.values().stream().mapToInt(List::size).sum();
    }

    private StoredObject require(ObjectKey key, long expectedVersion) {
        StoredObject current = get(key).orElseThrow(() ->
                new StoreException(StoreException.Reason.NOT_FOUND, key, key + " not found"));
        if (expectedVersion > 0 && expectedVersion != current.resourceVersion()) {
            throw new StoreException(StoreException.Reason.CONFLICT, key,
                    "the object has been modified; please apply your changes to the latest version and try again");
        }
        return current;
    }

    private StoredObject commit(WatchEvent.Type type, ObjectKey key, MapNode object, MapNode previous) {
        long next = version + 1;
        MapNode stamped = stampVersion(object, next);
        WatchEvent event = new WatchEvent(type, key, stamped, previous, next);
        try {
            journal.append(event);
        } catch (IOException e) {
            throw new UncheckedIOException("could not record the write durably: " + e.getMessage(), e);
        }
        StoredObject stored = new StoredObject(key, stamped, next);
        if (type == WatchEvent.Type.DELETED) {
            table(key).remove(key.namespace(), key.name());
            objectCount--;
        } else {
            if (table(key).put(stored) == null) {
                objectCount++;
            }
        }
        version = next;
        history.add(event);
        publish(event);
        return stored;
    }

    private void publish(WatchEvent event) {
        List<Subscription> subscribed = watchers.get(tableName(event.key().group(), event.key().resource()));
        if (subscribed != null) {
            for (Subscription subscription : subscribed) {
                if (subscription.scope.matches(event.key())) {
                    subscription.listener.onEvent(event);
                }
            }
        }
        for (WatchListener listener : listeners) {
            listener.onEvent(event);
        }
    }

    private ResourceTable table(ObjectKey key) {
        return tables.computeIfAbsent(tableName(key.group(), key.resource()), t -> new ResourceTable());
    }

    private static String tableName(String group, String resource) {
        return group + "/" + resource;
    }

    static MapNode stampVersion(MapNode object, long version) {
        MapNode metadata = object.getMap("metadata").orElse(MapNode.empty());
        return object.with("metadata", metadata.with("resourceVersion", Node.of(Long.toString(version))));
    }

    /** An open watch; {@link #close()} stops its events. */
    public final class Subscription implements AutoCloseable {
        private final WatchScope scope;
        private final WatchListener listener;

        private Subscription(WatchScope scope, WatchListener listener) {
            this.scope = scope;
            this.listener = listener;
        }

        @Override
        public void close() {
            List<Subscription> subscribed = watchers.get(scope.table());
            if (subscribed != null) {
                subscribed.remove(this);
            }
        }
    }

    /** One resource's objects: namespace → name → object, both sorted. */
    private static final class ResourceTable {
        private final ConcurrentSkipListMap<String, ConcurrentSkipListMap<String, StoredObject>> byNamespace =
                new ConcurrentSkipListMap<>();

        Optional<StoredObject> get(String namespace, String name) {
            Map<String, StoredObject> names = byNamespace.get(namespace);
            return names == null ? Optional.empty() : Optional.ofNullable(names.get(name));
        }

        StoredObject put(StoredObject stored) {
            return byNamespace.computeIfAbsent(stored.key().namespace(), n -> new ConcurrentSkipListMap<>())
                    .put(stored.key().name(), stored);
        }

        void remove(String namespace, String name) {
            Map<String, StoredObject> names = byNamespace.get(namespace);
            if (names != null) {
                names.remove(name);
            }
        }

        List<StoredObject> list(String namespace, String after, int limit) {
            List<StoredObject> out = new ArrayList<>();
            String afterNamespace = after == null ? null : after.substring(0, after.indexOf('/'));
            String afterName = after == null ? null : after.substring(after.indexOf('/') + 1);
            Map<String, ConcurrentSkipListMap<String, StoredObject>> namespaces = namespace != null
                    ? singleNamespace(namespace)
                    : afterNamespace == null ? byNamespace : byNamespace.tailMap(afterNamespace, true);
            for (Map.Entry<String, ConcurrentSkipListMap<String, StoredObject>> entry : namespaces.entrySet()) {
                boolean resume = afterName != null && entry.getKey().equals(afterNamespace);
                Collection<StoredObject> objects = resume
                        ? entry.getValue().tailMap(afterName, false).values()
                        : entry.getValue().values();
                for (StoredObject stored : objects) {
                    if (out.size() >= limit) {
                        return out;
                    }
                    out.add(stored);
                }
            }
            return out;
        }

        private Map<String, ConcurrentSkipListMap<String, StoredObject>> singleNamespace(String namespace) {
            ConcurrentSkipListMap<String, StoredObject> names = byNamespace.get(namespace);
            return names == null ? Map.of() : Map.of(namespace, names);
        }
    }
}
