package dev.windlass.sandbox.resource;

import dev.windlass.model.GroupVersionKind;
import dev.windlass.sandbox.resource.ApiResource.Subresource;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The built-in resources the sandbox serves, as kube-apiserver v1.31 lists them in discovery:
 * names, short names, categories, scope, verbs and the {@code status}/{@code scale}
 * subresources. Groups that only serve virtual resources (authentication, authorization) and
 * resources the sandbox cannot serve ({@code bindings}, {@code componentstatuses},
 * {@code csistoragecapacities}, proxy/exec/log subresources) are left out.
 */
public final class BuiltinResources {

    /** Built-in groups in the order kube-apiserver lists them ({@code ""} is the core group). */
    public static final List<String> GROUP_ORDER = List.of(
            "", "apps", "events.k8s.io", "autoscaling", "batch", "networking.k8s.io", "policy",
            "rbac.authorization.k8s.io", "storage.k8s.io", "admissionregistration.k8s.io",
            "apiextensions.k8s.io", "coordination.k8s.io");

    /** Namespaces cannot be deleted as a collection. */
    private static final List<String> NAMESPACE_VERBS =
            List.of("create", "delete", "get", "list", "patch", "update", "watch");

    private static final Set<Subresource> NONE = EnumSet.noneOf(Subresource.class);
    private static final Set<Subresource> STATUS = EnumSet.of(Subresource.STATUS);
    private static final Set<Subresource> STATUS_SCALE = EnumSet.of(Subresource.STATUS, Subresource.SCALE);

    private static final List<ApiResource> ALL = List.copyOf(table());

    private BuiltinResources() {
    }

    /** Every built-in resource, core first, then groups in {@link #GROUP_ORDER}. */
    public static List<ApiResource> all() {
        return ALL;
    }

    /**
     * The group, version and kind objects of {@code resource} are stored as; its hash is discovery's
     * {@code storageVersionHash}. HorizontalPodAutoscalers are stored as {@code autoscaling/v2} and
     * {@code events.k8s.io} events share the core {@code v1} Event storage; CustomResourceDefinitions
     * are still stored as {@code apiextensions.k8s.io/v1beta1}.
     */
    public static GroupVersionKind storageVersion(ApiResource resource) {
        if (resource.group().equals("autoscaling") && resource.plural().equals("horizontalpodautoscalers")) {
            return new GroupVersionKind("autoscaling", "v2", resource.kind());
        }
        if (resource.group().equals("events.k8s.io") && resource.plural().equals("events")) {
            return new GroupVersionKind("", "v1", "Event");
        }
        if (resource.group().equals("apiextensions.k8s.io")) {
            return new GroupVersionKind("apiextensions.k8s.io", "v1beta1", resource.kind());
        }
        return resource.gvk();
    }

    private static List<ApiResource> table() {
        List<ApiResource> t = new ArrayList<>();
        t.add(new ApiResource("", "v1", "Namespace", "namespaces", "namespace", false, List.of("ns"), List.of(),
                NAMESPACE_VERBS, STATUS, List.of()));
        core(t, "Pod", "pods", true, "po", "all", STATUS);
        core(t, "Service", "services", true, "svc", "all", STATUS);
        core(t, "ConfigMap", "configmaps", true, "cm", "", NONE);
        core(t, "Secret", "secrets", true, "", "", NONE);
        core(t, "ServiceAccount", "serviceaccounts", true, "sa", "", NONE);
        t.add(new ApiResource("", "v1", "Endpoints", "endpoints", "endpoints", true, List.of("ep"), List.of(),
                ApiResource.ALL_VERBS, NONE, List.of()));
        core(t, "Event", "events", true, "ev", "", NONE);
        core(t, "PersistentVolumeClaim", "persistentvolumeclaims", true, "pvc", "", STATUS);
        core(t, "PersistentVolume", "persistentvolumes", false, "pv", "", STATUS);
        core(t, "Node", "nodes", false, "no", "", STATUS);
        core(t, "LimitRange", "limitranges", true, "limits", "", NONE);
        core(t, "ResourceQuota", "resourcequotas", true, "quota", "", STATUS);
        core(t, "ReplicationController", "replicationcontrollers", true, "rc", "all", STATUS_SCALE);
        core(t, "PodTemplate", "podtemplates", true, "", "", NONE);
        workloads(t);
        platform(t);
        return t;
    }

    private static void workloads(List<ApiResource> t) {
        add(t, "apps", "v1", "Deployment", "deployments", true, "deploy", "all", STATUS_SCALE);
        add(t, "apps", "v1", "StatefulSet", "statefulsets", true, "sts", "all", STATUS_SCALE);
        add(t, "apps", "v1", "DaemonSet", "daemonsets", true, "ds", "all", STATUS);
        add(t, "apps", "v1", "ReplicaSet", "replicasets", true, "rs", "all", STATUS_SCALE);
        add(t, "apps", "v1", "ControllerRevision", "controllerrevisions", true, "", "", NONE);

        add(t, "events.k8s.io", "v1", "Event", "events", true, "ev", "", NONE);

        add(t, "autoscaling", "v2", "HorizontalPodAutoscaler", "horizontalpodautoscalers", true, "hpa", "all", STATUS);
        add(t, "autoscaling", "v1", "HorizontalPodAutoscaler", "horizontalpodautoscalers", true, "hpa", "all", STATUS);

        add(t, "batch", "v1", "Job", "jobs", true, "", "all", STATUS);
        add(t, "batch", "v1", "CronJob", "cronjobs", true, "cj", "all", STATUS);

        add(t, "networking.k8s.io", "v1", "Ingress", "ingresses", true, "ing", "", STATUS);
        add(t, "networking.k8s.io", "v1", "IngressClass", "ingressclasses", false, "", "", NONE);
        add(t, "networking.k8s.io", "v1", "NetworkPolicy", "networkpolicies", true, "netpol", "", NONE);

        add(t, "policy", "v1", "PodDisruptionBudget", "poddisruptionbudgets", true, "pdb", "", STATUS);
    }

    private static void platform(List<ApiResource> t) {
        String rbac = "rbac.authorization.k8s.io";
        add(t, rbac, "v1", "Role", "roles", true, "", "", NONE);
        add(t, rbac, "v1", "RoleBinding", "rolebindings", true, "", "", NONE);
        add(t, rbac, "v1", "ClusterRole", "clusterroles", false, "", "", NONE);
        add(t, rbac, "v1", "ClusterRoleBinding", "clusterrolebindings", false, "", "", NONE);

        String storage = "storage.k8s.io";
        add(t, storage, "v1", "StorageClass", "storageclasses", false, "sc", "", NONE);
        add(t, storage, "v1", "VolumeAttachment", "volumeattachments", false, "", "", STATUS);
        add(t, storage, "v1", "CSIDriver", "csidrivers", false, "", "", NONE);
        add(t, storage, "v1", "CSINode", "csinodes", false, "", "", NONE);

        String admission = "admissionregistration.k8s.io";
        String ext = "api-extensions";
        add(t, admission, "v1", "ValidatingWebhookConfiguration", "validatingwebhookconfigurations", false, "", ext, NONE);
        add(t, admission, "v1", "MutatingWebhookConfiguration", "mutatingwebhookconfigurations", false, "", ext, NONE);
        add(t, admission, "v1", "ValidatingAdmissionPolicy", "validatingadmissionpolicies", false, "", ext, STATUS);
        add(t, admission, "v1", "ValidatingAdmissionPolicyBinding", "validatingadmissionpolicybindings", false, "",
                ext, NONE);

        add(t, "apiextensions.k8s.io", "v1", "CustomResourceDefinition", "customresourcedefinitions", false,
                "crd,crds", ext, STATUS);

        add(t, "coordination.k8s.io", "v1", "Lease", "leases", true, "", "", NONE);
    }

    private static void core(List<ApiResource> t, String kind, String plural, boolean namespaced, String shortNames,
            String categories, Set<Subresource> subresources) {
        add(t, "", "v1", kind, plural, namespaced, shortNames, categories, subresources);
    }

    private static void add(List<ApiResource> t, String group, String version, String kind, String plural,
            boolean namespaced, String shortNames, String categories, Set<Subresource> subresources) {
        t.add(new ApiResource(group, version, kind, plural, kind.toLowerCase(java.util.Locale.ROOT), namespaced,
                csv(shortNames), csv(categories), ApiResource.ALL_VERBS, subresources, List.of()));
    }

    private static List<String> csv(String values) {
        return values.isEmpty() ? List.of() : List.of(values.split(","));
    }
}
