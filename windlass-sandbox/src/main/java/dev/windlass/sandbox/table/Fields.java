package dev.windlass.sandbox.table;

import dev.windlass.model.tree.BoolNode;
import dev.windlass.model.tree.FloatNode;
import dev.windlass.model.tree.IntNode;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Typed reads from an object tree for the printers: a missing field or one of the wrong type
 * reads as Go's zero value ({@code ""}, 0, false, empty list), as printing a decoded object would.
 */
final class Fields {

    private Fields() {
    }

    static Optional<Node> at(MapNode object, String... path) {
        Node current = object;
        for (String key : path) {
            Optional<Node> next = current.asMap().flatMap(m -> m.get(key));
            if (next.isEmpty()) {
                return Optional.empty();
            }
            current = next.get();
        }
        return Optional.of(current);
    }

    static MapNode map(MapNode object, String... path) {
        return at(object, path).flatMap(Node::asMap).orElse(MapNode.empty());
    }

    static Optional<String> optText(MapNode object, String... path) {
        return at(object, path).flatMap(Node::asText);
    }

    static String text(MapNode object, String... path) {
        return optText(object, path).orElse("");
    }

    static Optional<Long> optInteger(MapNode object, String... path) {
        Optional<Node> node = at(object, path);
        if (node.isPresent() && node.get() instanceof IntNode i) {
            return Optional.of(i.value());
        }
        if (node.isPresent() && node.get() instanceof FloatNode f) {
            return Optional.of((long) f.value());
        }
        return Optional.empty();
    }

    static long integer(MapNode object, String... path) {
        return optInteger(object, path).orElse(0L);
    }

    static Optional<Boolean> optBool(MapNode object, String... path) {
        return at(object, path).filter(n -> n instanceof BoolNode).map(n -> ((BoolNode) n).value());
    }

    static boolean bool(MapNode object, String... path) {
        return optBool(object, path).orElse(false);
    }

    static List<Node> list(MapNode object, String... path) {
        return at(object, path).flatMap(Node::asList).map(ListNode::items).orElse(List.of());
    }

    static List<MapNode> maps(MapNode object, String... path) {
        List<MapNode> out = new ArrayList<>();
        for (Node item : list(object, path)) {
            item.asMap().ifPresent(out::add);
        }
        return out;
    }

    /** A timestamp field (RFC 3339, fractions allowed), or null when absent or unreadable. */
    static Instant time(MapNode object, String... path) {
        return optText(object, path).map(Fields::parseTime).orElse(null);
    }

    static Instant parseTime(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String name(MapNode object) {
        return text(object, "metadata", "name");
    }

    static boolean deleting(MapNode object) {
        return at(object, "metadata", "deletionTimestamp").filter(n -> !n.isNull()).isPresent();
    }

    /** kube-apiserver's {@code translateTimestampSince}: {@code <unknown>} for a missing time. */
    static String since(Instant then, Instant now) {
        return then == null ? "<unknown>" : HumanDuration.since(then, now);
    }

    static String age(MapNode object, Instant now) {
        return since(time(object, "metadata", "creationTimestamp"), now);
    }

    /** {@code labels.FormatLabels}: sorted {@code k=v} pairs joined by commas, or {@code <none>}. */
    static String formatLabels(MapNode labels) {
        Map<String, String> sorted = new TreeMap<>();
        labels.asJavaMap().forEach((k, v) -> sorted.put(k, v.asText().orElse("")));
        if (sorted.isEmpty()) {
            return "<none>";
        }
        List<String> pairs = new ArrayList<>();
        sorted.forEach((k, v) -> pairs.add(k + "=" + v));
        return String.join(",", pairs);
    }

    /** The comma-joined names and images of {@code containers}, for the wide Containers and Images columns. */
    static String[] containerCells(List<MapNode> containers) {
        List<String> names = new ArrayList<>();
        List<String> images = new ArrayList<>();
        for (MapNode container : containers) {
            names.add(text(container, "name"));
            images.add(text(container, "image"));
        }
        return new String[] {String.join(",", names), String.join(",", images)};
    }
}
