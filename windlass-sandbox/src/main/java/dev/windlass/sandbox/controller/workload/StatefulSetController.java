package dev.windlass.sandbox.controller.workload;

import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.api.ApiException;
import dev.windlass.sandbox.api.DeleteOptions;
import dev.windlass.sandbox.api.Meta;
import dev.windlass.sandbox.api.ObjectService;
import dev.windlass.sandbox.controller.ControllerContext;
import dev.windlass.sandbox.controller.events.ClusterEvents;
import dev.windlass.sandbox.resource.ApiResource;
import dev.windlass.sandbox.store.ObjectKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * kube-controller-manager's StatefulSet controller: pods {@code <name>-0 … <name>-(n-1)} with their
 * claims {@code <template>-<name>-<i>} from {@code volumeClaimTemplates} (marked Bound at once).
 * With {@code OrderedReady} (the default) a pod is created only when all lower ordinals are ready,
 * and scale-down removes the highest ordinal first, one at a time; {@code Parallel} does all at
 * once. A RollingUpdate replaces pods at or above {@code partition}, highest first, when all are ready.
 */
final class StatefulSetController extends Reconciler {

    static final String REVISION_LABEL = "controller-revision-hash";

    StatefulSetController() {
        super(Kinds.STATEFUL_SET, "statefulset");
    }

    @Override
    public boolean interestedIn(ObjectKey key) {
        return Kinds.STATEFUL_SET.is(key) || Kinds.POD.is(key);
    }

    @Override
    void reconcile(MapNode sts, ControllerContext context) {
        ObjectService api = context.api();
        String updateRevision = Meta.name(sts) + "-" + TemplateHash.of(Trees.map(sts, "spec", "template"),
                Trees.integer(sts, 0, "status", "collisionCount"));
        Map<Integer, MapNode> pods = byOrdinal(sts, Pods.ownedBy(api, sts));
        long replicas = Trees.integer(sts, 1, "spec", "replicas");
        boolean ordered = !Trees.text(sts, "OrderedReady", "spec", "podManagementPolicy").equals("Parallel");
        boolean acted = scaleUp(context, sts, pods, replicas, ordered, updateRevision);
        if (!acted) {
            acted = scaleDown(api, pods, replicas, ordered);
        }
        if (!acted) {
            rollingUpdate(api, sts, pods, replicas, updateRevision);
        }
        List<MapNode> current = Pods.ownedBy(api, sts).stream().filter(Pods::active).toList();
        writeStatus(context, sts, StatefulSetStatus.compute(sts, current, updateRevision, context.clock().instant()));
    }

    private boolean scaleUp(ControllerContext context, MapNode sts, Map<Integer, MapNode> pods, long replicas,
                            boolean ordered, String revision) {
        ObjectService api = context.api();
        boolean acted = false;
        for (int i = 0; i < replicas; i++) {
            MapNode pod = pods.get(i);
            if (pod == null) {
                claims(api, sts, i);
                ClusterEvents.createdStatefulPod(context, sts,
                        api.create(Kinds.POD.in(api), Meta.namespace(sts), pod(sts, i, revision), writeOptions()));
                acted = true;
            } else if (!Pods.active(pod)) {
                api.delete(Kinds.POD.in(api), Meta.namespace(pod), Meta.name(pod), DeleteOptions.DEFAULT);
                acted = true;
            } else if (ordered && !Pods.ready(pod)) {
                return true;
            }
            if (acted && ordered) {
                return true;
            }
        }
        return acted;
    }

    private static boolean scaleDown(ObjectService api, Map<Integer, MapNode> pods, long replicas, boolean ordered) {
        List<MapNode> surplus = new ArrayList<>(pods.entrySet().stream().filter(e -> e.getKey() >= replicas)
                .map(Map.Entry::getValue).toList());
        java.util.Collections.reverse(surplus);
        for (MapNode pod : ordered ? surplus.stream().limit(1).toList() : surplus) {
            api.delete(Kinds.POD.in(api), Meta.namespace(pod), Meta.name(pod), DeleteOptions.DEFAULT);
        }
        return !surplus.isEmpty();
    }

    private static void rollingUpdate(ObjectService api, MapNode sts, Map<Integer, MapNode> pods, long replicas,
                                      String revision) {
        if (!Trees.text(sts, "RollingUpdate", "spec", "updateStrategy", "type").equals("RollingUpdate")
                || pods.values().stream().anyMatch(p -> !Pods.ready(p))) {
            return;
        }
        long partition = Trees.integer(sts, 0, "spec", "updateStrategy", "rollingUpdate", "partition");
        for (int i = (int) replicas - 1; i >= partition; i--) {
            MapNode pod = pods.get(i);
            if (pod != null && !Trees.text(pod, "", "metadata", "labels", REVISION_LABEL).equals(revision)) {
                api.delete(Kinds.POD.in(api), Meta.namespace(pod), Meta.name(pod), DeleteOptions.DEFAULT);
                return;
            }
        }
    }

    private MapNode pod(MapNode sts, int ordinal, String revision) {
        String name = Meta.name(sts) + "-" + ordinal;
        MapNode labels = MapNode.of(REVISION_LABEL, Node.of(revision),
                "statefulset.kubernetes.io/pod-name", Node.of(name),
                "apps.kubernetes.io/pod-index", Node.of(Integer.toString(ordinal)));
        MapNode pod = Pods.fromTemplate(sts, Kinds.STATEFUL_SET, Trees.map(sts, "spec", "template"), labels, name);
        MapNode spec = Trees.map(pod, "spec").with("hostname", Node.of(name));
        String service = Trees.text(sts, "", "spec", "serviceName");
        if (!service.isEmpty()) {
            spec = spec.with("subdomain", Node.of(service));
        }
        List<Node> volumes = new ArrayList<>(Trees.list(spec, "volumes"));
        for (MapNode template : claimTemplates(sts)) {
            String volume = Meta.name(template);
            volumes.removeIf(v -> Trees.text(v.asMap().orElse(MapNode.empty()), "", "name").equals(volume));
            volumes.add(MapNode.of("name", Node.of(volume), "persistentVolumeClaim",
                    MapNode.of("claimName", Node.of(claimName(volume, sts, ordinal)))));
        }
        return pod.with("spec", volumes.isEmpty() ? spec : spec.with("volumes", Node.list(volumes)));
    }

    /** Creates the missing claims of pod {@code ordinal}, each Bound with the requested capacity. */
    private void claims(ObjectService api, MapNode sts, int ordinal) {
        ApiResource resource = Kinds.PERSISTENT_VOLUME_CLAIM.in(api);
        for (MapNode template : claimTemplates(sts)) {
            String name = claimName(Meta.name(template), sts, ordinal);
            MapNode labels = Trees.labels(template);
            MapNode selector = Trees.map(sts, "spec", "selector", "matchLabels");
            for (String key : selector.keys()) {
                labels = labels.with(key, selector.get(key).orElseThrow());
            }
            MapNode metadata = MapNode.of("name", Node.of(name), "namespace", Node.of(Meta.namespace(sts)));
            MapNode claim = MapNode.of("apiVersion", Node.of("v1"), "kind", Node.of("PersistentVolumeClaim"),
                    "metadata", labels.isEmpty() ? metadata : metadata.with("labels", labels),
                    "spec", Trees.map(template, "spec"));
            try {
                MapNode created = api.create(resource, Meta.namespace(sts), claim, writeOptions());
                MapNode status = MapNode.of("phase", Node.of("Bound"),
                        "accessModes", Trees.map(template, "spec").get("accessModes").orElse(Node.list(List.of())),
                        "capacity", Trees.map(template, "spec", "resources", "requests"));
                api.update(resource, Meta.namespace(sts), name, created.with("status", status), writeOptions(),
                        ApiResource.Subresource.STATUS);
            } catch (ApiException e) {
                if (e.code() != 409) {
                    throw e;
                }
            }
        }
    }

    private static List<MapNode> claimTemplates(MapNode sts) {
        return Trees.list(sts, "spec", "volumeClaimTemplates").stream().flatMap(n -> n.asMap().stream()).toList();
    }

    private static String claimName(String template, MapNode sts, int ordinal) {
        return template + "-" + Meta.name(sts) + "-" + ordinal;
    }

    private static Map<Integer, MapNode> byOrdinal(MapNode sts, List<MapNode> pods) {
        String prefix = Meta.name(sts) + "-";
        Map<Integer, MapNode> result = new TreeMap<>();
        for (MapNode pod : pods) {
            String suffix = Meta.name(pod).startsWith(prefix) ? Meta.name(pod).substring(prefix.length()) : "";
            if (suffix.matches("\\d{1,9}")) {
                result.put(Integer.parseInt(suffix), pod);
            }
        }
        return result;
    }
}
