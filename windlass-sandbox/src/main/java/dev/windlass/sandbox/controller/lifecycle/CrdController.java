package dev.windlass.sandbox.controller.lifecycle;

import dev.windlass.model.tree.MapNode;
import dev.windlass.sandbox.api.ApiException;
import dev.windlass.sandbox.api.DeleteOptions;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The apiextensions controllers: a stored CRD is served ({@link dev.windlass.sandbox.resource.ResourceRegistry#applyCrd})
 * and gets its status (NamesAccepted, Established, acceptedNames, storedVersions); a deleted CRD
 * first loses its custom objects (the {@code customresourcecleanup.apiextensions.k8s.io}
 * finalizer holds it meanwhile, with a Terminating condition), then is no longer served.
 */
public final class CrdController implements Controller {

    private static final WriteOptions AS_SERVER = WriteOptions.as("kube-apiserver");
    private static final Duration RECHECK = Duration.ofSeconds(1);

    /** CRDs being cleaned up, by the storage table ({@code group/plural}) of their objects. */
    private final Map<String, String> cleaning = new HashMap<>();
    /** The resource each CRD was last served as, so objects can be removed after the CRD is gone. */
    private final Map<String, ApiResource> served = new HashMap<>();

    @Override
    public String name() {
        return "customresourcedefinitions";
    }

    @Override
    public boolean interestedIn(ObjectKey key) {
        return isCrd(key) || cleaning.containsKey(key.group() + "/" + key.resource());
    }

    @Override
    public void handle(WatchEvent event, ControllerContext context) {
        if (!isCrd(event.key())) {
            cleanUp(cleaning.get(event.key().group() + "/" + event.key().resource()), context);
            return;
        }
        String name = event.key().name();
        if (event.type() == WatchEvent.Type.DELETED) {
            deleteObjects(context.api(), served.remove(name));
            context.api().registry().removeCrd(name);
            cleaning.values().remove(name);
        } else if (Meta.deleting(event.object())) {
            cleanUp(name, context);
        } else {
            establish(event.object(), context);
        }
    }

    private void establish(MapNode crd, ControllerContext context) {
        ObjectService api = context.api();
        try {
            api.registry().applyCrd(crd);
        } catch (ApiException invalid) {
            return;
        }
        resourceOf(api, crd).ifPresent(resource -> served.put(Meta.name(crd), resource));
        MapNode status = CrdStatus.established(crd, context.clock().instant());
        writeStatus(api, crd, status);
    }

    /** Deletes the CRD's objects; once none remain, removes the cleanup finalizer. */
    private void cleanUp(String crdName, ControllerContext context) {
        if (crdName == null) {
            return;
        }
        ObjectService api = context.api();
        Optional<MapNode> crd = api.store().get(ObjectKey.clusterScoped(Resources.CRDS_GROUP,
                "customresourcedefinitions", crdName)).map(StoredObject::object);
        ApiResource resource = crd.isEmpty() ? null : served.getOrDefault(crdName, resourceOf(api, crd.get()).orElse(null));
        if (crd.isEmpty() || !Meta.finalizers(crd.get()).contains(CrdAdmission.CLEANUP_FINALIZER)) {
            return;
        }
        if (resource != null) {
            cleaning.put(resource.group() + "/" + resource.plural(), crdName);
        }
        writeStatus(api, crd.get(), CrdStatus.terminating(crd.get(), context.clock().instant()));
        if (deleteObjects(api, resource) > 0) {
            context.schedule(RECHECK, () -> cleanUp(crdName, context));
            return;
        }
        MapNode latest = api.store().get(ObjectKey.clusterScoped(Resources.CRDS_GROUP, "customresourcedefinitions",
                crdName)).map(StoredObject::object).orElse(crd.get());
        List<String> rest = Meta.finalizers(latest).stream().filter(f -> !f.equals(CrdAdmission.CLEANUP_FINALIZER)).toList();
        ApiResource crds = crdsResource(api);
        if (!Writes.attempt(() -> api.update(crds, "", crdName, Meta.withFinalizers(latest, rest), AS_SERVER, null))) {
            context.schedule(RECHECK, () -> cleanUp(crdName, context));
        }
    }

    /** Deletes every object of {@code resource} not already being deleted; returns how many remain. */
    private static int deleteObjects(ObjectService api, ApiResource resource) {
        if (resource == null) {
            return 0;
        }
        for (StoredObject stored : api.store().list(resource.group(), resource.plural(), null)) {
            if (!Meta.deleting(stored.object())) {
                Writes.attempt(() -> api.delete(resource, stored.key().namespace(), stored.key().name(),
                        new DeleteOptions(null, Meta.uid(stored.object()), null, false)));
            }
        }
        return api.store().list(resource.group(), resource.plural(), null).size();
    }

    private static void writeStatus(ObjectService api, MapNode crd, MapNode status) {
        if (status.equals(crd.getMap("status").orElse(MapNode.empty()))) {
            return;
        }
        Writes.attempt(() -> api.update(crdsResource(api), "", Meta.name(crd), crd.with("status", status), AS_SERVER,
                ApiResource.Subresource.STATUS));
    }

    private static Optional<ApiResource> resourceOf(ObjectService api, MapNode crd) {
        MapNode spec = crd.getMap("spec").orElse(MapNode.empty());
        return Resources.of(api.registry(), spec.getText("group").orElse(""),
                spec.getMap("names").flatMap(n -> n.getText("plural")).orElse(""));
    }

    private static ApiResource crdsResource(ObjectService api) {
        return Resources.of(api.registry(), Resources.CRDS_GROUP, "customresourcedefinitions").orElseThrow();
    }

    private static boolean isCrd(ObjectKey key) {
        return Resources.is(key, Resources.CRDS_GROUP, "customresourcedefinitions");
    }

}
