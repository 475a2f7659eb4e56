package dev.windlass.model.patch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.GroupKind;
import dev.windlass.model.patch.MergeSchema.FieldSchema;
import dev.windlass.model.patch.MergeSchema.ListType;
import dev.windlass.model.patch.MergeSchema.PatchStrategy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BuiltinMergeSchemaTest {

    private static final MergeSchema SCHEMA = MergeSchema.builtin();

    private static FieldSchema field(String group, String kind, String dottedPath) {
        return SCHEMA.field(new GroupKind(group, kind), List.of(dottedPath.split("\\.")))
                .orElseThrow(() -> new AssertionError("no schema for " + kind + " " + dottedPath));
    }

    @Test
    void deploymentContainerPorts_mergeByContainerPortInSmpAndByPortAndProtocolInApply() {
        FieldSchema ports = field("apps", "Deployment", "spec.template.spec.containers.ports");

        assertThat(ports.patchMergeKey()).isEqualTo("containerPort");
        assertThat(ports.listType()).isEqualTo(ListType.MAP);
        assertThat(ports.listMapKeys()).containsExactly("containerPort", "protocol");
        assertThat(ports.merges()).isTrue();
    }

    @Test
    void cronJobContainerEnv_mergesByName() {
        FieldSchema env = field("batch", "CronJob", "spec.jobTemplate.spec.template.spec.containers.env");

        assertThat(env).isEqualTo(FieldSchema.mapList("name"));
    }

    @Test
    void servicePorts_mergeByPortInSmpAndByPortAndProtocolInApply() {
        FieldSchema ports = field("", "Service", "spec.ports");

        assertThat(ports.patchMergeKey()).isEqualTo("port");
        assertThat(ports.listMapKeys()).containsExactly("port", "protocol");
    }

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"'', Pod", "apps, Deployment", "example.com, Widget", "'', ConfigMap"})
    void finalizers_areAMergedSetOnEveryKind(String group, String kind) {
        FieldSchema finalizers = field(group, kind, "metadata.finalizers");

        assertThat(finalizers.listType()).isEqualTo(ListType.SET);
        assertThat(finalizers.merges()).isTrue();
        assertThat(finalizers.patchMergeKey()).isNull();
        assertThat(field(group, kind, "metadata.ownerReferences").patchMergeKey()).isEqualTo("uid");
        assertThat(field(group, kind, "metadata.managedFields").listType()).isEqualTo(ListType.ATOMIC);
    }

    @ParameterizedTest(name = "{0}.{1} {2}")
    @CsvSource({
            "'', Pod, spec",
            "'', PodTemplate, template.spec",
            "'', ReplicationController, spec.template.spec",
            "apps, Deployment, spec.template.spec",
            "apps, ReplicaSet, spec.template.spec",
            "apps, StatefulSet, spec.template.spec",
            "apps, DaemonSet, spec.template.spec",
            "batch, Job, spec.template.spec",
            "batch, CronJob, spec.jobTemplate.spec.template.spec"})
    void podTemplate_isMountedUnderEveryWorkload(String group, String kind, String podSpec) {
        assertThat(field(group, kind, podSpec + ".containers")).isEqualTo(FieldSchema.mapList("name"));
        assertThat(field(group, kind, podSpec + ".initContainers")).isEqualTo(FieldSchema.mapList("name"));
        assertThat(field(group, kind, podSpec + ".ephemeralContainers").patchMergeKey()).isEqualTo("name");
        assertThat(field(group, kind, podSpec + ".containers.volumeMounts").patchMergeKey()).isEqualTo("mountPath");
        assertThat(field(group, kind, podSpec + ".initContainers.volumeDevices").patchMergeKey()).isEqualTo("devicePath");
        assertThat(field(group, kind, podSpec + ".imagePullSecrets").patchMergeKey()).isEqualTo("name");
        assertThat(field(group, kind, podSpec + ".hostAliases").patchMergeKey()).isEqualTo("ip");
        assertThat(field(group, kind, podSpec + ".volumes").patchStrategies())
                .containsExactly(PatchStrategy.MERGE, PatchStrategy.RETAIN_KEYS);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "spec.template.spec.tolerations",
            "spec.template.spec.readinessGates",
            "spec.template.spec.containers.envFrom",
            "spec.template.spec.containers.resizePolicy",
            "spec.template.spec.containers.command",
            "spec.template.spec.containers.args"})
    void podTemplateAtomicLists_areReplacedWhole(String path) {
        FieldSchema list = field("apps", "Deployment", path);

        assertThat(list.listType()).isEqualTo(ListType.ATOMIC);
        assertThat(list.merges()).isFalse();
    }

    @Test
    void topologySpreadConstraints_mergeByTopologyKeyInSmpAndTwoKeysInApply() {
        FieldSchema constraints = field("apps", "Deployment", "spec.template.spec.topologySpreadConstraints");

        assertThat(constraints.patchMergeKey()).isEqualTo("topologyKey");
        assertThat(constraints.listMapKeys()).containsExactly("topologyKey", "whenUnsatisfiable");
    }

    @Test
    void resourceClaimsOfAContainer_areKeyedInApplyOnly() {
        FieldSchema claims = field("", "Pod", "spec.containers.resources.claims");

        assertThat(claims.listType()).isEqualTo(ListType.MAP);
        assertThat(claims.listMapKeys()).containsExactly("name");
        assertThat(claims.merges()).isFalse();
    }

    @ParameterizedTest(name = "{0}.{1} {2}")
    @CsvSource({
            "'', Pod, status.conditions",
            "'', Node, status.conditions",
            "'', Namespace, status.conditions",
            "'', PersistentVolumeClaim, status.conditions",
            "'', Service, status.conditions",
            "'', ReplicationController, status.conditions",
            "apps, Deployment, status.conditions",
            "apps, ReplicaSet, status.conditions",
            "apps, StatefulSet, status.conditions",
            "apps, DaemonSet, status.conditions",
            "autoscaling, HorizontalPodAutoscaler, status.conditions",
            "policy, PodDisruptionBudget, status.conditions",
            "'', Node, status.addresses"})
    void statusConditions_mergeByType(String group, String kind, String path) {
        assertThat(field(group, kind, path)).isEqualTo(FieldSchema.mapList("type"));
    }

    @Test
    void jobConditions_mergeByTypeInSmpButAreAtomicInApply() {
        FieldSchema conditions = field("batch", "Job", "status.conditions");

        assertThat(conditions.patchMergeKey()).isEqualTo("type");
        assertThat(conditions.merges()).isTrue();
        assertThat(conditions.listType()).isEqualTo(ListType.ATOMIC);
    }

    @ParameterizedTest(name = "{0}.{1} {2}")
    @CsvSource({
            "rbac.authorization.k8s.io, Role, rules",
            "rbac.authorization.k8s.io, ClusterRole, rules",
            "rbac.authorization.k8s.io, RoleBinding, subjects",
            "rbac.authorization.k8s.io, ClusterRoleBinding, subjects",
            "networking.k8s.io, Ingress, spec.rules",
            "networking.k8s.io, Ingress, spec.tls",
            "networking.k8s.io, NetworkPolicy, spec.ingress",
            "networking.k8s.io, NetworkPolicy, spec.egress",
            "autoscaling, HorizontalPodAutoscaler, spec.metrics",
            "'', Endpoints, subsets",
            "apps, StatefulSet, spec.volumeClaimTemplates",
            "'', Namespace, spec.finalizers"})
    void atomicLists_areAtomic(String group, String kind, String path) {
        assertThat(field(group, kind, path)).isEqualTo(FieldSchema.ATOMIC);
    }

    @ParameterizedTest(name = "{0}.{1} {2}")
    @CsvSource({
            "apps, Deployment, spec.selector",
            "apps, Deployment, spec.template.spec.nodeSelector",
            "'', Service, spec.selector",
            "'', ReplicationController, spec.selector",
            "rbac.authorization.k8s.io, RoleBinding, roleRef",
            "networking.k8s.io, NetworkPolicy, spec.podSelector",
            "apps, Deployment, spec.template.spec.containers.env.valueFrom.secretKeyRef"})
    void atomicMaps_areReplacedWholeInApply(String group, String kind, String path) {
        FieldSchema map = field(group, kind, path);

        assertThat(map.atomicMap()).isTrue();
        assertThat(map.patchStrategies()).doesNotContain(PatchStrategy.REPLACE);
    }

    @Test
    void unusualTags_areKeptAsTheGoTypesHaveThem() {
        assertThat(field("", "Node", "spec.podCIDRs")).isEqualTo(FieldSchema.set());
        assertThat(field("policy", "PodDisruptionBudget", "spec.selector").patchStrategies()).containsExactly(PatchStrategy.REPLACE);
        assertThat(field("apps", "Deployment", "spec.strategy").patchStrategies()).containsExactly(PatchStrategy.RETAIN_KEYS);
        assertThat(field("", "Pod", "status.hostIPs").patchMergeKey()).isEqualTo("ip");
        assertThat(field("", "Pod", "status.hostIPs").listType()).isEqualTo(ListType.ATOMIC);
        assertThat(field("", "ServiceAccount", "secrets").patchMergeKey()).isEqualTo("name");
        assertThat(field("", "ServiceAccount", "imagePullSecrets")).isEqualTo(FieldSchema.ATOMIC);
        assertThat(field("admissionregistration.k8s.io", "MutatingWebhookConfiguration", "webhooks.matchConditions"))
                .isEqualTo(FieldSchema.mapList("name"));
    }

    @Test
    void unknownFields_areEmptyAndReadAsAtomic() {
        GroupKind deployment = new GroupKind("apps", "Deployment");
        List<String> unknown = new ArrayList<>(Arrays.asList("spec", "template", "spec", "containers", "nonsense"));

        assertThat(SCHEMA.field(deployment, unknown)).isEmpty();
        assertThat(SCHEMA.field(deployment, List.of("spec", "template", "spec", "containers", "ports", "name", "x"))).isEmpty();
        assertThat(SCHEMA.field(new GroupKind("example.com", "Widget"), List.of("spec", "containers"))).isEmpty();
        assertThat(SCHEMA.fieldOrAtomic(deployment, unknown)).isEqualTo(FieldSchema.ATOMIC);
        assertThat(MergeSchema.NONE.field(deployment, List.of("metadata", "finalizers"))).isEmpty();
    }
}
