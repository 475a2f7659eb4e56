package dev.windlass.sandbox.controller.workload;

import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.api.Meta;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One step of a Deployment's rollout, as a pure function of the Deployment and its ReplicaSets:
 * the replica counts to set. RollingUpdate scales the new ReplicaSet up within
 * {@code maxSurge} and the old ones down while {@code maxUnavailable} allows (unhealthy old
 * replicas first); Recreate scales the old ones to zero and the new one up once no old pod is left.
 * Repeated on every change, the steps converge.
 */
final class DeploymentRollout {

    private final MapNode deployment;
    private final long replicas;

    DeploymentRollout(MapNode deployment) {
        this.deployment = deployment;
        this.replicas = Trees.integer(deployment, 1, "spec", "replicas");
    }

    boolean recreate() {
        return Trees.text(deployment, "RollingUpdate", "spec", "strategy", "type").equals("Recreate");
    }

    long maxSurge() {
        if (recreate()) {
            return 0;
        }
        Node value = Trees.map(deployment, "spec", "strategy", "rollingUpdate").get("maxSurge").orElse(Node.of("25%"));
        return Trees.scaled(value, replicas, true);
    }

    long maxUnavailable() {
        if (recreate()) {
            return 0;
        }
        Node value = Trees.map(deployment, "spec", "strategy", "rollingUpdate").get("maxUnavailable")
                .orElse(Node.of("25%"));
        long unavailable = Trees.scaled(value, replicas, false);
        if (unavailable == 0 && maxSurge() == 0) {
            unavailable = 1;
        }
        return Math.min(unavailable, replicas);
    }

    /** The ReplicaSets (by name) whose {@code spec.replicas} must change, and to what. */
    Map<String, Long> step(MapNode newReplicaSet, List<MapNode> oldReplicaSets) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (MapNode rs : oldReplicaSets) {
            counts.put(Meta.name(rs), specReplicas(rs));
        }
        counts.put(Meta.name(newReplicaSet), specReplicas(newReplicaSet));
        if (recreate()) {
            recreateStep(newReplicaSet, oldReplicaSets, counts);
        } else {
            scaleUp(newReplicaSet, counts);
            scaleDown(newReplicaSet, oldReplicaSets, counts);
        }
        Map<String, Long> changes = new LinkedHashMap<>();
        for (MapNode rs : concat(oldReplicaSets, newReplicaSet)) {
            long wanted = counts.get(Meta.name(rs));
            if (wanted != specReplicas(rs)) {
                changes.put(Meta.name(rs), wanted);
            }
        }
        return changes;
    }

    private void recreateStep(MapNode newRs, List<MapNode> olds, Map<String, Long> counts) {
        olds.forEach(rs -> counts.put(Meta.name(rs), 0L));
        boolean oldPodsGone = olds.stream().allMatch(rs -> Trees.integer(rs, 0, "status", "replicas") == 0);
        if (oldPodsGone) {
            counts.put(Meta.name(newRs), replicas);
        }
    }

    private void scaleUp(MapNode newRs, Map<String, Long> counts) {
        String name = Meta.name(newRs);
        long current = counts.get(name);
        if (current >= replicas) {
            counts.put(name, replicas);
            return;
        }
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        long room = replicas + maxSurge() - total;
        if (room > 0) {
            counts.put(name, current + Math.min(room, replicas - current));
        }
    }

    private void scaleDown(MapNode newRs, List<MapNode> olds, Map<String, Long> counts) {
        long all = counts.values().stream().mapToLong(Long::longValue).sum();
        long minAvailable = replicas - maxUnavailable();
        long newUnavailable = Math.max(0, counts.get(Meta.name(newRs)) - available(newRs));
        long budget = all - minAvailable - newUnavailable;
        if (budget <= 0) {
            return;
        }
        for (MapNode rs : olds) {
            long unhealthy = Math.max(0, counts.get(Meta.name(rs)) - available(rs));
            long cut = Math.min(budget, unhealthy);
            counts.put(Meta.name(rs), counts.get(Meta.name(rs)) - cut);
            budget -= cut;
        }
        long availableNow = available(newRs) + olds.stream().mapToLong(rs ->
                Math.min(available(rs), counts.get(Meta.name(rs)))).sum();
        long surplus = availableNow - minAvailable;
        for (MapNode rs : olds) {
            long cut = Math.min(surplus, counts.get(Meta.name(rs)));
            if (cut > 0) {
                counts.put(Meta.name(rs), counts.get(Meta.name(rs)) - cut);
                surplus -= cut;
            }
        }
    }

    static long specReplicas(MapNode replicaSet) {
        return Trees.integer(replicaSet, 1, "spec", "replicas");
    }

    private static long available(MapNode replicaSet) {
        return Trees.integer(replicaSet, 0, "status", "availableReplicas");
    }

    private static List<MapNode> concat(List<MapNode> olds, MapNode newRs) {
        List<MapNode> all = new java.util.ArrayList<>(olds);
        all.add(newRs);
        return all;
    }
}
