package dev.windlass.sandbox.discovery;

import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.resource.ApiResource;
import dev.windlass.sandbox.resource.ApiResource.Subresource;
import dev.windlass.sandbox.resource.ResourceRegistry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Builds {@code APIGroupDiscoveryList} bodies: groups, their versions preferred first, resources by name. */
final class AggregatedDiscovery {

    private AggregatedDiscovery() {
    }

    static MapNode list(ResourceRegistry registry, List<String> groups, DiscoveryFormat format) {
        if (!format.aggregated()) {
            throw new IllegalArgumentException("aggregated discovery needs an aggregated format, not " + format);
        }
        List<Node> items = new ArrayList<>();
        for (String group : groups) {
            if (!registry.versions(group).isEmpty()) {
                items.add(group(registry, group));
            }
        }
        return MapNode.of("kind", "APIGroupDiscoveryList", "apiVersion", format.apiVersion(),
                "metadata", MapNode.empty(), "items", items);
    }

    private static MapNode group(ResourceRegistry registry, String group) {
        MapNode.Builder metadata = MapNode.builder();
        if (!group.isEmpty()) {
            metadata.put("name", Node.of(group));
        }
        metadata.put("creationTimestamp", Node.nullNode());
        List<Node> versions = new ArrayList<>();
        for (String version : registry.versions(group)) {
            List<ApiResource> resources = new ArrayList<>(registry.resources(group, version));
            resources.sort(Comparator.comparing(ApiResource::plural));
            List<Node> entries = new ArrayList<>();
            resources.forEach(r -> entries.add(resource(r)));
            versions.add(MapNode.of("version", version, "resources", entries, "freshness", "Current"));
        }
        return MapNode.of("metadata", metadata.build(), "versions", versions);
    }

    private static MapNode resource(ApiResource r) {
        MapNode.Builder entry = MapNode.builder()
                .put("resource", Node.of(r.plural()))
                .put("responseKind", kind("", "", r.kind()))
                .put("scope", Node.of(r.namespaced() ? "Namespaced" : "Cluster"))
                .put("singularResource", Node.of(r.singular()))
                .put("verbs", Node.from(r.verbs()));
        if (!r.shortNames().isEmpty()) {
            entry.put("shortNames", Node.from(r.shortNames()));
        }
        if (!r.categories().isEmpty()) {
            entry.put("categories", Node.from(r.categories()));
        }
        List<Node> subresources = new ArrayList<>();
        if (r.has(Subresource.SCALE)) {
            subresources.add(subresource("scale", kind(DiscoveryDocuments.SCALE.group(),
                    DiscoveryDocuments.SCALE.version(), DiscoveryDocuments.SCALE.kind())));
        }
        if (r.has(Subresource.STATUS)) {
            subresources.add(subresource("status", kind("", "", r.kind())));
        }
        if (!subresources.isEmpty()) {
            entry.put("subresources", Node.list(subresources));
        }
        return entry.build();
    }

    private static MapNode subresource(String name, MapNode responseKind) {
        return MapNode.of("subresource", name, "responseKind", responseKind,
                "verbs", DiscoveryDocuments.SUBRESOURCE_VERBS);
    }

    private static MapNode kind(String group, String version, String kind) {
        return MapNode.of("group", group, "version", version, "kind", kind);
    }
}
