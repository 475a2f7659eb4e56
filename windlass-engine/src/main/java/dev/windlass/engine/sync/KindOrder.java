package dev.windlass.engine.sync;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The order kinds are applied in within one wave: Namespace and CustomResourceDefinition first,
 * then the rest of Helm's install order ({@code InstallOrder} in helm's {@code kind_sorter.go}),
 * then every other kind (custom resources and kinds Helm does not list).
 */
final class KindOrder {

    private static final List<String> ORDER = List.of(
            "Namespace",
            "CustomResourceDefinition",
            "PriorityClass",
            "NetworkPolicy",
            "ResourceQuota",
            "LimitRange",
            "PodSecurityPolicy",
            "PodDisruptionBudget",
            "ServiceAccount",
            "Secret",
            "SecretList",
            "ConfigMap",
            "StorageClass",
            "PersistentVolume",
            "PersistentVolumeClaim",
            "ClusterRole",
            "ClusterRoleList",
            "ClusterRoleBinding",
            "ClusterRoleBindingList",
            "Role",
            "RoleList",
            "RoleBinding",
            "RoleBindingList",
            "Service",
            "DaemonSet",
            "Pod",
            "ReplicationController",
            "ReplicaSet",
            "Deployment",
            "HorizontalPodAutoscaler",
            "StatefulSet",
            "Job",
            "CronJob",
            "IngressClass",
            "Ingress",
            "APIService",
            "MutatingWebhookConfiguration",
            "ValidatingWebhookConfiguration");

    private static final Map<String, Integer> RANK = new HashMap<>();

    static {
        for (int i = 0; i < ORDER.size(); i++) {
            RANK.put(ORDER.get(i), i);
        }
    }

    private KindOrder() {
    }

    /** The position of {@code kind}; every unlisted kind shares the last position. */
    static int rank(String kind) {
        return RANK.getOrDefault(kind, ORDER.size());
    }
}
