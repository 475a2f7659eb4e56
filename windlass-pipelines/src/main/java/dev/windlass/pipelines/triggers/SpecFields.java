package dev.windlass.pipelines.triggers;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Typed reads of one object's fields that record an {@link Issue} at the field when it has the wrong shape. */
final class SpecFields {

    private final KubeObject object;
    private final List<Issue> issues;

    SpecFields(KubeObject object, List<Issue> issues) {
        this.object = object;
        this.issues = issues;
    }

    KubeObject object() {
        return object;
    }

    void error(FieldPath at, String message) {
        issues.add(Issue.error("InvalidTrigger", object.locate(at), at + ": " + message));
    }

    void warning(FieldPath at, String message) {
        issues.add(Issue.warning("UnsupportedTriggerField", object.locate(at), at + ": " + message));
    }

    Optional<Node> node(MapNode map, String key) {
        return map.get(key).filter(n -> !n.isNull());
    }

    /** A string field; numbers and booleans are read as their text, other shapes are an error. */
    String text(MapNode map, String key, FieldPath at) {
        Optional<Node> node = node(map, key);
        if (node.isEmpty()) {
            return "";
        }
        Node n = node.get();
        if (n instanceof MapNode || n instanceof ListNode) {
            error(at.key(key), "must be a string, not " + n.type().name().toLowerCase(java.util.Locale.ROOT));
            return "";
        }
        return n.asText().orElseGet(() -> String.valueOf(n.toPlain()));
    }

    MapNode map(MapNode map, String key, FieldPath at) {
        Optional<Node> node = node(map, key);
        if (node.isEmpty()) {
            return MapNode.empty();
        }
        if (node.get() instanceof MapNode m) {
            return m;
        }
        error(at.key(key), "must be an object");
        return MapNode.empty();
    }

    /** The maps of a list field; an element that is not a map is an error and skipped (its index kept in paths). */
    List<MapNode> maps(MapNode map, String key, FieldPath at) {
        Optional<Node> node = node(map, key);
        if (node.isEmpty()) {
            return List.of();
        }
        if (!(node.get() instanceof ListNode list)) {
            error(at.key(key), "must be a list");
            return List.of();
        }
        List<MapNode> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Node item = list.items().get(i);
            if (item instanceof MapNode m) {
                out.add(m);
            } else {
                error(at.key(key).index(i), "must be an object");
                out.add(MapNode.empty());
            }
        }
        return out;
    }
}
