package dev.windlass.sandbox.controller.lifecycle;

import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.api.Meta;
import dev.windlass.sandbox.resource.ApiResource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The status conditions the namespace controller reports on a terminating namespace, with the
 * real controller's types, reasons and message wording. Discovery, group-version parsing and
 * content deletion never fail in the sandbox, so those three always read {@code False}.
 */
final class NamespaceConditions {

    private NamespaceConditions() {
    }

    /** What is left in a namespace: instances per resource, and per finalizer. */
    static final class Content {
        private final Map<String, Integer> byResource = new TreeMap<>();
        private final Map<String, Integer> byFinalizer = new TreeMap<>();

        void add(ApiResource resource, MapNode object) {
            byResource.merge(resource.plural() + "." + resource.group(), 1, Integer::sum);
            Meta.finalizers(object).forEach(f -> byFinalizer.merge(f, 1, Integer::sum));
        }

        boolean isEmpty() {
            return byResource.isEmpty();
        }

        String resourcesMessage() {
            return "Some resources are remaining: " + byResource.entrySet().stream()
                    .map(e -> e.getKey() + " has " + e.getValue() + " resource instances")
                    .collect(Collectors.joining(", "));
        }

        String finalizersMessage() {
            return "Some content in the namespace has finalizers remaining: " + byFinalizer.entrySet().stream()
                    .map(e -> e.getKey() + " in " + e.getValue() + " resource instances")
                    .collect(Collectors.joining(", "));
        }

        boolean hasFinalizers() {
            return !byFinalizer.isEmpty();
        }
    }

    /** {@code namespace}'s status with the conditions for {@code content}, keeping unchanged transition times. */
    static MapNode status(MapNode namespace, Content content, Instant now) {
        MapNode status = namespace.getMap("status").orElse(MapNode.empty());
        List<MapNode> previous = status.getList("conditions").map(ListNode::items).orElse(List.of()).stream()
                .flatMap(n -> n.asMap().stream()).toList();
        List<Node> conditions = new ArrayList<>();
        conditions.add(condition(previous, "NamespaceDeletionDiscoveryFailure", false, "ResourcesDiscovered",
                "All resources successfully discovered", now));
        conditions.add(condition(previous, "NamespaceDeletionGroupVersionParsingFailure", false, "ParsedGroupVersions",
                "All legacy kube types successfully parsed", now));
        conditions.add(condition(previous, "NamespaceDeletionContentFailure", false, "ContentDeleted",
                "All content successfully deleted, may be waiting on finalization", now));
        conditions.add(content.isEmpty()
                ? condition(previous, "NamespaceContentRemaining", false, "ContentRemoved",
                        "All content successfully removed", now)
                : condition(previous, "NamespaceContentRemaining", true, "SomeResourcesRemain",
                        content.resourcesMessage(), now));
        conditions.add(content.hasFinalizers()
                ? condition(previous, "NamespaceFinalizersRemaining", true, "SomeFinalizersRemain",
                        content.finalizersMessage(), now)
                : condition(previous, "NamespaceFinalizersRemaining", false, "ContentHasNoFinalizers",
                        "All content-preserving finalizers finished", now));
        return status.with("conditions", new ListNode(conditions));
    }

    private static MapNode condition(List<MapNode> previous, String type, boolean status, String reason,
                                     String message, Instant now) {
        String value = status ? "True" : "False";
        Optional<MapNode> before = previous.stream().filter(c -> c.getText("type").orElse("").equals(type)).findFirst();
        String since = before.filter(c -> c.getText("status").orElse("").equals(value))
                .flatMap(c -> c.getText("lastTransitionTime")).orElse(Meta.timestamp(now));
        return MapNode.of("type", type, "status", value, "lastTransitionTime", since, "reason", reason,
                "message", message);
    }
}
