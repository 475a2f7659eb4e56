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
        // TEMPORARY (helper/workloads): the workload kinds the simulated controllers need
        registry.resources.add(workload("", "Pod", "pods", true, List.of("po")));
        registry.resources.add(workload("", "PersistentVolumeClaim", "persistentvolumeclaims", true, List.of("pvc")));
        registry.resources.add(workload("", "Node", "nodes", false, List.of("no")));
        registry.resources.add(workload("apps", "ReplicaSet", "replicasets", true, List.of("rs")));
        registry.resources.add(workload("apps", "StatefulSet", "statefulsets", true, List.of("sts")));
        registry.resources.add(workload("apps", "DaemonSet", "daemonsets", true, List.of("ds")));
        registry.resources.add(workload("batch", "Job", "jobs", true, List.of()));
        registry.resources.add(workload("batch", "CronJob", "cronjobs", true, List.of("cj")));
        return registry;
    }

    private static ApiResource workload(String group, String kind, String plural, boolean namespaced,
                                        List<String> shortNames) {
        return new ApiResource(group, "v1", kind, plural, kind.toLowerCase(java.util.Locale.ROOT), namespaced,
                shortNames, List.of("all"), ApiResource.ALL_VERBS, Set.of(ApiResource.Subresource.STATUS), List.of());
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

    public void applyCrd(MapNode crd) {
    }

    public void removeCrd(String crdName) {
    }

    public long generation() {
        return 0;
    }
}
