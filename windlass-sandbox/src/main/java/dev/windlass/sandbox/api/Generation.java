package dev.windlass.sandbox.api;

import dev.windlass.model.tree.MapNode;
import dev.windlass.sandbox.resource.ApiResource;
import dev.windlass.sandbox.resource.ApiResource.Subresource;
import dev.windlass.sandbox.resource.ResourceRegistry;
import java.util.Set;

/**
 * {@code metadata.generation}: set to 1 on create and bumped when anything but metadata and status
 * changes, for the kinds whose real storage strategy does so (the workload kinds, custom
 * resources and other non-core kinds with a status), never for core kinds such as ConfigMap.
 */
final class Generation {

    private static final Set<String> BUILTIN_GROUPS_WITHOUT_STATUS_GENERATION = Set.of(
            "rbac.authorization.k8s.io", "coordination.k8s.io", "storage.k8s.io", "events.k8s.io");

    private Generation() {
    }

    static boolean tracked(ApiResource resource, ResourceRegistry registry) {
        if (resource.group().isEmpty() || BUILTIN_GROUPS_WITHOUT_STATUS_GENERATION.contains(resource.group())) {
            return false;
        }
        return resource.has(Subresource.STATUS) || !resource.group().endsWith("k8s.io")
                || resource.group().equals("apiextensions.k8s.io")
                || resource.group().equals("admissionregistration.k8s.io");
    }

    static boolean specChanged(MapNode before, MapNode after) {
        return !withoutMetadataAndStatus(before).equals(withoutMetadataAndStatus(after));
    }

    private static MapNode withoutMetadataAndStatus(MapNode object) {
        return object.without("metadata").without("status");
    }
}
