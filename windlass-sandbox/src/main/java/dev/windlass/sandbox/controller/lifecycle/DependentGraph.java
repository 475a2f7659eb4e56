package dev.windlass.sandbox.controller.lifecycle;

import dev.windlass.model.tree.MapNode;
import dev.windlass.sandbox.api.Meta;
import dev.windlass.sandbox.store.ObjectKey;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The garbage collector's view of ownership: which stored objects name which owner uids. Built
 * from the store's changes (and one scan of the store at start); owners need not exist, so a
 * dependent whose owner was never created is indexed under that uid too.
 */
final class DependentGraph {

    private final Map<String, Set<ObjectKey>> dependentsByOwner = new HashMap<>();
    private final Map<ObjectKey, List<String>> ownersByDependent = new HashMap<>();

    /** Records {@code object}'s current owner references (null: it was deleted). */
    void observe(ObjectKey key, MapNode object) {
        List<String> before = ownersByDependent.getOrDefault(key, List.of());
        List<String> after = object == null ? List.of() : OwnerRef.of(object).stream().map(OwnerRef::uid).toList();
        if (before.equals(after)) {
            return;
        }
        for (String uid : before) {
            Set<ObjectKey> dependents = dependentsByOwner.get(uid);
            if (dependents != null) {
                dependents.remove(key);
                if (dependents.isEmpty()) {
                    dependentsByOwner.remove(uid);
                }
            }
        }
        if (after.isEmpty()) {
            ownersByDependent.remove(key);
        } else {
            ownersByDependent.put(key, after);
            after.forEach(uid -> dependentsByOwner.computeIfAbsent(uid, u -> new LinkedHashSet<>()).add(key));
        }
    }

    /** The keys of objects that name {@code ownerUid} as an owner, in the order they were seen. */
    List<ObjectKey> dependentsOf(String ownerUid) {
        return List.copyOf(dependentsByOwner.getOrDefault(ownerUid, Set.of()));
    }

    boolean hasDependents(MapNode owner) {
        return dependentsByOwner.containsKey(Meta.uid(owner));
    }
}
