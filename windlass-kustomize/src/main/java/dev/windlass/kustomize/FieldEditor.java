package dev.windlass.kustomize;

import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Edits the field a {@link FieldSpec} path leads to in an object tree. The edit receives the
 * current value, or {@code null} when the field is missing and the spec creates it; returning
 * {@code null} leaves the tree as it was. Missing maps on the way are created only when the spec
 * says so; lists on the way are stepped into item by item. Parts left alone are returned as they
 * were (the same instances), so that callers and parents can tell "unchanged" cheaply.
 */
final class FieldEditor {

    private FieldEditor() {
    }

    static MapNode edit(MapNode object, FieldSpec spec, UnaryOperator<Node> edit) {
        Node result = edit(object, spec.path(), 0, spec.create(), edit);
        return result instanceof MapNode map ? map : object;
    }

    private static Node edit(Node node, List<String> path, int at, boolean create, UnaryOperator<Node> edit) {
        if (node instanceof ListNode list) {
            List<Node> items = null;
            for (int i = 0; i < list.size(); i++) {
                Node item = list.items().get(i);
                Node edited = item instanceof MapNode ? edit(item, path, at, create, edit) : item;
                if (edited != item) {
                    items = items == null ? new ArrayList<>(list.items()) : items;
                    items.set(i, edited);
                }
            }
            return items == null ? list : new ListNode(items);
        }
        if (!(node instanceof MapNode map)) {
            return node;
        }
        String segment = path.get(at);
        boolean eachItem = segment.endsWith("[]");
        String key = eachItem ? segment.substring(0, segment.length() - 2) : segment;
        Node child = map.get(key).filter(v -> !v.isNull()).orElse(null);
        boolean last = at == path.size() - 1;
        if (last && !eachItem) {
            if (child == null && !create) {
                return map;
            }
            Node changed = edit.apply(child);
            return changed == null ? map : map.with(key, changed);
        }
        if (child == null) {
            if (!create || eachItem) {
                return map;
            }
            Node created = edit(MapNode.empty(), path, at + 1, true, edit);
            return created.equals(MapNode.empty()) ? map : map.with(key, created);
        }
        if (eachItem && !(child instanceof ListNode)) {
            return map;
        }
        Node changed = last ? child : edit(child, path, at + 1, create, edit);
        return changed == child || changed.equals(child) ? map : map.with(key, changed);
    }
}
