package dev.windlass.sandbox.schema;

import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.NullNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Structural defaulting, as apiextensions applies it after pruning: a {@code null} of a field that
 * is neither nullable nor defaulted is dropped, then every property with a {@code default} that is
 * missing (or null and not nullable) gets the default, at every depth.
 */
public final class Defaulter {

    private Defaulter() {
    }

    /** The object with nulls dropped and defaults filled in. */
    public static MapNode apply(Schema root, MapNode object) {
        return (MapNode) fill(dropNulls(object, root), root);
    }

    private static Node dropNulls(Node value, Schema s) {
        if (value instanceof MapNode map) {
            MapNode.Builder out = MapNode.builder();
            for (Map.Entry<String, Node> entry : map.asJavaMap().entrySet()) {
                Schema field = s == null ? null : s.fieldSchema(entry.getKey());
                if (entry.getValue() instanceof NullNode && field != null && !field.nullable()
                        && field.defaultValue() == null) {
                    continue;
                }
                out.put(entry.getKey(), dropNulls(entry.getValue(), field));
            }
            return out.build();
        }
        if (value instanceof ListNode list) {
            return mapItems(list, item -> dropNulls(item, s == null ? null : s.items()));
        }
        return value;
    }

    private static Node fill(Node value, Schema s) {
        if (s == null) {
            return value;
        }
        if (value instanceof MapNode map) {
            MapNode.Builder out = map.toBuilder();
            for (Map.Entry<String, Schema> property : s.properties().entrySet()) {
                Schema field = property.getValue();
                Node current = map.get(property.getKey()).orElse(null);
                if (field.defaultValue() != null && (current == null || current instanceof NullNode && !field.nullable())) {
                    out.put(property.getKey(), field.defaultValue());
                }
            }
            MapNode defaulted = out.build();
            MapNode.Builder deeper = MapNode.builder();
            defaulted.asJavaMap().forEach((key, child) -> deeper.put(key, fill(child, s.fieldSchema(key))));
            return deeper.build();
        }
        if (value instanceof ListNode list) {
            return mapItems(list, item -> fill(item, s.items()));
        }
        return value;
    }

    private static ListNode mapItems(ListNode list, java.util.function.UnaryOperator<Node> change) {
        List<Node> out = new ArrayList<>(list.size());
        list.items().forEach(item -> out.add(change.apply(item)));
        return new ListNode(out);
    }
}
