package dev.windlass.sandbox.controller.workload;

import dev.windlass.model.tree.IntNode;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.api.Meta;
import java.util.List;
import java.util.Optional;

/** Reading fields of workload objects held as node trees, with the API's defaults. */
final class Trees {

    private Trees() {
    }

    /** The map at {@code path}, or an empty map. */
    static MapNode map(MapNode node, String... path) {
        MapNode current = node;
        for (String key : path) {
            current = current.getMap(key).orElse(null);
            if (current == null) {
                return MapNode.empty();
            }
        }
        return current;
    }

    /** The list at {@code path}, or an empty list. */
    static List<Node> list(MapNode node, String... path) {
        MapNode parent = map(node, java.util.Arrays.copyOf(path, path.length - 1));
        return parent.getList(path[path.length - 1]).map(ListNode::items).orElse(List.of());
    }

    /** The integer at {@code path}, or {@code fallback} when missing or not an integer. */
    static long integer(MapNode node, long fallback, String... path) {
        MapNode parent = map(node, java.util.Arrays.copyOf(path, path.length - 1));
        return parent.get(path[path.length - 1]).filter(IntNode.class::isInstance)
                .map(n -> ((IntNode) n).value()).orElse(fallback);
    }

    /** The text at {@code path}, or {@code fallback}. */
    static String text(MapNode node, String fallback, String... path) {
        MapNode parent = map(node, java.util.Arrays.copyOf(path, path.length - 1));
        return parent.getText(path[path.length - 1]).orElse(fallback);
    }

    static boolean bool(MapNode node, String... path) {
        MapNode parent = map(node, java.util.Arrays.copyOf(path, path.length - 1));
        return parent.get(path[path.length - 1]).filter(Node.of(true)::equals).isPresent();
    }

    static MapNode labels(MapNode object) {
        return map(object, "metadata", "labels");
    }

    static MapNode annotations(MapNode object) {
        return map(object, "metadata", "annotations");
    }

    static MapNode withAnnotation(MapNode object, String key, String value) {
        return Meta.with(object, "annotations", annotations(object).with(key, Node.of(value)));
    }

    /** An ownerReference to {@code owner} as its controller, as the built-in controllers set them. */
    static MapNode controllerReference(MapNode owner, Kinds kind) {
        return MapNode.of("apiVersion", Node.of(kind.apiVersion()), "kind", Node.of(kind.kind()),
                "name", Node.of(Meta.name(owner)), "uid", Node.of(Meta.uid(owner)),
                "controller", Node.of(true), "blockOwnerDeletion", Node.of(true));
    }

    /** The controlling ownerReference of {@code object}, if any. */
    static Optional<MapNode> controllerOf(MapNode object) {
        return list(object, "metadata", "ownerReferences").stream().flatMap(n -> n.asMap().stream())
                .filter(ref -> bool(ref, "controller")).findFirst();
    }

    /** The name of {@code object}'s controller when it is of {@code kind}. */
    static Optional<String> controllerName(MapNode object, Kinds kind) {
        return controllerOf(object).filter(ref -> text(ref, "", "kind").equals(kind.kind())
                        && text(ref, "", "apiVersion").equals(kind.apiVersion()))
                .map(ref -> text(ref, "", "name"));
    }

    /** Whether {@code owner} controls {@code object} (matched by uid). */
    static boolean controlledBy(MapNode object, MapNode owner) {
        return controllerOf(object).filter(ref -> text(ref, "", "uid").equals(Meta.uid(owner))).isPresent();
    }

    /** An int-or-percent ({@code 25%} or {@code 1}) resolved against {@code total}. */
    static long scaled(Node value, long total, boolean roundUp) {
        if (value instanceof IntNode i) {
            return i.value();
        }
        String text = value.asText().orElse("0").trim();
        if (!text.endsWith("%")) {
            return parseOr(text, 0);
        }
        long percent = parseOr(text.substring(0, text.length() - 1), 0);
        return roundUp ? (percent * total + 99) / 100 : percent * total / 100;
    }

    private static long parseOr(String text, long fallback) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** A status map without the int fields that Go's {@code omitempty} leaves out when zero. */
    static MapNode withoutZeros(MapNode status, String... fields) {
        MapNode result = status;
        for (String field : fields) {
            if (result.get(field).filter(Node.of(0L)::equals).isPresent()) {
                result = result.without(field);
            }
        }
        return result;
    }
}
