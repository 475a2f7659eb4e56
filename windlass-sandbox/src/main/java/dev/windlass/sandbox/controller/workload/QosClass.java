package dev.windlass.sandbox.controller.workload;

import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.List;

/** A pod's quality-of-service class from its containers' cpu and memory requests and limits. */
final class QosClass {

    private static final List<String> TRACKED = List.of("cpu", "memory");

    private QosClass() {
    }

    /**
     * {@code BestEffort} when no container requests or limits cpu or memory; {@code Guaranteed}
     * when every container limits both and requests equal limits (or are unset); else {@code Burstable}.
     */
    static String of(MapNode pod) {
        List<MapNode> containers = new ArrayList<>();
        for (String field : List.of("containers", "initContainers")) {
            Trees.list(pod, "spec", field).forEach(n -> n.asMap().ifPresent(containers::add));
        }
        boolean any = false;
        boolean guaranteed = !containers.isEmpty();
        for (MapNode container : containers) {
            MapNode requests = Trees.map(container, "resources", "requests");
            MapNode limits = Trees.map(container, "resources", "limits");
            for (String resource : TRACKED) {
                any |= requests.containsKey(resource) || limits.containsKey(resource);
                java.util.Optional<Node> limit = limits.get(resource);
                java.util.Optional<Node> request = requests.get(resource);
                if (limit.isEmpty() || (request.isPresent() && !request.equals(limit))) {
                    guaranteed = false;
                }
            }
        }
        if (!any) {
            return "BestEffort";
        }
        return guaranteed ? "Guaranteed" : "Burstable";
    }
}
