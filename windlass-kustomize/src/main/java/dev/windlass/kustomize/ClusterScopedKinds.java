package dev.windlass.kustomize;

import java.util.Set;

/**
 * The built-in Kubernetes kinds that live outside namespaces. kustomize leaves their
 * {@code metadata.namespace} alone; every other kind, custom resources included, is namespaced.
 */
final class ClusterScopedKinds {

    /** group/kind of the cluster-scoped built-in types ({@code ""} is the core group). */
    private static final Set<String> KINDS = Set.of(
            "apiregistration.k8s.io/APIService", "certificates.k8s.io/CertificateSigningRequest",
            "rbac.authorization.k8s.io/ClusterRole", "rbac.authorization.k8s.io/ClusterRoleBinding",
            "certificates.k8s.io/ClusterTrustBundle", "/ComponentStatus", "storage.k8s.io/CSIDriver",
            "storage.k8s.io/CSINode", "apiextensions.k8s.io/CustomResourceDefinition",
            "flowcontrol.apiserver.k8s.io/FlowSchema", "networking.k8s.io/IngressClass", "networking.k8s.io/IPAddress",
            "admissionregistration.k8s.io/MutatingAdmissionPolicy",
            "admissionregistration.k8s.io/MutatingAdmissionPolicyBinding",
            "admissionregistration.k8s.io/MutatingWebhookConfiguration", "/Namespace", "/Node", "/PersistentVolume",
            "policy/PodSecurityPolicy", "extensions/PodSecurityPolicy", "scheduling.k8s.io/PriorityClass",
            "flowcontrol.apiserver.k8s.io/PriorityLevelConfiguration", "node.k8s.io/RuntimeClass",
            "authorization.k8s.io/SelfSubjectAccessReview", "authentication.k8s.io/SelfSubjectReview",
            "authorization.k8s.io/SelfSubjectRulesReview", "networking.k8s.io/ServiceCIDR", "storage.k8s.io/StorageClass",
            "internal.apiserver.k8s.io/StorageVersion", "storagemigration.k8s.io/StorageVersionMigration",
            "authorization.k8s.io/SubjectAccessReview", "authentication.k8s.io/TokenReview",
            "admissionregistration.k8s.io/ValidatingAdmissionPolicy",
            "admissionregistration.k8s.io/ValidatingAdmissionPolicyBinding",
            "admissionregistration.k8s.io/ValidatingWebhookConfiguration", "storage.k8s.io/VolumeAttachment",
            "storage.k8s.io/VolumeAttributesClass", "resource.k8s.io/DeviceClass", "resource.k8s.io/ResourceSlice");

    private ClusterScopedKinds() {
    }

    static boolean isClusterScoped(String group, String kind) {
        return KINDS.contains(group + "/" + kind);
    }
}
