package dev.windlass.model.patch;

import static dev.windlass.model.patch.BuiltinTypes.CONDITIONS_BY_TYPE;
import static dev.windlass.model.patch.BuiltinTypes.OBJECT_META;
import static dev.windlass.model.patch.BuiltinTypes.POD_SPEC;
import static dev.windlass.model.patch.BuiltinTypes.POD_TEMPLATE;
import static dev.windlass.model.patch.BuiltinTypes.PVC_SPEC;

import dev.windlass.model.GroupKind;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The top-level schema of each built-in kind a GitOps engine meets, with {@code metadata} mounted
 * on every one. Source: the Go types of {@code k8s.io/api} ({@code core/v1}, {@code apps/v1},
 * {@code batch/v1}, {@code rbac/v1}, {@code networking/v1}, {@code autoscaling/v2},
 * {@code policy/v1}, {@code discovery/v1}, {@code admissionregistration/v1}, {@code storage/v1}),
 * read as described on {@link BuiltinTypes}.
 */
final class BuiltinKinds {

    private static final String CORE = "";

    private BuiltinKinds() {
    }

    /** Any object: ObjectMeta only. Used for kinds not in the table (custom resources). */
    static final TypeSchema ANY_OBJECT = TypeSchema.builder().struct("metadata", OBJECT_META).build();

    static Map<GroupKind, TypeSchema> table() {
        Map<GroupKind, TypeSchema> kinds = new HashMap<>();
        core(kinds);
        coreServices(kinds);
        apps(kinds);
        batch(kinds);
        rbac(kinds);
        networking(kinds);
        others(kinds);
        return Map.copyOf(kinds);
    }

    private static void put(Map<GroupKind, TypeSchema> kinds, String group, String kind,
                            UnaryOperator<TypeSchema.Builder> fields) {
        kinds.put(new GroupKind(group, kind), fields.apply(TypeSchema.builder().struct("metadata", OBJECT_META)).build());
    }

    private static TypeSchema.Builder struct() {
        return TypeSchema.builder();
    }

    private static void core(Map<GroupKind, TypeSchema> kinds) {
        put(kinds, CORE, "Pod", b -> b.struct("spec", POD_SPEC).struct("status", struct()
                .mapList("conditions", null, "type")
                .mapList("podIPs", null, "ip")
                .patchMergeList("hostIPs", null, "ip")
                .atomicList("initContainerStatuses")
                .atomicList("containerStatuses")
                .atomicList("ephemeralContainerStatuses")
                .mapListRetainingKeys("resourceClaimStatuses", null, "name")
                .build()));
        put(kinds, CORE, "PodTemplate", b -> b.struct("template", POD_TEMPLATE));
        put(kinds, CORE, "ReplicationController", b -> b.struct("spec", struct()
                .atomicMap("selector").struct("template", POD_TEMPLATE).build())
                .struct("status", CONDITIONS_BY_TYPE));
        put(kinds, CORE, "Namespace", b -> b.struct("spec", struct().atomicList("finalizers").build())
                .struct("status", CONDITIONS_BY_TYPE));
        put(kinds, CORE, "Node", b -> b.struct("spec", struct().set("podCIDRs").atomicList("taints").build())
                .struct("status", struct().mapList("conditions", null, "type").mapList("addresses", null, "type")
                        .atomicList("images").atomicList("volumesInUse").atomicList("volumesAttached").build()));
        put(kinds, CORE, "PersistentVolumeClaim", b -> b.struct("spec", PVC_SPEC).struct("status", struct()
                .mapList("conditions", null, "type").atomicList("accessModes").build()));
        put(kinds, CORE, "PersistentVolume", b -> b.struct("spec", struct()
                .atomicList("accessModes").atomicList("mountOptions")
                .struct("nodeAffinity", struct().atomicMap("required").build()).build()));
        put(kinds, CORE, "ConfigMap", b -> b);
        put(kinds, CORE, "Secret", b -> b);
        put(kinds, CORE, "ServiceAccount", b -> b.mapList("secrets", null, "name").atomicList("imagePullSecrets"));
        put(kinds, CORE, "LimitRange", b -> b.struct("spec", struct().atomicList("limits").build()));
        put(kinds, CORE, "ResourceQuota", b -> b.struct("spec", struct()
                .atomicList("scopes").atomicMap("scopeSelector").build()));
    }

    private static void coreServices(Map<GroupKind, TypeSchema> kinds) {
        put(kinds, CORE, "Service", b -> b.struct("spec", struct()
                        .mapList("ports", null, "port", "protocol")
                        .atomicMap("selector")
                        .atomicList("clusterIPs").atomicList("externalIPs")
                        .atomicList("loadBalancerSourceRanges").atomicList("ipFamilies")
                        .build())
                .struct("status", struct().mapList("conditions", null, "type")
                        .struct("loadBalancer", struct().atomicList("ingress").build()).build()));
        put(kinds, CORE, "Endpoints", b -> b.atomicList("subsets"));
        put(kinds, "discovery.k8s.io", "EndpointSlice", b -> b.atomicList("endpoints").atomicList("ports"));
    }

    private static TypeSchema workloadSpec() {
        return struct().atomicMap("selector").struct("template", POD_TEMPLATE).build();
    }

    private static void apps(Map<GroupKind, TypeSchema> kinds) {
        put(kinds, "apps", "Deployment", b -> b.struct("spec", struct()
                        .atomicMap("selector").struct("template", POD_TEMPLATE)
                        .retainingKeys("strategy", null).build())
                .struct("status", CONDITIONS_BY_TYPE));
        put(kinds, "apps", "ReplicaSet", b -> b.struct("spec", workloadSpec()).struct("status", CONDITIONS_BY_TYPE));
        put(kinds, "apps", "DaemonSet", b -> b.struct("spec", workloadSpec()).struct("status", CONDITIONS_BY_TYPE));
        put(kinds, "apps", "StatefulSet", b -> b.struct("spec", struct()
                        .atomicMap("selector").struct("template", POD_TEMPLATE)
                        .atomicList("volumeClaimTemplates").build())
                .struct("status", CONDITIONS_BY_TYPE));
        put(kinds, "apps", "ControllerRevision", b -> b);
    }

    /** batch/v1 JobSpec, shared by Job and CronJob's job template. */
    private static final TypeSchema JOB_SPEC = TypeSchema.builder()
            .atomicMap("selector")
            .struct("template", POD_TEMPLATE)
            .struct("podFailurePolicy", TypeSchema.builder().atomicList("rules").build())
            .struct("successPolicy", TypeSchema.builder().atomicList("rules").build())
            .build();

    private static void batch(Map<GroupKind, TypeSchema> kinds) {
        put(kinds, "batch", "Job", b -> b.struct("spec", JOB_SPEC).struct("status", struct()
                .patchMergeList("conditions", null, "type")
                .struct("uncountedTerminatedPods", struct().applySet("succeeded").applySet("failed").build())
                .build()));
        put(kinds, "batch", "CronJob", b -> b.struct("spec", struct()
                        .struct("jobTemplate", struct().struct("metadata", OBJECT_META).struct("spec", JOB_SPEC).build())
                        .build())
                .struct("status", struct().atomicList("active").build()));
    }

    private static void rbac(Map<GroupKind, TypeSchema> kinds) {
        String group = "rbac.authorization.k8s.io";
        put(kinds, group, "Role", b -> b.atomicList("rules"));
        put(kinds, group, "ClusterRole", b -> b.atomicList("rules")
                .struct("aggregationRule", struct().atomicList("clusterRoleSelectors").build()));
        put(kinds, group, "RoleBinding", b -> b.atomicList("subjects").atomicMap("roleRef"));
        put(kinds, group, "ClusterRoleBinding", b -> b.atomicList("subjects").atomicMap("roleRef"));
    }

    private static void networking(Map<GroupKind, TypeSchema> kinds) {
        String group = "networking.k8s.io";
        TypeSchema backend = struct().struct("service", struct().atomicMap("port").build()).build();
        put(kinds, group, "Ingress", b -> b.struct("spec", struct()
                        .atomicList("rules").atomicList("tls").struct("defaultBackend", backend).build())
                .struct("status", struct().struct("loadBalancer", struct().atomicList("ingress").build()).build()));
        put(kinds, group, "IngressClass", b -> b);
        put(kinds, group, "NetworkPolicy", b -> b.struct("spec", struct()
                .atomicMap("podSelector").atomicList("ingress").atomicList("egress").atomicList("policyTypes").build()));
    }

    private static void others(Map<GroupKind, TypeSchema> kinds) {
        TypeSchema scalingRules = struct().atomicList("policies").build();
        put(kinds, "autoscaling", "HorizontalPodAutoscaler", b -> b.struct("spec", struct()
                        .atomicList("metrics")
                        .struct("behavior", struct().struct("scaleUp", scalingRules).struct("scaleDown", scalingRules).build())
                        .build())
                .struct("status", struct().mapList("conditions", null, "type").atomicList("currentMetrics").build()));
        put(kinds, "policy", "PodDisruptionBudget", b -> b.struct("spec", struct().replacedAtomicMap("selector").build())
                .struct("status", CONDITIONS_BY_TYPE));
        TypeSchema webhook = struct().mapList("matchConditions", null, "name").atomicList("rules")
                .atomicMap("namespaceSelector").atomicMap("objectSelector").build();
        String admission = "admissionregistration.k8s.io";
        put(kinds, admission, "ValidatingWebhookConfiguration", b -> b.mapList("webhooks", webhook, "name"));
        put(kinds, admission, "MutatingWebhookConfiguration", b -> b.mapList("webhooks", webhook, "name"));
        put(kinds, admission, "ValidatingAdmissionPolicy", b -> b.struct("spec", struct()
                        .mapList("matchConditions", null, "name").mapList("variables", null, "name").build())
                .struct("status", struct().applyMapList("conditions", null, "type").build()));
        put(kinds, admission, "ValidatingAdmissionPolicyBinding", b -> b.struct("spec", struct()
                .applySet("validationActions").build()));
        put(kinds, "storage.k8s.io", "StorageClass", b -> b.atomicList("mountOptions").atomicList("allowedTopologies"));
        put(kinds, "storage.k8s.io", "CSIDriver", b -> b.struct("spec", struct().applySet("volumeLifecycleModes").build()));
    }
}
