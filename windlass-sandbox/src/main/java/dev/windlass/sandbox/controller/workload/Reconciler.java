package dev.windlass.sandbox.controller.workload;

import dev.windlass.model.tree.MapNode;
import dev.windlass.sandbox.api.ApiException;
import dev.windlass.sandbox.api.Meta;
import dev.windlass.sandbox.api.ObjectService;
import dev.windlass.sandbox.api.WriteOptions;
import dev.windlass.sandbox.controller.Controller;
import dev.windlass.sandbox.controller.ControllerContext;
import dev.windlass.sandbox.resource.ApiResource;
import dev.windlass.sandbox.store.ObjectKey;
import dev.windlass.sandbox.store.WatchEvent;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A level-triggered control loop over one kind: every change that concerns an object queues one
 * reconcile of it (bursts collapse into one), and the reconcile reads the object's current state
 * and converges towards its spec. A write that loses a race (409) queues the object again.
 */
abstract class Reconciler implements Controller {

    private final Kinds kind;
    private final String name;
    private final Set<ObjectKey> queued = new HashSet<>();

    Reconciler(Kinds kind, String name) {
        this.kind = kind;
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    /** The field manager this controller writes as: {@code deployment-controller}. */
    final WriteOptions writeOptions() {
        return WriteOptions.as(name + "-controller");
    }

    @Override
    public void handle(WatchEvent event, ControllerContext context) {
        for (ObjectKey key : keysFor(event, context)) {
            enqueue(key, context);
        }
    }

    /** The objects of this controller's kind that {@code event} concerns. */
    List<ObjectKey> keysFor(WatchEvent event, ControllerContext context) {
        if (kind.is(event.key())) {
            return List.of(event.key());
        }
        return ownerKeys(event);
    }

    /** The controlling owner of the changed object (or of its previous state) when it is of this kind. */
    final List<ObjectKey> ownerKeys(WatchEvent event) {
        Set<ObjectKey> keys = new HashSet<>();
        for (MapNode state : new MapNode[] {event.object(), event.previous()}) {
            if (state != null) {
                Trees.controllerName(state, kind).ifPresent(owner -> keys.add(kind.key(event.key().namespace(), owner)));
            }
        }
        return List.copyOf(keys);
    }

    /** Queues a reconcile of {@code key} now, unless one is already queued. */
    final void enqueue(ObjectKey key, ControllerContext context) {
        if (queued.add(key)) {
            context.schedule(Duration.ZERO, () -> run(key, context));
        }
    }

    /** Queues a reconcile of {@code key} after {@code delay}. */
    final void enqueueAfter(ObjectKey key, Duration delay, ControllerContext context) {
        context.schedule(delay, () -> enqueue(key, context));
    }

    private void run(ObjectKey key, ControllerContext context) {
        queued.remove(key);
        ObjectService api = context.api();
        MapNode object;
        try {
            object = api.get(kind.in(api), key.namespace(), key.name());
        } catch (ApiException e) {
            if (e.code() == 404) {
                return;
            }
            throw e;
        }
        if (Meta.deleting(object)) {
            return;
        }
        try {
            reconcile(object, context);
        } catch (ApiException e) {
            if (e.code() != 409) {
                throw e;
            }
            enqueue(key, context);
        }
    }

    /** Converges the cluster towards {@code object}'s spec; the object is current and not being deleted. */
    abstract void reconcile(MapNode object, ControllerContext context);

    /** Writes {@code status} through {@code /status} unless it is what is stored; returns the object. */
    final MapNode writeStatus(ControllerContext context, MapNode object, MapNode status) {
        if (object.getMap("status").orElse(MapNode.empty()).equals(status)) {
            return object;
        }
        ApiResource resource = kind.in(context.api());
        return context.api().update(resource, Meta.namespace(object), Meta.name(object), object.with("status", status),
                writeOptions(), ApiResource.Subresource.STATUS);
    }

    /** Replaces the main resource (spec, metadata) with {@code updated}. */
    final MapNode writeObject(ControllerContext context, Kinds which, MapNode updated) {
        return context.api().update(which.in(context.api()), Meta.namespace(updated), Meta.name(updated), updated,
                writeOptions(), null);
    }

    final Kinds kind() {
        return kind;
    }
}
