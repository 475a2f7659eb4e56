package dev.windlass.sandbox.controller.workload;

import dev.windlass.model.tree.MapNode;
import dev.windlass.sandbox.api.ListOptions;
import dev.windlass.sandbox.api.Meta;
import dev.windlass.sandbox.api.ObjectService;
import java.util.List;

/**
 * The nodes pods run on: the Node objects in the sandbox, or one virtual node
 * {@value #DEFAULT_NODE} when there are none.
 */
final class Nodes {

    /** The node assumed when the sandbox has no Node object. */
    static final String DEFAULT_NODE = "sandbox-node";
    /** The host IP of the assumed node (kind's first node address). */
    static final String DEFAULT_HOST_IP = "172.18.0.2";

    private Nodes() {
    }

    /** The nodes' names, in store order; never empty. */
    static List<String> names(ObjectService api) {
        List<String> names = nodes(api).stream().map(Meta::name).toList();
        return names.isEmpty() ? List.of(DEFAULT_NODE) : names;
    }

    /** The InternalIP of node {@code name}, or the default host IP. */
    static String hostIP(ObjectService api, String name) {
        return nodes(api).stream().filter(n -> Meta.name(n).equals(name))
                .flatMap(n -> Trees.list(n, "status", "addresses").stream())
                .flatMap(a -> a.asMap().stream())
                .filter(a -> Trees.text(a, "", "type").equals("InternalIP"))
                .map(a -> Trees.text(a, DEFAULT_HOST_IP, "address"))
                .findFirst().orElse(DEFAULT_HOST_IP);
    }

    private static List<MapNode> nodes(ObjectService api) {
        return Kinds.NODE.find(api).map(resource -> api.list(resource, null, ListOptions.ALL).items())
                .orElse(List.of());
    }
}
