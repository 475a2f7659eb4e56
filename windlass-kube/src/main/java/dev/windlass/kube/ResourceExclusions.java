package dev.windlass.kube;

import dev.windlass.model.GroupKind;
import java.util.Map;
import java.util.Set;

/**
 * The kinds the tracked-object cache never watches: Argo CD's built-in exclusions (all of
 * {@code events.k8s.io} and {@code metrics.k8s.io}, core {@code Event}, {@code Lease}) plus the
 * default {@code resource.exclusions} of the {@code argocd-cm} it ships: high-volume objects the
 * control plane makes (Endpoints, EndpointSlice, APIService, CertificateSigningRequest, cert-manager's
 * CertificateRequest, Cilium's and Kyverno's reports) and the authn/authz review kinds. None of them
 * is ever declared in Git, and watching them costs the API server the most.
 */
final class ResourceExclusions {

    /** Groups excluded whole. */
    private static final Set<String> GROUPS = Set.of("events.k8s.io", "metrics.k8s.io");

    /** Kinds excluded in the listed groups. */
    private static final Map<String, Set<String>> KINDS = Map.ofEntries(
            Map.entry("", Set.of("Event", "Endpoints", "EndpointSlice")),
            Map.entry("discovery.k8s.io", Set.of("Endpoints", "EndpointSlice")),
            Map.entry("apiregistration.k8s.io", Set.of("APIService")),
            Map.entry("coordination.k8s.io", Set.of("Lease")),
            Map.entry("authentication.k8s.io", reviews()),
            Map.entry("authorization.k8s.io", reviews()),
            Map.entry("certificates.k8s.io", Set.of("CertificateSigningRequest")),
            Map.entry("cert-manager.io", Set.of("CertificateRequest")),
            Map.entry("cilium.io", Set.of("CiliumIdentity", "CiliumEndpoint", "CiliumEndpointSlice")),
            Map.entry("kyverno.io", kyverno()),
            Map.entry("reports.kyverno.io", kyverno()),
            Map.entry("wgpolicyk8s.io", kyverno()));

    private ResourceExclusions() {
    }

    /** True when the cache must not watch {@code kind}. */
    static boolean excluded(GroupKind kind) {
        return GROUPS.contains(kind.group())
                || KINDS.getOrDefault(kind.group(), Set.of()).contains(kind.kind());
    }

    private static Set<String> reviews() {
        return Set.of("SelfSubjectReview", "TokenReview", "LocalSubjectAccessReview", "SelfSubjectAccessReview",
                "SelfSubjectRulesReview", "SubjectAccessReview");
    }

    private static Set<String> kyverno() {
        return Set.of("PolicyReport", "ClusterPolicyReport", "EphemeralReport", "ClusterEphemeralReport",
                "AdmissionReport", "ClusterAdmissionReport", "BackgroundScanReport", "ClusterBackgroundScanReport",
                "UpdateRequest");
    }
}
