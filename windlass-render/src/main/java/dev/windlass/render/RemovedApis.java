package dev.windlass.render;

import dev.windlass.model.GroupVersionKind;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * API versions that Kubernetes has removed, from its deprecated API migration guide: a manifest
 * still written against one is refused by every cluster from that release on.
 */
final class RemovedApis {

    /** When an API version went away and what replaces it ({@code null} when nothing does). */
    record Removal(String removedIn, String replacement) {
    }

    private static final Map<String, Removal> REMOVED = new HashMap<>();

    static {
        removed("1.16", "apps/v1", "extensions/v1beta1", "Deployment", "DaemonSet", "ReplicaSet");
        removed("1.16", "apps/v1", "apps/v1beta1", "Deployment", "StatefulSet", "ReplicaSet", "DaemonSet");
        removed("1.16", "apps/v1", "apps/v1beta2", "Deployment", "StatefulSet", "ReplicaSet", "DaemonSet");
        removed("1.16", "networking.k8s.io/v1", "extensions/v1beta1", "NetworkPolicy");
        removed("1.22", "networking.k8s.io/v1", "extensions/v1beta1", "Ingress");
        removed("1.22", "networking.k8s.io/v1", "networking.k8s.io/v1beta1", "Ingress", "IngressClass");
        removed("1.22", "rbac.authorization.k8s.io/v1", "rbac.authorization.k8s.io/v1beta1",
                "ClusterRole", "ClusterRoleBinding", "Role", "RoleBinding");
        removed("1.22", "apiextensions.k8s.io/v1", "apiextensions.k8s.io/v1beta1", "CustomResourceDefinition");
        removed("1.22", "admissionregistration.k8s.io/v1", "admissionregistration.k8s.io/v1beta1",
                "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration");
        removed("1.22", "apiregistration.k8s.io/v1", "apiregistration.k8s.io/v1beta1", "APIService");
        removed("1.22", "certificates.k8s.io/v1", "certificates.k8s.io/v1beta1", "CertificateSigningRequest");
        removed("1.22", "coordination.k8s.io/v1", "coordination.k8s.io/v1beta1", "Lease");
        removed("1.25", "batch/v1", "batch/v1beta1", "CronJob");
        removed("1.25", "discovery.k8s.io/v1", "discovery.k8s.io/v1beta1", "EndpointSlice");
        removed("1.25", "events.k8s.io/v1", "events.k8s.io/v1beta1", "Event");
        removed("1.25", "autoscaling/v2", "autoscaling/v2beta1", "HorizontalPodAutoscaler");
        removed("1.26", "autoscaling/v2", "autoscaling/v2beta2", "HorizontalPodAutoscaler");
        removed("1.25", "policy/v1", "policy/v1beta1", "PodDisruptionBudget");
        removed("1.25", null, "policy/v1beta1", "PodSecurityPolicy");
        removed("1.16", null, "extensions/v1beta1", "PodSecurityPolicy");
        removed("1.25", "node.k8s.io/v1", "node.k8s.io/v1beta1", "RuntimeClass");
        removed("1.27", "storage.k8s.io/v1", "storage.k8s.io/v1beta1", "CSIStorageCapacity");
    }

    private RemovedApis() {
    }

    private static void removed(String release, String replacement, String apiVersion, String... kinds) {
        for (String kind : kinds) {
            REMOVED.put(apiVersion + " " + kind, new Removal(release, replacement));
        }
    }

    /** The removal of {@code gvk}'s API version, if Kubernetes removed it. */
    static Optional<Removal> of(GroupVersionKind gvk) {
        return Optional.ofNullable(REMOVED.get(gvk.apiVersion() + " " + gvk.kind()));
    }
}
