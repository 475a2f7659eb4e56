package dev.windlass.sandbox.controller.workload;

import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.api.DeleteOptions;
import dev.windlass.sandbox.api.Meta;
import dev.windlass.sandbox.api.ObjectService;
import dev.windlass.sandbox.controller.ControllerContext;
import dev.windlass.sandbox.controller.events.ClusterEvents;
import dev.windlass.sandbox.store.ObjectKey;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * kube-controller-manager's ReplicaSet controller: keeps {@code spec.replicas} pods named
 * {@code <replicaset>-<5 random characters>} from the template, deleting surplus pods (not-ready
 * ones first, then the newest), and reports replicas, fullyLabeledReplicas, readyReplicas,
 * availableReplicas and observedGeneration.
 */
final class ReplicaSetController extends Reconciler {

    ReplicaSetController() {
        super(Kinds.REPLICA_SET, "replicaset");
    }

    @Override
    public boolean interestedIn(ObjectKey key) {
        return Kinds.REPLICA_SET.is(key) || Kinds.POD.is(key);
    }

    @Override
    void reconcile(MapNode replicaSet, ControllerContext context) {
        ObjectService api = context.api();
        List<MapNode> pods = Pods.ownedBy(api, replicaSet).stream().filter(Pods::active).toList();
        long wanted = Trees.integer(replicaSet, 1, "spec", "replicas");
        if (pods.size() < wanted) {
            for (long i = pods.size(); i < wanted; i++) {
                MapNode pod = api.create(Kinds.POD.in(api), Meta.namespace(replicaSet), Pods.fromTemplate(replicaSet,
                        Kinds.REPLICA_SET, Trees.map(replicaSet, "spec", "template"), MapNode.empty(),
                        Meta.name(replicaSet) + "-"), writeOptions());
                ClusterEvents.createdPod(context, "replicaset-controller", replicaSet, pod);
            }
        } else if (pods.size() > wanted) {
            pods.stream().sorted(deletionOrder()).limit(pods.size() - wanted).forEach(pod -> {
                api.delete(Kinds.POD.in(api), Meta.namespace(pod), Meta.name(pod), DeleteOptions.DEFAULT);
                ClusterEvents.deletedPod(context, "replicaset-controller", replicaSet, pod);
            });
        }
        pods = Pods.ownedBy(api, replicaSet).stream().filter(Pods::active).toList();
        writeStatus(context, replicaSet, status(replicaSet, pods, context.clock().instant()));
        scheduleAvailabilityCheck(replicaSet, pods, context);
    }

    private static MapNode status(MapNode replicaSet, List<MapNode> pods, Instant now) {
        long minReady = Trees.integer(replicaSet, 0, "spec", "minReadySeconds");
        MapNode templateLabels = Trees.map(replicaSet, "spec", "template", "metadata", "labels");
        MapNode status = MapNode.builder()
                .put("replicas", Node.of((long) pods.size()))
                .put("fullyLabeledReplicas", Node.of(Pods.count(pods, p -> hasAll(Trees.labels(p), templateLabels))))
                .put("readyReplicas", Node.of(Pods.count(pods, Pods::ready)))
                .put("availableReplicas", Node.of(Pods.count(pods, p -> Pods.available(p, minReady, now))))
                .put("observedGeneration", Node.of(Trees.integer(replicaSet, 1, "metadata", "generation")))
                .build();
        return Trees.withoutZeros(status, "fullyLabeledReplicas", "readyReplicas", "availableReplicas");
    }

    /** With minReadySeconds, pods that are ready but not yet available need a later look. */
    private void scheduleAvailabilityCheck(MapNode replicaSet, List<MapNode> pods, ControllerContext context) {
        long minReady = Trees.integer(replicaSet, 0, "spec", "minReadySeconds");
        Instant now = context.clock().instant();
        if (minReady > 0 && pods.stream().anyMatch(p -> Pods.ready(p) && !Pods.available(p, minReady, now))) {
            enqueueAfter(kind().key(Meta.namespace(replicaSet), Meta.name(replicaSet)),
                    java.time.Duration.ofSeconds(1), context);
        }
    }

    private static boolean hasAll(MapNode labels, MapNode wanted) {
        return wanted.keys().stream().allMatch(k -> labels.get(k).equals(wanted.get(k)));
    }

    /** Unscheduled before scheduled, not ready before ready, newer before older. */
    private static Comparator<MapNode> deletionOrder() {
        return Comparator.<MapNode, Boolean>comparing(p -> !Trees.text(p, "", "spec", "nodeName").isEmpty())
                .thenComparing(Pods::ready)
                .thenComparing(p -> Trees.text(p, "", "metadata", "creationTimestamp"), Comparator.reverseOrder());
    }
}
