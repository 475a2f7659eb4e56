package dev.windlass.sandbox.apply;

import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Removes the fields and list items of a field set from an object, each with everything below it. */
final class FieldRemover {

    private FieldRemover() {
    }

    static Node remove(Node node, FieldSet set, SchemaCursor cursor) {
        if (set.isEmpty()) {
            return node;
        }
        if (node instanceof MapNode map) {
            return fromMap(map, set, cursor);
        }
        if (node instanceof ListNode list) {
            return fromList(list, set, cursor);
        }
        return node;
    }

    private static MapNode fromMap(MapNode map, FieldSet set, SchemaCursor cursor) {
        MapNode.Builder out = MapNode.builder();
        for (Map.Entry<String, Node> entry : map.asJavaMap().entrySet()) {
            PathElement element = PathElement.field(entry.getKey());
            if (set.members().contains(element)) {
                continue;
            }
            FieldSet below = set.child(element);
            out.put(entry.getKey(), remove(entry.getValue(), below, cursor.child(entry.getKey())));
        }
        return out.build();
    }

    private static ListNode fromList(ListNode list, FieldSet set, SchemaCursor cursor) {
        List<PathElement> elements = cursor.elements(list, ManagedPath.root(), false).elements();
        List<Node> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            PathElement element = elements.get(i);
            if (set.members().contains(element)) {
                continue;
            }
            FieldSet below = set.child(element);
            Node item = list.items().get(i);
            out.add(item instanceof MapNode map && !below.isEmpty() ? fromMap(map, below, cursor) : item);
        }
        return new ListNode(out);
    }
}
