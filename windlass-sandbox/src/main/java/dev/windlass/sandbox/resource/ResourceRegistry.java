package dev.windlass.sandbox.resource;

import dev.windlass.model.GroupVersionKind;
import dev.windlass.model.tree.MapNode;
import dev.windlass.sandbox.api.ApiException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/** TEMPORARY stub with the agreed signatures; replaced by the real registry. */
public final class ResourceRegistry {

    private final List<ApiResource> resources = new CopyOnWriteArrayList<>();

    public static ResourceRegistry withBuiltins() {
        ResourceRegistry registry = new ResourceRegistry();
        registry.resources.add(new ApiResource("", "v1", "Namespace", "namespaces", "namespace", false,
                List.of("ns"), List.of(), List.of("create", "delete", "get", "list", "patch", "update", "watch"),
                Set.of(ApiResource.Subresource.STATUS), List.of()));
        registry.resources.add(new ApiResource("", "v1", "ConfigMap", "configmaps", "configmap", true,
                List.of("cm"), List.of(), ApiResource.ALL_VERBS, Set.of(), List.of()));
        registry.resources.add(new ApiResource("apps", "v1", "Deployment", "deployments", "deployment", true,
                List.of("deploy"), List.of("all"), ApiResource.ALL_VERBS,
                Set.of(ApiResource.Subresource.STATUS, ApiResource.Subresource.SCALE), List.of()));
        // TEMPORARY (helper/lifecycle): the built-ins the lifecycle controllers' tests use
        registry.builtin("", "Pod", "pods", true, true);
        registry.builtin("", "Service", "services", true, true);
        registry.builtin("", "Secret", "secrets", true, false);
        registry.builtin("", "ServiceAccount", "serviceaccounts", true, false);
        registry.builtin("", "PersistentVolumeClaim", "persistentvolumeclaims", true, true);
        registry.builtin("", "PersistentVolume", "persistentvolumes", false, true);
        registry.builtin("", "Node", "nodes", false, true);
        registry.builtin("apps", "ReplicaSet", "replicasets", true, true);
        registry.builtin("rbac.authorization.k8s.io", "ClusterRole", "clusterroles", false, false);
        registry.builtin("apiextensions.k8s.io", "CustomResourceDefinition", "customresourcedefinitions", false, true);
        return registry;
    }

    private void builtin(String group, String kind, String plural, boolean namespaced, boolean status) {
        resources.add(new ApiResource(group, "v1", kind, plural, kind.toLowerCase(java.util.Locale.ROOT), namespaced,
                List.of(), List.of(), ApiResource.ALL_VERBS,
                status ? Set.of(ApiResource.Subresource.STATUS) : Set.of(), List.of()));
    }

    public Optional<ApiResource> find(String group, String version, String plural) {
        return resources.stream()
                .filter(r -> r.group().equals(group) && r.version().equals(version) && r.plural().equals(plural))
                .findFirst();
    }

    public Optional<ApiResource> findByKind(GroupVersionKind gvk) {
        return resources.stream().filter(r -> r.gvk().equals(gvk)).findFirst();
    }

    public List<ApiResource> versionsOf(String group, String plural) {
        return resources.stream().filter(r -> r.group().equals(group) && r.plural().equals(plural)).toList();
    }

    public List<ApiResource> all() {
        return List.copyOf(resources);
    }

    public List<String> groupNames() {
        return resources.stream().map(ApiResource::group).distinct().toList();
    }

    public List<String> versions(String group) {
        return resources.stream().filter(r -> r.group().equals(group)).map(ApiResource::version).distinct().toList();
    }

    public List<ApiException.Cause> validateCrd(MapNode crd) {
        return List.of();
    }

    /** TEMPORARY (helper/lifecycle): serves each served version, without validation or conversion. */
    public void applyCrd(MapNode crd) {
        MapNode spec = crd.getMap("spec").orElse(MapNode.empty());
        MapNode names = spec.getMap("names").orElse(MapNode.empty());
        String group = spec.getText("group").orElse("");
        String plural = names.getText("plural").orElse("");
        String kind = names.getText("kind").orElse("");
        resources.removeIf(r -> r.group().equals(group) && r.plural().equals(plural));
        for (dev.windlass.model.tree.Node v : spec.getList("versions").map(l -> l.items()).orElse(List.of())) {
            MapNode version = v.asMap().orElse(MapNode.empty());
            if (!version.get("served").map(n -> n.equals(dev.windlass.model.tree.Node.of(true))).orElse(false)) {
                continue;
            }
            boolean status = version.getMap("subresources").map(s -> s.containsKey("status")).orElse(false);
            resources.add(new ApiResource(group, version.getText("name").orElse(""), kind, plural,
                    names.getText("singular").orElse(kind.toLowerCase(java.util.Locale.ROOT)),
                    !"Cluster".equals(spec.getText("scope").orElse("")), List.of(), List.of(), ApiResource.ALL_VERBS,
                    status ? Set.of(ApiResource.Subresource.STATUS) : Set.of(), List.of()));
        }
    }

    /** TEMPORARY (helper/lifecycle). */
    public void removeCrd(String crdName) {
        int dot = crdName.indexOf('.');
        String plural = crdName.substring(0, dot);
        String group = crdName.substring(dot + 1);
        resources.removeIf(r -> r.group().equals(group) && r.plural().equals(plural));
    }

    public long generation() {
        return 0;
    }
}
