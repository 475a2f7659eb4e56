package dev.windlass.sandbox.controller.lifecycle;

import dev.windlass.model.GroupKind;
import dev.windlass.model.tree.IntNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.sandbox.api.ApiException;
import dev.windlass.sandbox.resource.ApiResource;
import dev.windlass.sandbox.resource.ResourceRegistry;
import dev.windlass.sandbox.store.ObjectKey;
import dev.windlass.sandbox.store.ObjectStore;
import dev.windlass.sandbox.store.StoredObject;
import java.util.Optional;

/**
 * Finding a HorizontalPodAutoscaler's scale target as kube-controller-manager does: the
 * {@code scaleTargetRef} apiVersion parsed as a group/version, the kind mapped to a served
 * resource of that group (any version), then that resource's {@code /scale}. Each failure carries
 * the error text the real controller puts after "unable to get the target's current scale: ".
 */
final class ScaleTargets {

    private ScaleTargets() {
    }

    /** The outcome of reading a target's scale. */
    sealed interface Lookup permits Found, Failed {
    }

    /**
     * The target's scale: {@code spec.replicas} (1 when unset, as the sandbox's {@code /scale} reads it)
     * and whether it has a label selector.
     */
    record Found(ApiResource resource, MapNode target, long replicas, boolean hasSelector) implements Lookup {
    }

    /** Why the scale could not be read, in the words of the error the real controller reports. */
    record Failed(String error) implements Lookup {
    }

    /** The group and kind {@code scaleTargetRef} names, or an empty result when its apiVersion does not parse. */
    static Optional<GroupKind> groupKind(MapNode reference) {
        String apiVersion = reference.getText("apiVersion").orElse("");
        long slashes = apiVersion.chars().filter(c -> c == '/').count();
        if (slashes > 1 && !apiVersion.equals("/")) {
            return Optional.empty();
        }
        String group = slashes == 1 ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        return Optional.of(new GroupKind(group, reference.getText("kind").orElse("")));
    }

    static Lookup lookup(ResourceRegistry registry, ObjectStore store, String namespace, MapNode reference) {
        Optional<GroupKind> groupKind = groupKind(reference);
        if (groupKind.isEmpty()) {
            return new Failed("unexpected GroupVersion string: " + reference.getText("apiVersion").orElse(""));
        }
        String group = groupKind.get().group();
        String kind = groupKind.get().kind();
        Optional<ApiResource> resource = Resources.byKind(registry, group, kind);
        if (resource.isEmpty()) {
            return new Failed("no matches for kind \"" + kind + "\" in group \"" + group + "\"");
        }
        if (!resource.get().has(ApiResource.Subresource.SCALE)) {
            return new Failed("the server could not find the requested resource");
        }
        String name = reference.getText("name").orElse("");
        Optional<MapNode> target = store.get(new ObjectKey(group, resource.get().plural(), namespace, name))
                .map(StoredObject::object);
        if (target.isEmpty()) {
            return new Failed(ApiException.notFound(group, resource.get().plural(), name).getMessage());
        }
        MapNode spec = target.get().getMap("spec").orElse(MapNode.empty());
        long replicas = spec.get("replicas").filter(IntNode.class::isInstance).map(n -> ((IntNode) n).value())
                .orElse(1L);
        return new Found(resource.get(), target.get(), replicas, spec.getMap("selector").isPresent());
    }
}
