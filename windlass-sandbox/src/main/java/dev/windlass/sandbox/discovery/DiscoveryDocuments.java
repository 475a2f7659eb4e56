package dev.windlass.sandbox.discovery;

import dev.windlass.model.GroupVersionKind;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.resource.ApiResource;
import dev.windlass.sandbox.resource.ApiResource.Subresource;
import dev.windlass.sandbox.resource.ResourceRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The discovery bodies kube-apiserver answers with, built from a {@link ResourceRegistry}:
 * {@code /api} (APIVersions), {@code /apis} (APIGroupList), {@code /apis/{group}} (APIGroup),
 * {@code /api/v1} and {@code /apis/{group}/{version}} (APIResourceList), and the aggregated
 * {@code APIGroupDiscoveryList} for {@code /api} and {@code /apis} (see {@link DiscoveryFormat}).
 * Bodies depend only on the registry's content, so they can be cached per
 * {@link ResourceRegistry#generation()}.
 */
public final class DiscoveryDocuments {

    /** The verbs of the {@code status} and {@code scale} subresources. */
    static final List<String> SUBRESOURCE_VERBS = List.of("get", "patch", "update");
    static final GroupVersionKind SCALE = new GroupVersionKind("autoscaling", "v1", "Scale");

    private DiscoveryDocuments() {
    }

    /** {@code /api}: the core group's versions and the address clients should use. */
    public static MapNode apiVersions(String serverAddress) {
        return MapNode.of(
                "kind", "APIVersions",
                "versions", List.of("v1"),
                "serverAddressByClientCIDRs", List.of(MapNode.of("clientCIDR", "0.0.0.0/0", "serverAddress", serverAddress)));
    }

    /** {@code /apis}: every named group with its versions, preferred first. */
    public static MapNode groupList(ResourceRegistry registry) {
        List<Node> groups = new ArrayList<>();
        for (String group : registry.groupNames()) {
            if (!group.isEmpty()) {
                groups.add(groupBody(registry, group));
            }
        }
        return MapNode.of("kind", "APIGroupList", "apiVersion", "v1", "groups", groups);
    }

    /** {@code /apis/{group}}, or empty when the group is not served (or is the core group). */
    public static Optional<MapNode> group(ResourceRegistry registry, String group) {
        if (group.isEmpty() || registry.versions(group).isEmpty()) {
            return Optional.empty();
        }
        MapNode body = groupBody(registry, group);
        return Optional.of(MapNode.builder().put("kind", Node.of("APIGroup")).put("apiVersion", Node.of("v1"))
                .apply(b -> body.asJavaMap().forEach(b::put)).build());
    }

    /**
     * {@code /api/v1} or {@code /apis/{group}/{version}}: the resources with their {@code status}
     * and {@code scale} entries, sorted by name; empty when that group version is not served.
     */
    public static Optional<MapNode> resourceList(ResourceRegistry registry, String group, String version) {
        List<ApiResource> resources = registry.resources(group, version);
        if (resources.isEmpty()) {
            return Optional.empty();
        }
        List<MapNode> entries = new ArrayList<>();
        for (ApiResource r : resources) {
            entries.add(resourceEntry(registry, r));
            for (Subresource sub : Subresource.values()) {
                if (r.has(sub)) {
                    entries.add(subresourceEntry(r, sub));
                }
            }
        }
        entries.sort(Comparator.comparing(e -> e.getText("name").orElse("")));
        MapNode.Builder body = MapNode.builder().put("kind", Node.of("APIResourceList"));
        if (!group.isEmpty()) {
            body.put("apiVersion", Node.of("v1"));
        }
        return Optional.of(body.put("groupVersion", Node.of(group.isEmpty() ? version : group + "/" + version))
                .put("resources", Node.list(entries)).build());
    }

    /** Aggregated discovery for {@code /api}: the core group alone, as {@code apidiscovery.k8s.io/v2}. */
    public static MapNode aggregatedCore(ResourceRegistry registry) {
        return aggregatedCore(registry, DiscoveryFormat.AGGREGATED_V2);
    }

    /** Aggregated discovery for {@code /apis}: every named group, as {@code apidiscovery.k8s.io/v2}. */
    public static MapNode aggregatedGroups(ResourceRegistry registry) {
        return aggregatedGroups(registry, DiscoveryFormat.AGGREGATED_V2);
    }

    /** {@link #aggregatedCore(ResourceRegistry)} in the given aggregated format. */
    public static MapNode aggregatedCore(ResourceRegistry registry, DiscoveryFormat format) {
        return AggregatedDiscovery.list(registry, List.of(""), format);
    }

    /** {@link #aggregatedGroups(ResourceRegistry)} in the given aggregated format. */
    public static MapNode aggregatedGroups(ResourceRegistry registry, DiscoveryFormat format) {
        List<String> named = registry.groupNames().stream().filter(g -> !g.isEmpty()).toList();
        return AggregatedDiscovery.list(registry, named, format);
    }

    /**
     * kube-apiserver's {@code storageVersionHash}: the first 8 bytes of the SHA-256 of
     * {@code group/version/kind} of the storage version, base64 encoded ({@code apps/v1/Deployment}
     * gives {@code 8aSe+NMegvE=}).
     */
    public static String storageVersionHash(GroupVersionKind storage) {
        String text = storage.group() + "/" + storage.version() + "/" + storage.kind();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(digest, 8));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("the JDK always provides SHA-256", missing);
        }
    }

    private static MapNode groupBody(ResourceRegistry registry, String group) {
        List<Node> versions = new ArrayList<>();
        for (String version : registry.versions(group)) {
            versions.add(groupVersion(group, version));
        }
        return MapNode.of("name", group, "versions", versions,
                "preferredVersion", groupVersion(group, registry.versions(group).get(0)));
    }

    private static MapNode groupVersion(String group, String version) {
        return MapNode.of("groupVersion", group + "/" + version, "version", version);
    }

    private static MapNode resourceEntry(ResourceRegistry registry, ApiResource r) {
        MapNode.Builder entry = MapNode.builder()
                .put("name", Node.of(r.plural()))
                .put("singularName", Node.of(r.singular()))
                .put("namespaced", Node.of(r.namespaced()))
                .put("kind", Node.of(r.kind()))
                .put("verbs", Node.from(r.verbs()));
        if (!r.shortNames().isEmpty()) {
            entry.put("shortNames", Node.from(r.shortNames()));
        }
        if (!r.categories().isEmpty()) {
            entry.put("categories", Node.from(r.categories()));
        }
        return entry.put("storageVersionHash", Node.of(storageVersionHash(registry.storageVersion(r)))).build();
    }

    private static MapNode subresourceEntry(ApiResource r, Subresource sub) {
        MapNode.Builder entry = MapNode.builder()
                .put("name", Node.of(r.plural() + "/" + sub.path()))
                .put("singularName", Node.of(""))
                .put("namespaced", Node.of(r.namespaced()));
        if (sub == Subresource.SCALE) {
            entry.put("group", Node.of(SCALE.group())).put("version", Node.of(SCALE.version()))
                    .put("kind", Node.of(SCALE.kind()));
        } else {
            entry.put("kind", Node.of(r.kind()));
        }
        return entry.put("verbs", Node.from(SUBRESOURCE_VERBS)).build();
    }
}
