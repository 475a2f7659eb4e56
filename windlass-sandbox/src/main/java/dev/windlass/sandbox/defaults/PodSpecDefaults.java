package dev.windlass.sandbox.defaults;

import dev.windlass.model.tree.BoolNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.List;

/**
 * The defaults of a pod spec wherever one appears (a Pod, or the pod template of a workload):
 * {@code restartPolicy: Always}, a 30 second termination grace period, {@code dnsPolicy:
 * ClusterFirst}, an empty pod security context, {@code default-scheduler}, and the defaults of
 * every container and volume. A Pod itself also gets {@code enableServiceLinks: true}, requests
 * copied from limits and, with host networking, host ports equal to container ports; templates do
 * not.
 */
final class PodSpecDefaults {

    private static final List<String> CONTAINER_LISTS = List.of("initContainers", "containers", "ephemeralContainers");
    private static final long GRACE_SECONDS = 30;

    private PodSpecDefaults() {
    }

    /** A pod template ({@code metadata} and {@code spec}), as the workload kinds hold it. */
    static MapNode template(MapNode template) {
        MapNode result = Fill.struct(template, "metadata", TemplateMetadata::unset);
        return Fill.struct(result, "spec", PodSpecDefaults::spec);
    }

    /** The defaults every pod spec gets. */
    static MapNode spec(MapNode spec) {
        MapNode result = Fill.eachItem(spec, "volumes", VolumeDefaults::volume);
        for (String list : CONTAINER_LISTS) {
            result = Fill.eachItem(result, list, ContainerDefaults::container);
        }
        result = Fill.zero(result, "restartPolicy", "Always");
        result = Fill.absent(result, "terminationGracePeriodSeconds", GRACE_SECONDS);
        result = Fill.zero(result, "dnsPolicy", "ClusterFirst");
        result = Fill.absent(result, "securityContext", MapNode.empty());
        return Fill.zero(result, "schedulerName", "default-scheduler");
    }

    /** A Pod's spec: the pod-only defaults, then {@link #spec}. */
    static MapNode podSpec(MapNode spec) {
        MapNode result = spec;
        for (String list : List.of("initContainers", "containers")) {
            result = Fill.eachItem(result, list, c -> Fill.child(c, "resources", PodSpecDefaults::requestsFromLimits));
        }
        result = Fill.absent(result, "enableServiceLinks", Node.of(true));
        if (result.get("hostNetwork").filter(n -> n instanceof BoolNode b && b.value()).isPresent()) {
            for (String list : List.of("initContainers", "containers")) {
                result = Fill.eachItem(result, list, c -> Fill.eachItem(c, "ports", PodSpecDefaults::hostPort));
            }
        }
        return spec(result);
    }

    private static MapNode requestsFromLimits(MapNode resources) {
        MapNode limits = resources.getMap("limits").orElse(null);
        if (limits == null) {
            return resources;
        }
        MapNode requests = resources.getMap("requests").orElse(MapNode.empty());
        MapNode filled = requests;
        for (String key : limits.keys()) {
            filled = filled.containsKey(key) ? filled : filled.with(key, limits.get(key).get());
        }
        return filled == requests ? resources : resources.with("requests", filled);
    }

    private static MapNode hostPort(MapNode port) {
        return Fill.isZero(port, "hostPort") && port.get("containerPort").isPresent()
                ? port.with("hostPort", port.get("containerPort").get()) : port;
    }
}
