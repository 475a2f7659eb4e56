package dev.windlass.sandbox.controller.lifecycle;

import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.api.DeleteOptions;
import dev.windlass.sandbox.api.Meta;
import dev.windlass.sandbox.api.ObjectService;
import dev.windlass.sandbox.api.WriteOptions;
import dev.windlass.sandbox.controller.Controller;
import dev.windlass.sandbox.controller.ControllerContext;
import dev.windlass.sandbox.controller.events.ClusterEvents;
import dev.windlass.sandbox.resource.ApiResource;
import dev.windlass.sandbox.store.ObjectKey;
import dev.windlass.sandbox.store.StoredObject;
import dev.windlass.sandbox.store.WatchEvent;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A dynamic provisioner and the PV binder in one: after the ready delay an unbound
 * PersistentVolumeClaim gets a PersistentVolume {@code pvc-<uid>} (a host path under
 * {@value #ROOT}, reclaim policy Delete) and both are marked {@code Bound}. Deleting the claim
 * deletes its volume.
 */
public final class VolumeController implements Controller {

    static final String ROOT = "/tmp/sandbox";
    private static final WriteOptions AS_CONTROLLER = WriteOptions.as("kube-controller-manager");

    private final Set<ObjectKey> pending = new HashSet<>();

    @Override
    public String name() {
        return "persistentvolume-binder";
    }

    @Override
    public boolean interestedIn(ObjectKey key) {
        return Resources.is(key, "", "persistentvolumeclaims");
    }

    @Override
    public void handle(WatchEvent event, ControllerContext context) {
        MapNode claim = event.object();
        if (event.type() == WatchEvent.Type.DELETED) {
            release(context.api(), claim);
            return;
        }
        boolean unbound = claim.getMap("spec").flatMap(s -> s.getText("volumeName")).isEmpty();
        if (unbound && !Meta.deleting(claim) && pending.add(event.key())) {
            context.schedule(context.readyDelay(), () -> {
                pending.remove(event.key());
                bind(event.key(), context.api());
                ClusterEvents.provisionedIfBound(context, event.key());
            });
        }
    }

    private static void bind(ObjectKey key, ObjectService api) {
        Optional<MapNode> claim = api.store().get(key).map(StoredObject::object);
        if (claim.isEmpty() || Meta.deleting(claim.get())
                || claim.get().getMap("spec").flatMap(s -> s.getText("volumeName")).isPresent()) {
            return;
        }
        MapNode spec = claim.get().getMap("spec").orElse(MapNode.empty());
        String volumeName = "pvc-" + Meta.uid(claim.get());
        ApiResource volumes = Resources.core(api.registry(), "persistentvolumes");
        ApiResource claims = Resources.core(api.registry(), "persistentvolumeclaims");
        Node accessModes = spec.get("accessModes").orElse(ListNode.of(Node.of("ReadWriteOnce")));
        MapNode capacity = spec.getMap("resources").flatMap(r -> r.getMap("requests"))
                .flatMap(r -> r.get("storage")).map(s -> MapNode.of("storage", s)).orElse(MapNode.empty());
        if (api.store().get(ObjectKey.clusterScoped("", "persistentvolumes", volumeName)).isEmpty()) {
            MapNode volume = PersistentVolumes.provision(claim.get(), volumeName, accessModes, capacity);
            if (!Writes.attempt(() -> api.create(volumes, "", volume, AS_CONTROLLER))) {
                return;
            }
            MapNode created = api.get(volumes, "", volumeName);
            Writes.attempt(() -> api.update(volumes, "", volumeName, created.with("status", MapNode.of("phase", "Bound")),
                    AS_CONTROLLER, ApiResource.Subresource.STATUS));
        }
        MapNode bound = PersistentVolumes.boundClaim(claim.get(), volumeName);
        if (!Writes.attempt(() -> api.update(claims, key.namespace(), key.name(), bound, AS_CONTROLLER, null))) {
            return;
        }
        MapNode stored = api.get(claims, key.namespace(), key.name());
        MapNode status = MapNode.of("phase", "Bound", "accessModes", accessModes, "capacity", capacity);
        Writes.attempt(() -> api.update(claims, key.namespace(), key.name(), stored.with("status", status),
                AS_CONTROLLER, ApiResource.Subresource.STATUS));
    }

    /** Deletes the volume provisioned for a deleted claim. */
    private static void release(ObjectService api, MapNode claim) {
        String volumeName = "pvc-" + Meta.uid(claim);
        api.store().get(ObjectKey.clusterScoped("", "persistentvolumes", volumeName)).ifPresent(volume ->
                Writes.attempt(() -> api.delete(Resources.core(api.registry(), "persistentvolumes"), "", volumeName,
                        new DeleteOptions(null, Meta.uid(volume.object()), null, false))));
    }
}
