package dev.windlass.sandbox.controller.lifecycle;

import dev.windlass.model.tree.MapNode;
import dev.windlass.sandbox.api.DeleteOptions;
import dev.windlass.sandbox.api.DeleteOptions.Propagation;
import dev.windlass.sandbox.api.Meta;
import dev.windlass.sandbox.api.ObjectService;
import dev.windlass.sandbox.api.WriteOptions;
import dev.windlass.sandbox.controller.Controller;
import dev.windlass.sandbox.controller.ControllerContext;
import dev.windlass.sandbox.resource.ApiResource;
import dev.windlass.sandbox.store.ObjectKey;
import dev.windlass.sandbox.store.StoredObject;
import dev.windlass.sandbox.store.WatchEvent;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * kube-controller-manager's garbage collector. Deletes dependents whose every owner is gone
 * (in the background, or in the foreground when an owner waits for them and they have
 * dependents of their own), drops references to absent owners while a live owner remains,
 * orphans dependents of an owner deleted with the {@code orphan} finalizer and releases an owner
 * deleted in the foreground once no dependent with {@code blockOwnerDeletion} remains.
 *
 * <p>An owner is checked the way the real collector verifies one: by kind, name and namespace,
 * with a matching uid. A namespaced owner must be in its dependent's namespace; a kind the
 * registry does not serve, or a namespaced owner of a cluster-scoped dependent, cannot be
 * resolved and keeps the dependent.
 */
public final class GarbageCollector implements Controller {

    static final String FOREGROUND = "foregroundDeletion";
    static final String ORPHAN = "orphan";
    private static final WriteOptions AS_GC = WriteOptions.as("kube-controller-manager");
    private static final Duration RETRY = Duration.ofMillis(200);

    private final DependentGraph graph = new DependentGraph();
    private final Set<ObjectKey> retrying = new HashSet<>();
    private boolean primed;

    @Override
    public String name() {
        return "garbage-collector";
    }

    @Override
    public boolean interestedIn(ObjectKey key) {
        return true;
    }

    @Override
    public void handle(WatchEvent event, ControllerContext context) {
        if (!primed) {
            prime(context);
        }
        boolean deleted = event.type() == WatchEvent.Type.DELETED;
        graph.observe(event.key(), deleted ? null : event.object());
        if (deleted) {
            graph.dependentsOf(Meta.uid(event.object())).forEach(key -> attemptToDelete(key, context));
        } else {
            process(event.key(), event.object(), context);
        }
        Set<OwnerRef> refs = new HashSet<>(OwnerRef.of(event.previous()));
        refs.addAll(OwnerRef.of(event.object()));
        refs.forEach(ref -> recheckWaitingOwner(event.key(), ref, context));
    }

    /** Indexes what the store held before the first change this collector saw, then acts on it. */
    private void prime(ControllerContext context) {
        primed = true;
        ObjectService api = context.api();
        List<StoredObject> all = Resources.distinct(api.registry()).stream()
                .flatMap(r -> api.store().list(r.group(), r.plural(), null).stream()).toList();
        all.forEach(stored -> graph.observe(stored.key(), stored.object()));
        all.forEach(stored -> process(stored.key(), stored.object(), context));
    }

    private void process(ObjectKey key, MapNode object, ControllerContext context) {
        if (Meta.deleting(object)) {
            List<String> finalizers = Meta.finalizers(object);
            if (finalizers.contains(ORPHAN)) {
                orphanDependents(key, object, context);
            } else if (finalizers.contains(FOREGROUND)) {
                deleteDependentsFirst(key, object, context);
            }
        } else if (!OwnerRef.of(object).isEmpty()) {
            attemptToDelete(key, context);
        }
    }

    /** Deletes the dependent at {@code key} when none of its owners remains, or prunes dead references. */
    private void attemptToDelete(ObjectKey key, ControllerContext context) {
        Optional<MapNode> current = current(context, key);
        Optional<ApiResource> resource = Resources.of(context.api().registry(), key);
        if (current.isEmpty() || resource.isEmpty() || Meta.deleting(current.get())) {
            return;
        }
        MapNode item = current.get();
        OwnerStates owners = OwnerStates.classify(context.api(), key, OwnerRef.of(item));
        if (owners.all().isEmpty()) {
            return;
        }
        if (!owners.solid().isEmpty()) {
            Set<String> dead = owners.deadOrWaitingUids();
            if (!dead.isEmpty()) {
                write(key, context, () -> update(context, resource.get(), OwnerRef.retain(item, r -> !dead.contains(r.uid()))));
            }
            return;
        }
        Propagation propagation = !owners.waiting().isEmpty() && graph.hasDependents(item)
                ? Propagation.FOREGROUND : propagationOf(item);
        write(key, context, () -> context.api().delete(resource.get(), key.namespace(), key.name(),
                new DeleteOptions(propagation, Meta.uid(item), null, false)));
    }

    /** Foreground deletion: delete the dependents, release the owner once none blocks it. */
    private void deleteDependentsFirst(ObjectKey key, MapNode owner, ControllerContext context) {
        String uid = Meta.uid(owner);
        boolean blocked = false;
        for (ObjectKey dependentKey : graph.dependentsOf(uid)) {
            Optional<MapNode> dependent = current(context, dependentKey);
            Optional<OwnerRef> ref = dependent.flatMap(d -> OwnerRef.of(d).stream().filter(r -> r.uid().equals(uid)).findFirst());
            if (ref.isEmpty()) {
                continue;
            }
            blocked |= ref.get().blockOwnerDeletion();
            if (!Meta.deleting(dependent.get())) {
                attemptToDelete(dependentKey, context);
            }
        }
        if (!blocked) {
            removeFinalizer(key, FOREGROUND, context);
        }
    }

    /** Orphan deletion: remove this owner from every dependent's references, then the finalizer. */
    private void orphanDependents(ObjectKey key, MapNode owner, ControllerContext context) {
        String uid = Meta.uid(owner);
        for (ObjectKey dependentKey : graph.dependentsOf(uid)) {
            Optional<MapNode> dependent = current(context, dependentKey);
            Optional<ApiResource> resource = Resources.of(context.api().registry(), dependentKey);
            if (dependent.isEmpty() || resource.isEmpty()
                    || OwnerRef.of(dependent.get()).stream().noneMatch(r -> r.uid().equals(uid))) {
                continue;
            }
            boolean done = write(key, context, () -> update(context, resource.get(),
                    OwnerRef.retain(dependent.get(), r -> !r.uid().equals(uid))));
            if (!done) {
                return;
            }
        }
        removeFinalizer(key, ORPHAN, context);
    }

    /** A dependent changed or went: an owner waiting for its dependents may now be free to go. */
    private void recheckWaitingOwner(ObjectKey dependentKey, OwnerRef ref, ControllerContext context) {
        OwnerStates.resolve(context.api(), dependentKey, ref)
                .filter(owner -> Meta.deleting(owner.object()) && Meta.finalizers(owner.object()).contains(FOREGROUND))
                .ifPresent(owner -> deleteDependentsFirst(owner.key(), owner.object(), context));
    }

    private void removeFinalizer(ObjectKey key, String finalizer, ControllerContext context) {
        Optional<MapNode> current = current(context, key);
        Optional<ApiResource> resource = Resources.of(context.api().registry(), key);
        if (current.isEmpty() || resource.isEmpty() || !Meta.finalizers(current.get()).contains(finalizer)) {
            return;
        }
        List<String> rest = Meta.finalizers(current.get()).stream().filter(f -> !f.equals(finalizer)).toList();
        write(key, context, () -> update(context, resource.get(), Meta.withFinalizers(current.get(), rest)));
    }

    /** Runs a write; when it loses a race, processes {@code key} again a little later. */
    private boolean write(ObjectKey key, ControllerContext context, Runnable change) {
        if (Writes.attempt(change)) {
            return true;
        }
        if (retrying.add(key)) {
            context.schedule(RETRY, () -> {
                retrying.remove(key);
                current(context, key).ifPresent(object -> process(key, object, context));
            });
        }
        return false;
    }

    private static void update(ControllerContext context, ApiResource resource, MapNode object) {
        context.api().update(resource, Meta.namespace(object), Meta.name(object), object, AS_GC, null);
    }

    private static Optional<MapNode> current(ControllerContext context, ObjectKey key) {
        return context.api().store().get(key).map(StoredObject::object);
    }

    private static Propagation propagationOf(MapNode item) {
        List<String> finalizers = Meta.finalizers(item);
        if (finalizers.contains(ORPHAN)) {
            return Propagation.ORPHAN;
        }
        return finalizers.contains(FOREGROUND) ? Propagation.FOREGROUND : Propagation.BACKGROUND;
    }
}
