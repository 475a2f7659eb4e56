package dev.windlass.controller.policy;

import dev.windlass.engine.cluster.ApplyOptions;
import dev.windlass.engine.cluster.ClusterException;
import dev.windlass.engine.cluster.PropagationPolicy;
import dev.windlass.kube.KubeCluster;
import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.Node;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The constraint CRDs of the live templates: each is (re)applied when its template's kind or
 * parameter schema changes and waited for until the API server serves the kind; the CRD of a
 * template that is gone is deleted (its constraints with it), as Gatekeeper's template controller does.
 */
final class ConstraintCrds {

    private static final Logger LOG = Logger.getLogger(ConstraintCrds.class.getName());
    private static final Duration ESTABLISH_TIMEOUT = Duration.ofSeconds(30);

    private final KubeCluster cluster;
    /** The CRD spec applied for each constraint kind, and the template that defined it. */
    private final Map<String, Installed> installed = new HashMap<>();

    private record Installed(Node spec, String template) {
    }

    ConstraintCrds(KubeCluster cluster) {
        this.cluster = cluster;
    }

    /** Makes sure the CRD of {@code template}'s {@code kind} is served; the error message when it cannot be. */
    synchronized Optional<String> ensure(KubeObject template, String kind) {
        KubeObject crd = GatekeeperCrds.constraintCrd(template, kind);
        Node spec = crd.content().get("spec").orElseThrow();
        Installed known = installed.get(kind);
        if (known != null && known.spec().equals(spec) && known.template().equals(template.name())) {
            return Optional.empty();
        }
        if (known != null && !known.template().equals(template.name())) {
            return Optional.of("ConstraintTemplate " + template.name() + ": kind " + kind
                    + " is already defined by ConstraintTemplate " + known.template()
                    + " (give spec.crd.spec.names.kind a unique name)");
        }
        try {
            cluster.apply(crd, ApplyOptions.APPLY.withForce(true));
            cluster.ensureCustomResourceDefinition(crd, ESTABLISH_TIMEOUT);
            installed.put(kind, new Installed(spec, template.name()));
            LOG.info(() -> "policy: constraint kind " + kind + " is served (ConstraintTemplate " + template.name() + ")");
            return Optional.empty();
        } catch (ClusterException e) {
            return Optional.of("ConstraintTemplate " + template.name() + ": cannot create the CRD "
                    + crd.name() + ": " + e.getMessage());
        }
    }

    /** Deletes the CRDs of kinds no template in {@code templates} defines any more. */
    synchronized void retain(Set<String> kinds) {
        for (String kind : List.copyOf(installed.keySet())) {
            if (kinds.contains(kind)) {
                continue;
            }
            try {
                cluster.delete(GatekeeperKinds.CRD, "", GatekeeperKinds.plural(kind) + "."
                        + GatekeeperKinds.CONSTRAINTS_GROUP, PropagationPolicy.BACKGROUND);
                installed.remove(kind);
                LOG.info(() -> "policy: constraint kind " + kind + " removed (its ConstraintTemplate is gone)");
            } catch (ClusterException e) {
                LOG.warning(() -> "policy: cannot delete the CRD of constraint kind " + kind + ": " + e.getMessage());
            }
        }
    }

    /** The constraint kinds whose CRDs this controller installed. */
    synchronized Set<String> kinds() {
        return Set.copyOf(installed.keySet());
    }
}
