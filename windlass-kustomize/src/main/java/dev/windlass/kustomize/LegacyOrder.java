package dev.windlass.kustomize;

import dev.windlass.model.GroupVersionKind;
import dev.windlass.model.KubeObject;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * kustomize's default output order ({@code sortOptions.order: legacy}): kinds in its fixed "first"
 * list (Namespace, ResourceQuota, … PodDisruptionBudget) in that order, then all other kinds, then
 * its "last" list (the webhook configurations); ties broken by group/version/kind text, then
 * by the text {@code namespace|name} as a whole (so namespace {@code a-b} comes before {@code a}).
 */
final class LegacyOrder {

    static final List<String> FIRST = List.of("Namespace", "ResourceQuota", "StorageClass", "CustomResourceDefinition",
            "ServiceAccount", "PodSecurityPolicy", "Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding",
            "ConfigMap", "Secret", "Endpoints", "Service", "LimitRange", "PriorityClass", "PersistentVolume",
            "PersistentVolumeClaim", "Deployment", "StatefulSet", "CronJob", "PodDisruptionBudget");
    static final List<String> LAST = List.of("MutatingWebhookConfiguration", "ValidatingWebhookConfiguration");

    private static final Map<String, Integer> RANK = ranks();

    static final Comparator<KubeObject> ORDER = Comparator
            .comparingInt((KubeObject o) -> RANK.getOrDefault(o.kind(), 0))
            .thenComparing(KubeObject::gvk, LegacyOrder::compareGvk)
            .thenComparing(o -> orMark(o.namespace(), "~X") + "|" + orMark(o.name(), "~N"));

    private LegacyOrder() {
    }

    private static Map<String, Integer> ranks() {
        Map<String, Integer> ranks = new HashMap<>();
        for (int i = 0; i < FIRST.size(); i++) {
            ranks.put(FIRST.get(i), i - FIRST.size());
        }
        for (int i = 0; i < LAST.size(); i++) {
            ranks.put(LAST.get(i), i + 1);
        }
        return Map.copyOf(ranks);
    }

    /**
     * Kinds of the same rank by their {@code group_version_kind} text, except that kustomize
     * reverses it between two {@code Namespace} kinds when either is in the core group.
     */
    private static int compareGvk(GroupVersionKind a, GroupVersionKind b) {
        int byText = gvkText(a).compareTo(gvkText(b));
        boolean namespaces = a.kind().equals("Namespace") && b.kind().equals("Namespace");
        return namespaces && (a.group().isEmpty() || b.group().isEmpty()) ? -byText : byText;
    }

    /** kustomize's {@code group_version_kind} text, with {@code ~G}/{@code ~V}/{@code ~K} for empty parts. */
    static String gvkText(GroupVersionKind gvk) {
        return orMark(gvk.group(), "~G") + "_" + orMark(gvk.version(), "~V") + "_" + orMark(gvk.kind(), "~K");
    }

    private static String orMark(String value, String mark) {
        return value == null || value.isEmpty() ? mark : value;
    }
}
