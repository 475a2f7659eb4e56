package dev.windlass.helm.release;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Helm's {@code InstallOrder} of kinds ({@code kind_sorter.go}): known kinds in this order, unknown
 * kinds after them in alphabetical order; a stable sort keeps document order within a kind.
 */
final class KindOrder implements Comparator<String> {

    static final List<String> INSTALL_ORDER = List.of("PriorityClass", "Namespace", "NetworkPolicy", "ResourceQuota",
            "LimitRange", "PodSecurityPolicy", "PodDisruptionBudget", "ServiceAccount", "Secret", "SecretList",
            "ConfigMap", "StorageClass", "PersistentVolume", "PersistentVolumeClaim", "CustomResourceDefinition",
            "ClusterRole", "ClusterRoleList", "ClusterRoleBinding", "ClusterRoleBindingList", "Role", "RoleList",
            "RoleBinding", "RoleBindingList", "Service", "DaemonSet", "Pod", "ReplicationController", "ReplicaSet",
            "Deployment", "HorizontalPodAutoscaler", "StatefulSet", "Job", "CronJob", "IngressClass", "Ingress",
            "APIService", "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration");

    static final KindOrder INSTALL = new KindOrder(INSTALL_ORDER);

    private final Map<String, Integer> rank = new HashMap<>();

    private KindOrder(List<String> order) {
        for (int i = 0; i < order.size(); i++) {
            rank.put(order.get(i), i);
        }
    }

    @Override
    public int compare(String a, String b) {
        Integer ra = rank.get(a);
        Integer rb = rank.get(b);
        if (ra == null && rb == null) {
            return a.compareTo(b);
        }
        if (ra == null) {
            return rb == null ? 0 : 1;
        }
        if (rb == null) {
            return -1;
        }
        return Integer.compare(ra, rb);
    }
}
