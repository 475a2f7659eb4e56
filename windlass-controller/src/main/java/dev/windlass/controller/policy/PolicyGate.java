package dev.windlass.controller.policy;

import dev.windlass.controller.app.SyncGate;
import dev.windlass.engine.cluster.ClusterException;
import dev.windlass.engine.sync.SyncPlan;
import dev.windlass.model.GroupKind;
import dev.windlass.model.KubeObject;
import dev.windlass.model.ResourceKey;
import dev.windlass.policy.Decision;
import dev.windlass.policy.EnforcementAction;
import dev.windlass.policy.EnforcementPoint;
import dev.windlass.policy.Inventory;
import dev.windlass.policy.PolicySet;
import dev.windlass.policy.Review;
import dev.windlass.policy.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The sync gate on Gatekeeper constraints: every object a sync would apply is reviewed at the
 * webhook enforcement point (UPDATE with the live object when it exists, CREATE otherwise), with
 * the live policy plus the templates, constraints and Config of the sync itself, so a policy synced
 * together with workloads already applies to them. {@code deny} refuses, {@code warn} is reported,
 * {@code dryrun} is left to the audit.
 */
final class PolicyGate implements SyncGate {

    private static final Logger LOG = Logger.getLogger(PolicyGate.class.getName());

    private final PolicyController controller;
    /** Compiles live policy merged with a sync's own policy objects (separate from the live set's memory). */
    private final PolicyCompiler compiler = new PolicyCompiler();

    PolicyGate(PolicyController controller) {
        this.controller = controller;
    }

    @Override
    public Verdict review(List<Candidate> candidates) {
        List<KubeObject> targets = candidates.stream().map(Candidate::target).toList();
        PolicySet set = policyFor(targets);
        if (set.isEmpty()) {
            return Verdict.ADMITTED;
        }
        Inventory inventory = controller.inventory();
        Namespaces namespaces = new Namespaces(controller, targets);
        Map<ResourceKey, List<String>> denied = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        for (Candidate candidate : candidates) {
            KubeObject target = candidate.target();
            Review review = candidate.live() == null ? Review.create(target)
                    : new Review(target, candidate.live(), "UPDATE", Map.of(), null);
            KubeObject namespace = namespaces.of(target);
            Decision decision = set.review(namespace == null ? review : review.withNamespace(namespace),
                    EnforcementPoint.WEBHOOK, inventory);
            List<String> refusals = new ArrayList<>();
            for (Violation violation : decision.violations()) {
                if (violation.action() == EnforcementAction.DENY) {
                    refusals.add(line(target, violation));
                } else if (violation.action() == EnforcementAction.WARN) {
                    warnings.add(line(target, violation));
                }
            }
            for (String error : decision.errors()) {
                // Gatekeeper's webhook fails open (failurePolicy Ignore): an evaluation error does not refuse
                LOG.warning(() -> "policy: reviewing " + describe(target) + ": " + error);
                warnings.add(describe(target) + ": policy error: " + error);
            }
            controller.metrics().validation(refusals.isEmpty());
            if (!refusals.isEmpty()) {
                denied.put(target.key(), refusals);
            }
        }
        return new Verdict(denied, warnings);
    }

    @Override
    public Set<GroupKind> definedKinds(List<KubeObject> targets) {
        Set<GroupKind> kinds = new HashSet<>();
        for (KubeObject target : targets) {
            if (GatekeeperKinds.isTemplate(target)) {
                GatekeeperKinds.constraintKind(target)
                        .ifPresent(kind -> kinds.add(new GroupKind(GatekeeperKinds.CONSTRAINTS_GROUP, kind)));
            }
        }
        return kinds;
    }

    @Override
    public void applied(KubeObject stored) throws ClusterException {
        if (GatekeeperKinds.isTemplate(stored) || GatekeeperKinds.isConstraint(stored)
                || GatekeeperKinds.isConfig(stored)) {
            controller.policyApplied(stored);
        }
    }

    @Override
    public SyncPlan arrange(SyncPlan plan) {
        return PolicyOrder.arrange(plan);
    }

    /** The live policy, or the live policy with the sync's own policy objects put in (theirs win). */
    private PolicySet policyFor(List<KubeObject> targets) {
        LivePolicy live = controller.live();
        List<KubeObject> own = targets.stream().filter(this::isPolicy).toList();
        if (own.isEmpty()) {
            return live.set();
        }
        Map<ResourceKey, KubeObject> merged = new LinkedHashMap<>();
        live.objects().forEach(object -> merged.put(object.key(), object));
        own.forEach(object -> merged.put(object.key(), object));
        return compiler.compile(List.copyOf(merged.values())).set();
    }

    private boolean isPolicy(KubeObject object) {
        if (GatekeeperKinds.isConfig(object)) {
            return object.name().equals(GatekeeperKinds.CONFIG_NAME)
                    && object.namespace().equals(controller.settings().namespace());
        }
        return GatekeeperKinds.isTemplate(object) || GatekeeperKinds.isConstraint(object);
    }

    /** {@code Kind/namespace/name: [constraint] message} ({@code Kind/name} for cluster-scoped objects). */
    static String line(KubeObject object, Violation violation) {
        return describe(object) + ": " + violation.denialLine();
    }

    static String describe(KubeObject object) {
        return object.namespace().isEmpty() ? object.kind() + "/" + object.name()
                : object.kind() + "/" + object.namespace() + "/" + object.name();
    }
}
