package dev.windlass.kustomize;

import java.util.ArrayList;
import java.util.List;

/**
 * kustomize's built-in field specs (its {@code builtinpluginconsts}) for the transformers this
 * engine runs: where common labels, template labels, annotations, images and replica counts go
 * in the built-in kinds.
 */
final class BuiltinFieldSpecs {

    private static final String[] AFFINITY_SELECTORS = {
        "spec/template/spec/affinity/podAffinity/preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm/labelSelector/matchLabels",
        "spec/template/spec/affinity/podAffinity/requiredDuringSchedulingIgnoredDuringExecution/labelSelector/matchLabels",
        "spec/template/spec/affinity/podAntiAffinity/preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm/labelSelector/matchLabels",
        "spec/template/spec/affinity/podAntiAffinity/requiredDuringSchedulingIgnoredDuringExecution/labelSelector/matchLabels",
        "spec/template/spec/topologySpreadConstraints/labelSelector/matchLabels",
    };

    /** metadata.labels and the pod (and job) templates of the workload kinds. */
    static final List<FieldSpec> TEMPLATE_LABELS = List.of(
            FieldSpec.any("metadata/labels", true),
            FieldSpec.of("", "v1", "ReplicationController", "spec/template/metadata/labels", true),
            FieldSpec.of("", "", "Deployment", "spec/template/metadata/labels", true),
            FieldSpec.of("", "", "ReplicaSet", "spec/template/metadata/labels", true),
            FieldSpec.of("", "", "DaemonSet", "spec/template/metadata/labels", true),
            FieldSpec.of("apps", "", "StatefulSet", "spec/template/metadata/labels", true),
            FieldSpec.of("batch", "", "Job", "spec/template/metadata/labels", true),
            FieldSpec.of("batch", "", "CronJob", "spec/jobTemplate/metadata/labels", true),
            FieldSpec.of("batch", "", "CronJob", "spec/jobTemplate/spec/template/metadata/labels", true));

    static final FieldSpec VOLUME_CLAIM_TEMPLATE_LABELS =
            FieldSpec.of("apps", "", "StatefulSet", "spec/volumeClaimTemplates[]/metadata/labels", true);

    /** Everything {@code commonLabels} (and {@code labels} with includeSelectors) writes. */
    static final List<FieldSpec> COMMON_LABELS = commonLabels();

    static final List<FieldSpec> COMMON_ANNOTATIONS = List.of(
            FieldSpec.any("metadata/annotations", true),
            FieldSpec.of("", "v1", "ReplicationController", "spec/template/metadata/annotations", true),
            FieldSpec.of("", "", "Deployment", "spec/template/metadata/annotations", true),
            FieldSpec.of("", "", "ReplicaSet", "spec/template/metadata/annotations", true),
            FieldSpec.of("", "", "DaemonSet", "spec/template/metadata/annotations", true),
            FieldSpec.of("", "", "StatefulSet", "spec/template/metadata/annotations", true),
            FieldSpec.of("batch", "", "Job", "spec/template/metadata/annotations", true),
            FieldSpec.of("batch", "", "CronJob", "spec/jobTemplate/metadata/annotations", true),
            FieldSpec.of("batch", "", "CronJob", "spec/jobTemplate/spec/template/metadata/annotations", true));

    static final List<FieldSpec> IMAGES = List.of(
            FieldSpec.any("spec/containers[]/image", true),
            FieldSpec.any("spec/initContainers[]/image", true),
            FieldSpec.any("spec/volumes[]/image/reference", true),
            FieldSpec.any("spec/template/spec/containers[]/image", true),
            FieldSpec.any("spec/template/spec/initContainers[]/image", true),
            FieldSpec.any("spec/template/spec/volumes[]/image/reference", true));

    static final List<FieldSpec> REPLICAS = List.of(
            FieldSpec.of("", "", "Deployment", "spec/replicas", true),
            FieldSpec.of("", "", "ReplicationController", "spec/replicas", true),
            FieldSpec.of("", "", "ReplicaSet", "spec/replicas", true),
            FieldSpec.of("", "", "StatefulSet", "spec/replicas", true));

    private BuiltinFieldSpecs() {
    }

    private static List<FieldSpec> commonLabels() {
        List<FieldSpec> specs = new ArrayList<>();
        specs.add(FieldSpec.of("", "v1", "Service", "spec/selector", true));
        specs.add(FieldSpec.of("", "v1", "ReplicationController", "spec/selector", true));
        specs.add(FieldSpec.of("", "", "Deployment", "spec/selector/matchLabels", true));
        for (String path : AFFINITY_SELECTORS) {
            specs.add(FieldSpec.of("apps", "", "Deployment", path, false));
        }
        specs.add(FieldSpec.of("", "", "ReplicaSet", "spec/selector/matchLabels", true));
        specs.add(FieldSpec.of("", "", "DaemonSet", "spec/selector/matchLabels", true));
        specs.add(FieldSpec.of("apps", "", "StatefulSet", "spec/selector/matchLabels", true));
        for (String path : AFFINITY_SELECTORS) {
            specs.add(FieldSpec.of("apps", "", "StatefulSet", path, false));
        }
        specs.add(FieldSpec.of("batch", "", "Job", "spec/selector/matchLabels", false));
        specs.add(FieldSpec.of("batch", "", "CronJob", "spec/jobTemplate/spec/selector/matchLabels", false));
        specs.add(FieldSpec.of("policy", "", "PodDisruptionBudget", "spec/selector/matchLabels", false));
        specs.add(FieldSpec.of("networking.k8s.io", "", "NetworkPolicy", "spec/podSelector/matchLabels", false));
        specs.add(FieldSpec.of("networking.k8s.io", "", "NetworkPolicy", "spec/ingress/from/podSelector/matchLabels", false));
        specs.add(FieldSpec.of("networking.k8s.io", "", "NetworkPolicy", "spec/egress/to/podSelector/matchLabels", false));
        specs.addAll(TEMPLATE_LABELS);
        specs.add(VOLUME_CLAIM_TEMPLATE_LABELS);
        return List.copyOf(specs);
    }
}
