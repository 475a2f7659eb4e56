package dev.windlass.controller.policy;

import dev.windlass.engine.cluster.ClusterException;
import dev.windlass.engine.cluster.ResourceType;
import dev.windlass.kube.KubeCluster;
import dev.windlass.model.KubeObject;
import dev.windlass.policy.Decision;
import dev.windlass.policy.EnforcementAction;
import dev.windlass.policy.EnforcementPoint;
import dev.windlass.policy.Inventory;
import dev.windlass.policy.PolicySet;
import dev.windlass.policy.Review;
import dev.windlass.policy.Violation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Gatekeeper's audit: lists the live objects of the kinds constraints match, a chunk at a time (so
 * memory holds one page, not the cluster), reviews each at the audit enforcement point with the
 * replicated inventory, and writes every constraint's {@code status}: {@code auditTimestamp},
 * {@code totalViolations} and the first {@code violationsLimit} {@code violations}. One audit runs
 * at a time.
 */
final class PolicyAudit {

    private static final Logger LOG = Logger.getLogger(PolicyAudit.class.getName());

    private final KubeCluster cluster;
    private final PolicyController controller;
    private final StatusWriter statuses;
    private final PolicyMetrics metrics;
    private final PolicyController.Settings settings;
    private final Clock clock;

    PolicyAudit(KubeCluster cluster, PolicyController controller, StatusWriter statuses, PolicyMetrics metrics,
            PolicyController.Settings settings, Clock clock) {
        this.cluster = cluster;
        this.controller = controller;
        this.statuses = statuses;
        this.metrics = metrics;
        this.settings = settings;
        this.clock = clock;
    }

    synchronized AuditReport run() throws ClusterException {
        Instant start = clock.instant();
        long began = System.nanoTime();
        LivePolicy live = controller.live();
        List<KubeObject> enforced = live.constraints().stream()
                .filter(constraint -> !live.errors().containsKey(constraint.key())).toList();
        Map<String, AuditTally> tallies = new LinkedHashMap<>();
        enforced.forEach(constraint -> tallies.put(id(constraint.kind(), constraint.name()),
                new AuditTally(settings.violationsLimit())));
        long reviewed = 0;
        if (!enforced.isEmpty() && !live.set().isEmpty()) {
            Inventory inventory = controller.inventory();
            Map<String, KubeObject> namespaces = namespaces();
            for (ResourceType type : AuditKinds.of(enforced, cluster.listableKinds())) {
                reviewed += audit(type, live.set(), inventory, namespaces, tallies);
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - began);
        String timestamp = start.truncatedTo(ChronoUnit.SECONDS).toString();
        Map<String, Long> totals = new LinkedHashMap<>();
        Map<EnforcementAction, Long> byAction = new EnumMap<>(EnforcementAction.class);
        for (KubeObject constraint : enforced) {
            AuditTally tally = tallies.get(id(constraint.kind(), constraint.name()));
            totals.put(id(constraint.kind(), constraint.name()), tally.total());
            tally.byAction().forEach((action, count) -> byAction.merge(action, count, Long::sum));
            statuses.write(constraint, before -> tally.status(before, timestamp));
        }
        metrics.audited(start, clock.instant(), took, byAction);
        long count = reviewed;
        LOG.fine(() -> "policy: audit reviewed " + count + " objects in " + took.toMillis() + " ms: " + totals);
        return new AuditReport(start, took, reviewed, totals);
    }

    /** Reviews every object of one kind, page by page; returns how many were reviewed. */
    private long audit(ResourceType type, PolicySet set, Inventory inventory, Map<String, KubeObject> namespaces,
            Map<String, AuditTally> tallies) {
        long[] reviewed = {0};
        try {
            cluster.listPages(type.gvk(), null, settings.auditChunkSize(), page -> {
                for (KubeObject object : page) {
                    review(object, set, inventory, namespaces, tallies);
                    reviewed[0]++;
                }
            });
        } catch (ClusterException e) {
            LOG.fine(() -> "policy: audit skips " + type.gvk() + ": " + e.getMessage());
        }
        return reviewed[0];
    }

    private static void review(KubeObject object, PolicySet set, Inventory inventory,
            Map<String, KubeObject> namespaces, Map<String, AuditTally> tallies) {
        // Gatekeeper's audit builds its request from the object alone: no operation, no user
        Review review = new Review(object, null, "", Map.of(), null);
        KubeObject namespace = object.namespace().isEmpty() ? null : namespaces.get(object.namespace());
        Decision decision = set.review(namespace == null ? review : review.withNamespace(namespace),
                EnforcementPoint.AUDIT, inventory);
        for (Violation violation : decision.violations()) {
            AuditTally tally = tallies.get(id(violation.constraintKind(), violation.constraintName()));
            if (tally != null) {
                tally.add(object, violation);
            }
        }
        decision.errors().forEach(error -> LOG.fine(() -> "policy: audit of " + PolicyGate.describe(object)
                + ": " + error));
    }

    private Map<String, KubeObject> namespaces() {
        Map<String, KubeObject> namespaces = new HashMap<>();
        try {
            cluster.listPages(GatekeeperKinds.NAMESPACE, null, settings.auditChunkSize(),
                    page -> page.forEach(ns -> namespaces.put(ns.name(), ns)));
        } catch (ClusterException e) {
            LOG.fine(() -> "policy: audit cannot list namespaces: " + e.getMessage());
        }
        return namespaces;
    }

    private static String id(String kind, String name) {
        return kind + "/" + name;
    }
}
