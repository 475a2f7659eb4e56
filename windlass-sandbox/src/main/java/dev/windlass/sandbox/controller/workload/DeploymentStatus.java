package dev.windlass.sandbox.controller.workload;

import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.api.Meta;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A Deployment's status from its ReplicaSets: the replica counts and the {@code Available} and
 * {@code Progressing} conditions with the reasons and messages kube-controller-manager uses.
 *
 * @param deployment   the Deployment as stored
 * @param newRs        its ReplicaSet for the current template, or null (paused before creating one)
 * @param all          all its ReplicaSets, the new one included
 * @param createdNewRs whether this reconcile created {@code newRs}
 * @param rollout      its rollout parameters
 */
record DeploymentStatus(MapNode deployment, MapNode newRs, List<MapNode> all, boolean createdNewRs,
                        DeploymentRollout rollout) {

    static final String PROGRESSING = "Progressing";
    static final String AVAILABLE = "Available";
    static final String DEADLINE_EXCEEDED = "ProgressDeadlineExceeded";
    private static final String NEW_RS_AVAILABLE = "NewReplicaSetAvailable";
    private static final List<String> TIMES = List.of("lastUpdateTime", "lastTransitionTime");

    DeploymentStatus {
        all = List.copyOf(all);
    }

    /** The new status at {@code now}. */
    MapNode compute(Instant now) {
        MapNode old = Trees.map(deployment, "status");
        long spec = Trees.integer(deployment, 1, "spec", "replicas");
        long available = sum("availableReplicas");
        MapNode.Builder builder = MapNode.builder()
                .put("observedGeneration", Node.of(Trees.integer(deployment, 1, "metadata", "generation")))
                .put("replicas", Node.of(sum("replicas")))
                .put("updatedReplicas", Node.of(newRs == null ? 0 : Trees.integer(newRs, 0, "status", "replicas")))
                .put("readyReplicas", Node.of(sum("readyReplicas")))
                .put("availableReplicas", Node.of(available))
                .put("unavailableReplicas", Node.of(Math.max(0, spec - available)));
        old.get("collisionCount").ifPresent(count -> builder.put("collisionCount", count));
        MapNode status = builder.build();
        String time = Meta.timestamp(now);
        ListNode conditions = old.getList("conditions").orElse(ListNode.empty());
        boolean minimum = available >= spec - rollout.maxUnavailable();
        conditions = Conditions.set(conditions, minimum
                ? Conditions.of(AVAILABLE, "True", "MinimumReplicasAvailable", "Deployment has minimum availability.",
                        time, TIMES)
                : Conditions.of(AVAILABLE, "False", "MinimumReplicasUnavailable",
                        "Deployment does not have minimum availability.", time, TIMES));
        conditions = progressing(conditions, old, status, spec, now);
        return Trees.withoutZeros(status.with("conditions", conditions), "replicas", "updatedReplicas",
                "readyReplicas", "availableReplicas", "unavailableReplicas");
    }

    private ListNode progressing(ListNode conditions, MapNode old, MapNode status, long spec, Instant now) {
        String time = Meta.timestamp(now);
        String rsName = newRs == null ? "" : Meta.name(newRs);
        Optional<MapNode> current = Conditions.find(MapNode.of("conditions", conditions), PROGRESSING);
        String reason = current.map(c -> Trees.text(c, "", "reason")).orElse("");
        if (Trees.bool(deployment, "spec", "paused")) {
            return Conditions.set(conditions, Conditions.of(PROGRESSING, "Unknown", "DeploymentPaused",
                    "Deployment is paused", time, TIMES));
        }
        if (reason.equals("DeploymentPaused")) {
            conditions = Conditions.set(conditions, Conditions.of(PROGRESSING, "Unknown", "DeploymentResumed",
                    "Deployment is resumed", time, TIMES));
        }
        if (createdNewRs) {
            conditions = Conditions.set(conditions, Conditions.of(PROGRESSING, "True", "NewReplicaSetCreated",
                    "Created new replica set \"" + rsName + "\"", time, TIMES));
        } else if (current.isEmpty() && newRs != null) {
            conditions = Conditions.set(conditions, Conditions.of(PROGRESSING, "True", "FoundNewReplicaSet",
                    "Found new replica set \"" + rsName + "\"", time, TIMES));
        }
        long replicas = Trees.integer(status, 0, "replicas");
        long updated = Trees.integer(status, 0, "updatedReplicas");
        if (replicas == updated && reason.equals(NEW_RS_AVAILABLE)) {
            return conditions;
        }
        if (complete(status, spec)) {
            return Conditions.set(conditions, Conditions.of(PROGRESSING, "True", NEW_RS_AVAILABLE,
                    "ReplicaSet \"" + rsName + "\" has successfully progressed.", time, TIMES));
        }
        if (madeProgress(old, status)) {
            return Conditions.replace(conditions, Conditions.of(PROGRESSING, "True", "ReplicaSetUpdated",
                    "ReplicaSet \"" + rsName + "\" is progressing.", time, TIMES));
        }
        if (timedOut(conditions, now)) {
            return Conditions.set(conditions, Conditions.of(PROGRESSING, "False", DEADLINE_EXCEEDED,
                    "ReplicaSet \"" + rsName + "\" has timed out progressing.", time, TIMES));
        }
        return conditions;
    }

    private boolean complete(MapNode status, long spec) {
        return Trees.integer(status, 0, "updatedReplicas") == spec && Trees.integer(status, 0, "replicas") == spec
                && Trees.integer(status, 0, "availableReplicas") == spec
                && Trees.integer(status, 0, "observedGeneration") >= Trees.integer(deployment, 1, "metadata", "generation");
    }

    private static boolean madeProgress(MapNode old, MapNode now) {
        long oldOld = Trees.integer(old, 0, "replicas") - Trees.integer(old, 0, "updatedReplicas");
        long newOld = Trees.integer(now, 0, "replicas") - Trees.integer(now, 0, "updatedReplicas");
        return Trees.integer(now, 0, "updatedReplicas") > Trees.integer(old, 0, "updatedReplicas")
                || newOld < oldOld
                || Trees.integer(now, 0, "readyReplicas") > Trees.integer(old, 0, "readyReplicas")
                || Trees.integer(now, 0, "availableReplicas") > Trees.integer(old, 0, "availableReplicas");
    }

    private boolean timedOut(ListNode conditions, Instant now) {
        return deadline(conditions).filter(d -> d.isBefore(now)).isPresent();
    }

    /** When the current rollout times out unless it progresses; empty when complete or already timed out. */
    Optional<Instant> deadline(ListNode conditions) {
        Optional<MapNode> condition = Conditions.find(MapNode.of("conditions", conditions), PROGRESSING);
        String reason = condition.map(c -> Trees.text(c, "", "reason")).orElse("");
        if (condition.isEmpty() || reason.equals(NEW_RS_AVAILABLE) || reason.equals(DEADLINE_EXCEEDED)
                || Trees.bool(deployment, "spec", "paused")) {
            return Optional.empty();
        }
        String updated = Trees.text(condition.get(), "", "lastUpdateTime");
        long seconds = Trees.integer(deployment, 600, "spec", "progressDeadlineSeconds");
        return updated.isEmpty() ? Optional.empty() : Optional.of(Instant.parse(updated).plusSeconds(seconds));
    }

    private long sum(String field) {
        return all.stream().mapToLong(rs -> Trees.integer(rs, 0, "status", field)).sum();
    }
}
