package dev.windlass.sandbox.controller.lifecycle;

import dev.windlass.model.tree.IntNode;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.api.Admission;
import dev.windlass.sandbox.api.Meta;
import dev.windlass.sandbox.api.Operation;
import dev.windlass.sandbox.resource.ApiResource;
import dev.windlass.sandbox.store.ObjectStore;
import dev.windlass.sandbox.store.StoredObject;
import dev.windlass.sandbox.validation.FieldErrors;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A Service's defaults and allocations, as the real service registry applies them: {@code type},
 * {@code sessionAffinity} and traffic policies, a cluster IP (none for {@code ExternalName},
 * {@code None} kept for headless services), IPv4 single-stack families, each port's protocol and
 * target port, and node ports for {@code NodePort} and {@code LoadBalancer} services. An update
 * that leaves out allocated values keeps them; changing a cluster IP once set is refused.
 *
 * <p>Runs inside the store's write lock, so scanning the stored services for addresses and ports
 * in use is consistent with the write.
 */
final class ServiceAdmission implements Admission {

    private static final String EXTERNAL_NAME = "ExternalName";

    private final ObjectStore store;
    private final ClusterIps clusterIps = new ClusterIps();
    private final NodePorts nodePorts = new NodePorts();

    ServiceAdmission(ObjectStore store) {
        this.store = store;
    }

    @Override
    public MapNode admit(Operation operation, ApiResource resource, MapNode old, MapNode incoming) {
        if (operation == Operation.DELETE || !resource.group().isEmpty() || !resource.plural().equals("services")) {
            return incoming;
        }
        MapNode oldSpec = old == null ? null : spec(old);
        MapNode spec = spec(incoming);
        String type = spec.getText("type").orElse("ClusterIP");
        spec = spec.with("type", Node.of(type));
        if (!spec.containsKey("sessionAffinity")) {
            spec = spec.with("sessionAffinity", Node.of("None"));
        }
        spec = sessionAffinityTimeout(spec);
        List<MapNode> others = others(incoming);
        String name = Meta.name(incoming);
        spec = clusterIp(name, spec, oldSpec, type, others);
        spec = ports(name, spec, oldSpec, type, others);
        spec = trafficPolicies(spec, type);
        MapNode result = incoming.with("spec", spec);
        return result.containsKey("status") ? result : result.with("status", MapNode.of("loadBalancer", MapNode.empty()));
    }

    /** {@code ClientIP} affinity gets {@code sessionAffinityConfig.clientIP.timeoutSeconds: 10800} (3 hours). */
    private static MapNode sessionAffinityTimeout(MapNode spec) {
        if (!spec.getText("sessionAffinity").filter("ClientIP"::equals).isPresent()) {
            return spec;
        }
        MapNode config = spec.getMap("sessionAffinityConfig").orElse(MapNode.empty());
        MapNode clientIp = config.getMap("clientIP").orElse(MapNode.empty());
        if (clientIp.containsKey("timeoutSeconds")) {
            return spec;
        }
        return spec.with("sessionAffinityConfig",
                config.with("clientIP", clientIp.with("timeoutSeconds", Node.of(10_800L))));
    }

    private MapNode clusterIp(String name, MapNode spec, MapNode oldSpec, String type, List<MapNode> others) {
        if (type.equals(EXTERNAL_NAME)) {
            return spec.without("clusterIP").without("clusterIPs").without("ipFamilies").without("ipFamilyPolicy");
        }
        String previous = oldSpec == null || EXTERNAL_NAME.equals(oldSpec.getText("type").orElse(""))
                ? "" : requestedIp(oldSpec);
        String requested = requestedIp(spec);
        if (requested.isEmpty()) {
            requested = previous;
        }
        if (!previous.isEmpty() && !requested.equals(previous)) {
            throw ClusterIps.invalid(name, new dev.windlass.sandbox.api.ApiException.Cause(FieldErrors.INVALID,
                    "Invalid value: []string{\"" + requested + "\"}: may not change once set", "spec.clusterIPs[0]"));
        }
        String ip = requested;
        if (ip.isEmpty()) {
            ip = clusterIps.allocate(usedIps(others));
        } else if (!ip.equals(previous) && !ip.equals("None")) {
            ClusterIps.checkRequested(name, ip, usedIps(others));
        }
        MapNode result = spec.with("clusterIP", Node.of(ip)).with("clusterIPs", ListNode.of(Node.of(ip)));
        if (!result.containsKey("ipFamilies")) {
            result = result.with("ipFamilies", ListNode.of(Node.of("IPv4")));
        }
        return result.containsKey("ipFamilyPolicy") ? result : result.with("ipFamilyPolicy", Node.of("SingleStack"));
    }

    private MapNode ports(String name, MapNode spec, MapNode oldSpec, String type, List<MapNode> others) {
        boolean needsNodePorts = type.equals("NodePort") || (type.equals("LoadBalancer")
                && !spec.get("allocateLoadBalancerNodePorts").map(n -> n.equals(Node.of(false))).orElse(false));
        Map<String, Long> previousByName = new HashMap<>();
        portMaps(oldSpec).forEach(p -> nodePort(p).ifPresent(np -> previousByName.put(p.getText("name").orElse(""), np)));
        PortContext context = new PortContext(name, type, needsNodePorts, previousByName, usedNodePorts(others),
                new HashSet<>());
        List<MapNode> requested = portMaps(spec);
        List<Node> ports = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            ports.add(port(requested.get(i), "spec.ports[" + i + "].nodePort", context));
        }
        return spec.containsKey("ports") ? spec.with("ports", new ListNode(ports)) : spec;
    }

    /** What deciding one port's node port needs: the service, the previous ports and the ports in use. */
    private record PortContext(String service, String type, boolean needsNodePorts, Map<String, Long> previousByName,
                               Set<Integer> used, Set<Long> taken) {
    }

    private MapNode port(MapNode requested, String field, PortContext context) {
        MapNode port = requested.containsKey("protocol") ? requested : requested.with("protocol", Node.of("TCP"));
        if (!port.containsKey("targetPort") && port.get("port").isPresent()) {
            port = port.with("targetPort", port.get("port").get());
        }
        Optional<Long> asked = nodePort(port);
        boolean known = asked.isPresent() && context.previousByName().containsValue(asked.get());
        if (!context.needsNodePorts()) {
            if (asked.isPresent() && !known) {
                throw ClusterIps.invalid(context.service(), FieldErrors.forbidden(field,
                        "may not be used when `type` is '" + context.type() + "'"));
            }
            return port.without("nodePort");
        }
        long chosen;
        if (asked.isPresent()) {
            chosen = asked.get();
            if (!known) {
                NodePorts.checkRequested(context.service(), field, chosen, context.used());
            }
        } else {
            Long previous = context.previousByName().get(port.getText("name").orElse(""));
            chosen = previous != null && !context.taken().contains(previous)
                    ? previous : allocatePort(context.used(), context.taken());
        }
        context.taken().add(chosen);
        return port.with("nodePort", Node.of(chosen));
    }

    private int allocatePort(Set<Integer> used, Set<Long> taken) {
        Set<Integer> all = new HashSet<>(used);
        taken.forEach(p -> all.add(p.intValue()));
        return nodePorts.allocate(all);
    }

    private static MapNode trafficPolicies(MapNode spec, String type) {
        boolean external = type.equals("NodePort") || type.equals("LoadBalancer");
        MapNode result = spec;
        if (!type.equals(EXTERNAL_NAME) && !result.containsKey("internalTrafficPolicy")) {
            result = result.with("internalTrafficPolicy", Node.of("Cluster"));
        }
        if (!external) {
            result = result.without("externalTrafficPolicy");
        } else if (!result.containsKey("externalTrafficPolicy")) {
            result = result.with("externalTrafficPolicy", Node.of("Cluster"));
        }
        if (type.equals("LoadBalancer") && !result.containsKey("allocateLoadBalancerNodePorts")) {
            result = result.with("allocateLoadBalancerNodePorts", Node.of(true));
        }
        return result;
    }

    /** Every stored service but the one being written. */
    private List<MapNode> others(MapNode incoming) {
        String namespace = Meta.namespace(incoming);
        String name = Meta.name(incoming);
        return store.list("", "services", null).stream().map(StoredObject::object)
                .filter(s -> !(Meta.namespace(s).equals(namespace) && Meta.name(s).equals(name))).toList();
    }

    private static Set<String> usedIps(List<MapNode> services) {
        Set<String> used = new HashSet<>();
        for (MapNode service : services) {
            MapNode spec = spec(service);
            spec.getText("clusterIP").ifPresent(used::add);
            spec.getList("clusterIPs").ifPresent(l -> l.items().forEach(n -> n.asText().ifPresent(used::add)));
        }
        used.remove("None");
        return used;
    }

    private static Set<Integer> usedNodePorts(List<MapNode> services) {
        Set<Integer> used = new HashSet<>();
        services.forEach(s -> portMaps(spec(s)).forEach(p -> nodePort(p).ifPresent(np -> used.add(np.intValue()))));
        return used;
    }

    private static String requestedIp(MapNode spec) {
        return spec.getText("clusterIP").filter(ip -> !ip.isEmpty())
                .or(() -> spec.getList("clusterIPs").flatMap(l -> l.get(0)).flatMap(Node::asText))
                .orElse("");
    }

    private static List<MapNode> portMaps(MapNode spec) {
        if (spec == null) {
            return List.of();
        }
        return spec.getList("ports").map(ListNode::items).orElse(List.of()).stream()
                .flatMap(n -> n.asMap().stream()).toList();
    }

    private static Optional<Long> nodePort(MapNode port) {
        return port.get("nodePort").flatMap(n -> n instanceof IntNode i && i.value() != 0
                ? Optional.of(i.value()) : Optional.empty());
    }

    private static MapNode spec(MapNode service) {
        return service.getMap("spec").orElse(MapNode.empty());
    }
}
