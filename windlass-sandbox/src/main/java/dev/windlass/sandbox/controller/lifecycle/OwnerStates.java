package dev.windlass.sandbox.controller.lifecycle;

import dev.windlass.model.tree.MapNode;
import dev.windlass.sandbox.api.Meta;
import dev.windlass.sandbox.api.ObjectService;
import dev.windlass.sandbox.resource.ApiResource;
import dev.windlass.sandbox.store.ObjectKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A dependent's owners sorted as the garbage collector needs them: {@code solid} (present, or
 * not resolvable, so the dependent stays), {@code dangling} (absent, or present with another
 * uid) and {@code waiting} (present and deleting in the foreground, waiting for its dependents).
 */
record OwnerStates(List<OwnerRef> solid, List<OwnerRef> dangling, List<OwnerRef> waiting) {

    /** An owner found in the store. */
    record Owner(ObjectKey key, MapNode object) {
    }

    static OwnerStates classify(ObjectService api, ObjectKey dependent, List<OwnerRef> refs) {
        List<OwnerRef> solid = new ArrayList<>();
        List<OwnerRef> dangling = new ArrayList<>();
        List<OwnerRef> waiting = new ArrayList<>();
        for (OwnerRef ref : refs) {
            Optional<ObjectKey> key = ownerKey(api, dependent, ref);
            if (key.isEmpty()) {
                solid.add(ref);
                continue;
            }
            Optional<MapNode> owner = find(api, key.get(), ref);
            if (owner.isEmpty()) {
                dangling.add(ref);
            } else if (Meta.deleting(owner.get()) && Meta.finalizers(owner.get()).contains(GarbageCollector.FOREGROUND)) {
                waiting.add(ref);
            } else {
                solid.add(ref);
            }
        }
        return new OwnerStates(List.copyOf(solid), List.copyOf(dangling), List.copyOf(waiting));
    }

    /** The owner {@code ref} names, when it resolves and exists with that uid. */
    static Optional<Owner> resolve(ObjectService api, ObjectKey dependent, OwnerRef ref) {
        return ownerKey(api, dependent, ref).flatMap(key -> find(api, key, ref).map(object -> new Owner(key, object)));
    }

    List<OwnerRef> all() {
        List<OwnerRef> all = new ArrayList<>(solid);
        all.addAll(dangling);
        all.addAll(waiting);
        return all;
    }

    Set<String> deadOrWaitingUids() {
        Set<String> uids = new HashSet<>();
        dangling.forEach(ref -> uids.add(ref.uid()));
        waiting.forEach(ref -> uids.add(ref.uid()));
        return uids;
    }

    /** Where the owner would be stored; empty when the reference cannot be resolved. */
    private static Optional<ObjectKey> ownerKey(ObjectService api, ObjectKey dependent, OwnerRef ref) {
        Optional<ApiResource> resource = Resources.byKind(api.registry(), ref.group(), ref.kind());
        if (resource.isEmpty() || (resource.get().namespaced() && dependent.namespace().isEmpty())) {
            return Optional.empty();
        }
        ApiResource r = resource.get();
        return Optional.of(new ObjectKey(r.group(), r.plural(), r.namespaced() ? dependent.namespace() : "", ref.name()));
    }

    private static Optional<MapNode> find(ObjectService api, ObjectKey key, OwnerRef ref) {
        return api.store().get(key).map(s -> s.object()).filter(o -> Meta.uid(o).equals(ref.uid()));
    }
}
