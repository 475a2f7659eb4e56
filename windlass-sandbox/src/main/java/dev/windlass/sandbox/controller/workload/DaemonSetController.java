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
import java.util.List;

/**
 * kube-controller-manager's DaemonSet controller: one pod per node ({@link Nodes}), named
 * {@code <daemonset>-<5 random characters>} and bound to its node. A RollingUpdate replaces pods of
 * an older template one at a time; OnDelete leaves them. Status: desiredNumberScheduled,
 * currentNumberScheduled, numberReady, numberAvailable, numberUnavailable, updatedNumberScheduled,
 * numberMisscheduled and observedGeneration.
 */
final class DaemonSetController extends Reconciler {

    DaemonSetController() {
        super(Kinds.DAEMON_SET, "daemonset");
    }

    @Override
    public boolean interestedIn(ObjectKey key) {
        return Kinds.DAEMON_SET.is(key) || Kinds.POD.is(key) || Kinds.NODE.is(key);
    }

    @Override
    List<ObjectKey> keysFor(dev.windlass.sandbox.store.WatchEvent event, ControllerContext context) {
        if (!Kinds.NODE.is(event.key())) {
            return super.keysFor(event, context);
        }
        return context.api().list(Kinds.DAEMON_SET.in(context.api()), null,
                        dev.windlass.sandbox.api.ListOptions.ALL).items().stream()
                .map(ds -> Kinds.DAEMON_SET.key(Meta.namespace(ds), Meta.name(ds))).toList();
    }

    @Override
    void reconcile(MapNode ds, ControllerContext context) {
        ObjectService api = context.api();
        String revision = TemplateHash.of(Trees.map(ds, "spec", "template"),
                Trees.integer(ds, 0, "status", "collisionCount"));
        List<String> nodes = Nodes.names(api);
        List<MapNode> pods = Pods.ownedBy(api, ds);
        for (MapNode pod : pods) {
            boolean misplaced = !nodes.contains(Trees.text(pod, "", "spec", "nodeName"));
            if (!Pods.active(pod) || misplaced) {
                api.delete(Kinds.POD.in(api), Meta.namespace(pod), Meta.name(pod), DeleteOptions.DEFAULT);
            }
        }
        pods = Pods.ownedBy(api, ds).stream().filter(Pods::active).toList();
        for (String node : nodes) {
            if (pods.stream().noneMatch(p -> Trees.text(p, "", "spec", "nodeName").equals(node))) {
                ClusterEvents.createdPod(context, "daemonset-controller", ds,
                        api.create(Kinds.POD.in(api), Meta.namespace(ds), pod(ds, node, revision), writeOptions()));
            }
        }
        pods = Pods.ownedBy(api, ds).stream().filter(Pods::active).toList();
        rollingUpdate(api, ds, pods, revision);
        pods = Pods.ownedBy(api, ds).stream().filter(Pods::active).toList();
        writeStatus(context, ds, status(ds, pods, nodes.size(), revision, context.clock().instant()));
    }

    private static void rollingUpdate(ObjectService api, MapNode ds, List<MapNode> pods, String revision) {
        if (!Trees.text(ds, "RollingUpdate", "spec", "updateStrategy", "type").equals("RollingUpdate")
                || pods.stream().anyMatch(p -> !Pods.ready(p) && revision(p).equals(revision))) {
            return;
        }
        pods.stream().filter(p -> !revision(p).equals(revision)).findFirst().ifPresent(pod ->
                api.delete(Kinds.POD.in(api), Meta.namespace(pod), Meta.name(pod), DeleteOptions.DEFAULT));
    }

    private static MapNode pod(MapNode ds, String node, String revision) {
        MapNode labels = MapNode.of(StatefulSetController.REVISION_LABEL, Node.of(revision),
                "pod-template-generation", Node.of(Long.toString(Trees.integer(ds, 1, "metadata", "generation"))));
        MapNode pod = Pods.fromTemplate(ds, Kinds.DAEMON_SET, Trees.map(ds, "spec", "template"), labels,
                Meta.name(ds) + "-");
        return pod.with("spec", Trees.map(pod, "spec").with("nodeName", Node.of(node)));
    }

    private static MapNode status(MapNode ds, List<MapNode> pods, int nodes, String revision, Instant now) {
        long minReady = Trees.integer(ds, 0, "spec", "minReadySeconds");
        long available = Pods.count(pods, p -> Pods.available(p, minReady, now));
        MapNode status = MapNode.builder()
                .put("currentNumberScheduled", Node.of((long) pods.size()))
                .put("numberMisscheduled", Node.of(0L))
                .put("desiredNumberScheduled", Node.of((long) nodes))
                .put("numberReady", Node.of(Pods.count(pods, Pods::ready)))
                .put("observedGeneration", Node.of(Trees.integer(ds, 1, "metadata", "generation")))
                .put("updatedNumberScheduled", Node.of(Pods.count(pods, p -> revision(p).equals(revision))))
                .put("numberAvailable", Node.of(available))
                .put("numberUnavailable", Node.of(Math.max(0, nodes - available)))
                .build();
        return Trees.withoutZeros(status, "updatedNumberScheduled", "numberAvailable", "numberUnavailable");
    }

    private static String revision(MapNode pod) {
        return Trees.text(pod, "", "metadata", "labels", StatefulSetController.REVISION_LABEL);
    }
}
