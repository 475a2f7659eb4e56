package dev.windlass.kube;

import dev.windlass.model.GroupKind;
import dev.windlass.model.KubeObject;
import dev.windlass.model.ResourceKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Live objects that carry an application's tracking mark, by application and by key. Each change
 * returns the applications it affected (both, when an object moves from one application to
 * another), so listeners can be told outside the lock.
 */
final class TrackedIndex {

    private record Entry(String application, KubeObject object) {
    }

    private final Map<ResourceKey, Entry> byKey = new HashMap<>();
    private final Map<String, Map<ResourceKey, KubeObject>> byApplication = new HashMap<>();

    /** Records {@code object} as tracked by {@code application}, or as untracked when that is empty. */
    synchronized Set<String> put(KubeObject object, Optional<String> application) {
        ResourceKey key = object.key();
        Set<String> affected = new LinkedHashSet<>(remove(key));
        application.ifPresent(app -> {
            byKey.put(key, new Entry(app, object));
            byApplication.computeIfAbsent(app, a -> new HashMap<>()).put(key, object);
            affected.add(app);
        });
        return affected;
    }

    /** Forgets the object at {@code key}; returns its application, if it had one. */
    synchronized Set<String> remove(ResourceKey key) {
        Entry gone = byKey.remove(key);
        if (gone == null) {
            return Set.of();
        }
        Map<ResourceKey, KubeObject> objects = byApplication.get(gone.application());
        if (objects != null) {
            objects.remove(key);
            if (objects.isEmpty()) {
                byApplication.remove(gone.application());
            }
        }
        return Set.of(gone.application());
    }

    /** Forgets every object of {@code kind} (its informer stopped); returns the applications affected. */
    synchronized Set<String> removeKind(GroupKind kind) {
        Set<String> affected = new LinkedHashSet<>();
        for (Iterator<Map.Entry<ResourceKey, Entry>> it = byKey.entrySet().iterator(); it.hasNext();) {
            Map.Entry<ResourceKey, Entry> entry = it.next();
            if (entry.getKey().groupKind().equals(kind)) {
                it.remove();
                String app = entry.getValue().application();
                Map<ResourceKey, KubeObject> objects = byApplication.get(app);
                objects.remove(entry.getKey());
                if (objects.isEmpty()) {
                    byApplication.remove(app);
                }
                affected.add(app);
            }
        }
        return affected;
    }

    /** The objects {@code application} tracks, sorted by key. */
    synchronized List<KubeObject> of(String application) {
        List<KubeObject> out = new ArrayList<>(byApplication.getOrDefault(application, Map.of()).values());
        out.sort((a, b) -> a.key().compareTo(b.key()));
        return out;
    }

    /** The tracked object at {@code key}, if any. */
    synchronized Optional<KubeObject> get(ResourceKey key) {
        Entry entry = byKey.get(key);
        return entry == null ? Optional.empty() : Optional.of(entry.object());
    }

    synchronized int size() {
        return byKey.size();
    }
}
