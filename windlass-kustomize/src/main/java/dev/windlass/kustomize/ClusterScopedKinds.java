package dev.windlass.kustomize;

import dev.windlass.model.GroupVersionKind;
import java.util.Set;

/**
 * The kinds kustomize v5 treats as cluster-scoped: exactly the {@code apiVersion}/{@code kind}
 * pairs its built-in OpenAPI data (Kubernetes 1.21) marks so, plus the v1 ValidatingAdmissionPolicy
 * kinds that kustomize added after v5.5.0 (its tests expect them; kubectl 1.32's v5.5.0 still
 * namespaces them). kustomize leaves their
 * {@code metadata.namespace} alone; every other kind is namespaced, newer API versions of the
 * same kind included ({@code flowcontrol.apiserver.k8s.io/v1} FlowSchema gets a namespace while
 * {@code v1beta1} does not), and so are custom resources and ids that name no version.
 */
final class ClusterScopedKinds {

    /** {@code apiVersion/kind} of each cluster-scoped type. */
    private static final Set<String> KINDS = Set.of(
            "admissionregistration.k8s.io/v1/MutatingWebhookConfiguration",
            "admissionregistration.k8s.io/v1/ValidatingWebhookConfiguration",
            "admissionregistration.k8s.io/v1/ValidatingAdmissionPolicy",
            "admissionregistration.k8s.io/v1/ValidatingAdmissionPolicyBinding",
            "admissionregistration.k8s.io/v1beta1/MutatingWebhookConfiguration",
            "admissionregistration.k8s.io/v1beta1/ValidatingWebhookConfiguration",
            "apiextensions.k8s.io/v1/CustomResourceDefinition",
            "apiextensions.k8s.io/v1beta1/CustomResourceDefinition",
            "apiregistration.k8s.io/v1/APIService",
            "apiregistration.k8s.io/v1beta1/APIService",
            "certificates.k8s.io/v1/CertificateSigningRequest",
            "certificates.k8s.io/v1beta1/CertificateSigningRequest",
            "flowcontrol.apiserver.k8s.io/v1beta1/FlowSchema",
            "flowcontrol.apiserver.k8s.io/v1beta1/PriorityLevelConfiguration",
            "networking.k8s.io/v1/IngressClass",
            "networking.k8s.io/v1beta1/IngressClass",
            "node.k8s.io/v1/RuntimeClass",
            "node.k8s.io/v1beta1/RuntimeClass",
            "policy/v1beta1/PodSecurityPolicy",
            "rbac.authorization.k8s.io/v1/ClusterRole",
            "rbac.authorization.k8s.io/v1/ClusterRoleBinding",
            "rbac.authorization.k8s.io/v1beta1/ClusterRole",
            "rbac.authorization.k8s.io/v1beta1/ClusterRoleBinding",
            "scheduling.k8s.io/v1/PriorityClass",
            "scheduling.k8s.io/v1beta1/PriorityClass",
            "storage.k8s.io/v1/CSIDriver",
            "storage.k8s.io/v1/CSINode",
            "storage.k8s.io/v1/StorageClass",
            "storage.k8s.io/v1/VolumeAttachment",
            "storage.k8s.io/v1beta1/CSIDriver",
            "storage.k8s.io/v1beta1/CSINode",
            "storage.k8s.io/v1beta1/StorageClass",
            "storage.k8s.io/v1beta1/VolumeAttachment",
            "v1/ComponentStatus",
            "v1/Namespace",
            "v1/Node",
            "v1/NodeProxyOptions",
            "v1/PersistentVolume");

    private ClusterScopedKinds() {
    }

    static boolean isClusterScoped(GroupVersionKind gvk) {
        String apiVersion = gvk.group().isEmpty() ? gvk.version() : gvk.group() + "/" + gvk.version();
        return KINDS.contains(apiVersion + "/" + gvk.kind());
    }
}
