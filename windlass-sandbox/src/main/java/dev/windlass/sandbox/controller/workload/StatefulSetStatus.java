package dev.windlass.sandbox.controller.workload;

import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.time.Instant;
import java.util.List;

/** A StatefulSet's status from its pods and the revision of its current template. */
final class StatefulSetStatus {

    private StatefulSetStatus() {
    }

    /**
     * replicas, readyReplicas, availableReplicas, currentReplicas and updatedReplicas counted from
     * the pods; {@code currentRevision} moves to {@code updateRevision} once every wanted pod runs the
     * update revision and is ready.
     */
    static MapNode compute(MapNode sts, List<MapNode> pods, String updateRevision, Instant now) {
        MapNode old = Trees.map(sts, "status");
        long wanted = Trees.integer(sts, 1, "spec", "replicas");
        long minReady = Trees.integer(sts, 0, "spec", "minReadySeconds");
        long updated = Pods.count(pods, p -> revision(p).equals(updateRevision));
        long ready = Pods.count(pods, Pods::ready);
        String currentRevision = Trees.text(old, updateRevision, "currentRevision");
        if (updated == wanted && ready == wanted && pods.size() == wanted) {
            currentRevision = updateRevision;
        }
        String current = currentRevision;
        MapNode status = MapNode.builder()
                .put("observedGeneration", Node.of(Trees.integer(sts, 1, "metadata", "generation")))
                .put("replicas", Node.of((long) pods.size()))
                .put("readyReplicas", Node.of(ready))
                .put("currentReplicas", Node.of(Pods.count(pods, p -> revision(p).equals(current))))
                .put("updatedReplicas", Node.of(updated))
                .put("currentRevision", Node.of(currentRevision))
                .put("updateRevision", Node.of(updateRevision))
                .put("collisionCount", Node.of(Trees.integer(old, 0, "collisionCount")))
                .put("availableReplicas", Node.of(Pods.count(pods, p -> Pods.available(p, minReady, now))))
                .build();
        return Trees.withoutZeros(status, "readyReplicas", "currentReplicas", "updatedReplicas");
    }

    private static String revision(MapNode pod) {
        return Trees.text(pod, "", "metadata", "labels", StatefulSetController.REVISION_LABEL);
    }
}
