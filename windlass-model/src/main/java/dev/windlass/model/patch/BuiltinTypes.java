package dev.windlass.model.patch;

/**
 * The structs that appear in many built-in kinds, written once: ObjectMeta, the pod template
 * (PodSpec, Container, Volume), the PersistentVolumeClaim spec, a status with conditions.
 *
 * <p>Source: the Go types of {@code k8s.io/api} ({@code core/v1/types.go}) and
 * {@code k8s.io/apimachinery} ({@code pkg/apis/meta/v1/types.go}): strategic merge data from the
 * {@code patchStrategy} and {@code patchMergeKey} struct tags, server-side apply data from the
 * {@code +listType}, {@code +listMapKey}, {@code +mapType} and {@code +structType} markers (which
 * the OpenAPI publishes as {@code x-kubernetes-list-type} and friends), as of Kubernetes 1.34.
 */
final class BuiltinTypes {

    private BuiltinTypes() {
    }

    /** metav1.ObjectMeta: finalizers a merged set, owner references keyed by uid. */
    static final TypeSchema OBJECT_META = TypeSchema.builder()
            .set("finalizers")
            .mapList("ownerReferences", null, "uid")
            .atomicList("managedFields")
            .build();

    /** ExecAction, HTTPGetAction as used by probes and lifecycle handlers. */
    private static final TypeSchema HANDLER = TypeSchema.builder()
            .struct("exec", TypeSchema.builder().atomicList("command").build())
            .struct("httpGet", TypeSchema.builder().atomicList("httpHeaders").build())
            .build();

    private static final TypeSchema LIFECYCLE = TypeSchema.builder()
            .struct("postStart", HANDLER)
            .struct("preStop", HANDLER)
            .build();

    /** EnvVar: every source reference is {@code +structType=atomic}. */
    private static final TypeSchema ENV_VAR = TypeSchema.builder()
            .struct("valueFrom", TypeSchema.builder()
                    .atomicMap("configMapKeyRef")
                    .atomicMap("secretKeyRef")
                    .atomicMap("fieldRef")
                    .atomicMap("resourceFieldRef")
                    .atomicMap("fileKeyRef")
                    .build())
            .build();

    /** core/v1 Container (and EphemeralContainerCommon, which has the same list fields). */
    static final TypeSchema CONTAINER = TypeSchema.builder()
            .atomicList("command")
            .atomicList("args")
            .mapList("ports", null, "containerPort", "protocol")
            .atomicList("envFrom")
            .mapList("env", ENV_VAR, "name")
            .struct("resources", TypeSchema.builder().applyMapList("claims", null, "name").build())
            .atomicList("resizePolicy")
            .atomicList("restartPolicyRules")
            .mapList("volumeMounts", TypeSchema.builder().applySet("bindMountOptions").build(), "mountPath")
            .mapList("volumeDevices", null, "devicePath")
            .struct("livenessProbe", HANDLER)
            .struct("readinessProbe", HANDLER)
            .struct("startupProbe", HANDLER)
            .struct("lifecycle", LIFECYCLE)
            .struct("securityContext", TypeSchema.builder()
                    .struct("capabilities", TypeSchema.builder().atomicList("add").atomicList("drop").build())
                    .build())
            .build();

    /** core/v1 PersistentVolumeClaimSpec. */
    static final TypeSchema PVC_SPEC = TypeSchema.builder()
            .atomicList("accessModes")
            .atomicMap("selector")
            .atomicMap("dataSource")
            .build();

    /** core/v1 Volume (VolumeSource inlined). */
    private static final TypeSchema VOLUME = TypeSchema.builder()
            .struct("secret", TypeSchema.builder().atomicList("items").build())
            .struct("configMap", TypeSchema.builder().atomicList("items").build())
            .struct("downwardAPI", TypeSchema.builder().atomicList("items").build())
            .struct("projected", TypeSchema.builder().atomicList("sources").build())
            .struct("csi", TypeSchema.builder().atomicMap("nodePublishSecretRef").build())
            .struct("ephemeral", TypeSchema.builder()
                    .struct("volumeClaimTemplate", TypeSchema.builder()
                            .struct("metadata", OBJECT_META)
                            .struct("spec", PVC_SPEC)
                            .build())
                    .build())
            .build();

    private static final TypeSchema AFFINITY_TERMS = TypeSchema.builder()
            .atomicList("requiredDuringSchedulingIgnoredDuringExecution")
            .atomicList("preferredDuringSchedulingIgnoredDuringExecution")
            .build();

    private static final TypeSchema AFFINITY = TypeSchema.builder()
            .struct("nodeAffinity", TypeSchema.builder()
                    .atomicMap("requiredDuringSchedulingIgnoredDuringExecution")
                    .atomicList("preferredDuringSchedulingIgnoredDuringExecution")
                    .build())
            .struct("podAffinity", AFFINITY_TERMS)
            .struct("podAntiAffinity", AFFINITY_TERMS)
            .build();

    /** core/v1 PodSpec. */
    static final TypeSchema POD_SPEC = TypeSchema.builder()
            .mapListRetainingKeys("volumes", VOLUME, "name")
            .mapList("initContainers", CONTAINER, "name")
            .mapList("containers", CONTAINER, "name")
            .mapList("ephemeralContainers", CONTAINER, "name")
            .atomicMap("nodeSelector")
            .mapList("imagePullSecrets", null, "name")
            .struct("affinity", AFFINITY)
            .atomicList("tolerations")
            .mapList("hostAliases", TypeSchema.builder().atomicList("hostnames").build(), "ip")
            .struct("securityContext", TypeSchema.builder()
                    .atomicList("supplementalGroups")
                    .atomicList("sysctls")
                    .build())
            .struct("dnsConfig", TypeSchema.builder()
                    .atomicList("nameservers").atomicList("searches").atomicList("options")
                    .build())
            .atomicList("readinessGates")
            .mapList("topologySpreadConstraints", TypeSchema.builder()
                    .atomicMap("labelSelector")
                    .atomicList("matchLabelKeys")
                    .build(), "topologyKey", "whenUnsatisfiable")
            .mapList("schedulingGates", null, "name")
            .mapListRetainingKeys("resourceClaims", null, "name")
            .build();

    /** core/v1 PodTemplateSpec. */
    static final TypeSchema POD_TEMPLATE = TypeSchema.builder()
            .struct("metadata", OBJECT_META)
            .struct("spec", POD_SPEC)
            .build();

    /** A status whose {@code conditions} merge by {@code type} in both SMP and apply. */
    static final TypeSchema CONDITIONS_BY_TYPE = TypeSchema.builder()
            .mapList("conditions", null, "type")
            .build();
}
