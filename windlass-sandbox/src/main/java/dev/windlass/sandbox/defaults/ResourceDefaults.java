package dev.windlass.sandbox.defaults;

import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;

/**
 * The defaults of the non-workload kinds a GitOps engine applies: Secret {@code type: Opaque},
 * claim and volume modes, PersistentVolume reclaim policy, NetworkPolicy policy types and port
 * protocols, the API group of RBAC role references and subjects, and IngressClass parameter scope.
 * ServiceAccount, Ingress and PodDisruptionBudget have no defaults.
 */
final class ResourceDefaults {

    static final String RBAC_GROUP = "rbac.authorization.k8s.io";

    private ResourceDefaults() {
    }

    static MapNode secret(MapNode secret) {
        return Fill.zero(secret, "type", "Opaque");
    }

    static MapNode persistentVolumeClaim(MapNode claim) {
        return Fill.struct(claim, "spec", VolumeDefaults::claimSpec);
    }

    static MapNode persistentVolume(MapNode volume) {
        return Fill.struct(volume, "spec", spec -> {
            MapNode result = Fill.child(spec, "hostPath", hostPath -> Fill.absent(hostPath, "type", ""));
            result = Fill.zero(result, "persistentVolumeReclaimPolicy", "Retain");
            return Fill.absent(result, "volumeMode", "Filesystem");
        });
    }

    /** {@code [Ingress]}, plus {@code Egress} when egress rules are given; ports default to TCP. */
    static MapNode networkPolicy(MapNode policy) {
        return Fill.struct(policy, "spec", spec -> {
            MapNode result = spec;
            for (String direction : new String[] {"ingress", "egress"}) {
                result = Fill.eachItem(result, direction,
                        rule -> Fill.eachItem(rule, "ports", port -> Fill.absent(port, "protocol", "TCP")));
            }
            if (Fill.isZero(result, "policyTypes")) {
                boolean egress = result.getList("egress").filter(l -> !l.isEmpty()).isPresent();
                result = result.with("policyTypes", egress
                        ? ListNode.of(Node.of("Ingress"), Node.of("Egress")) : ListNode.of(Node.of("Ingress")));
            }
            return result;
        });
    }

    /** RoleBinding and ClusterRoleBinding: the RBAC group on the role and on User and Group subjects. */
    static MapNode binding(MapNode binding) {
        MapNode result = Fill.eachItem(binding, "subjects", subject -> {
            String kind = Fill.text(subject, "kind");
            return kind.equals("User") || kind.equals("Group") ? Fill.zero(subject, "apiGroup", RBAC_GROUP) : subject;
        });
        return Fill.struct(result, "roleRef", role -> Fill.zero(role, "apiGroup", RBAC_GROUP));
    }

    static MapNode ingressClass(MapNode ingressClass) {
        return Fill.child(ingressClass, "spec",
                spec -> Fill.child(spec, "parameters", parameters -> Fill.absent(parameters, "scope", "Cluster")));
    }
}
