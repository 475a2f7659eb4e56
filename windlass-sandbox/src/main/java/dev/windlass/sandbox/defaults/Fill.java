package dev.windlass.sandbox.defaults;

import dev.windlass.model.tree.IntNode;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.StringNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Filling in defaults on an immutable tree without disturbing what the client sent: a default is
 * appended after the client's keys, and a changed child replaces the old one in place. "Unset"
 * follows Go: an absent key or {@code null}; for fields Go holds as plain strings or numbers
 * (not pointers) the empty string and zero are unset too, because the server cannot tell them apart.
 */
final class Fill {

    private Fill() {
    }

    /** {@code map} with {@code key} set to {@code value} when the key is absent or null. */
    static MapNode absent(MapNode map, String key, Node value) {
        Node current = map.get(key).orElse(null);
        return current == null || current.isNull() ? map.with(key, value) : map;
    }

    static MapNode absent(MapNode map, String key, String value) {
        return absent(map, key, Node.of(value));
    }

    static MapNode absent(MapNode map, String key, long value) {
        return absent(map, key, Node.of(value));
    }

    /** As {@link #absent}, also replacing Go's zero value: {@code ""}, {@code 0} or an empty list. */
    static MapNode zero(MapNode map, String key, Node value) {
        return isZero(map, key) ? map.with(key, value) : map;
    }

    static MapNode zero(MapNode map, String key, String value) {
        return zero(map, key, Node.of(value));
    }

    static MapNode zero(MapNode map, String key, long value) {
        return zero(map, key, Node.of(value));
    }

    /** Whether {@code key} is unset in Go terms: absent, null, {@code ""}, {@code 0} or {@code []}. */
    static boolean isZero(MapNode map, String key) {
        Node current = map.get(key).orElse(null);
        return current == null || current.isNull()
                || current instanceof StringNode s && s.value().isEmpty()
                || current instanceof IntNode i && i.value() == 0
                || current instanceof ListNode l && l.isEmpty();
    }

    /** Whether a Go pointer field is unset: the key is absent or null. */
    static boolean isZeroPointer(MapNode map, String key) {
        return map.get(key).map(Node::isNull).orElse(true);
    }

    /** The text at {@code key}, {@code ""} when absent or not text. */
    static String text(MapNode map, String key) {
        return map.getText(key).orElse("");
    }

    /**
     * {@code parent} with the map at {@code key} changed by {@code change}; untouched when it is no
     * map. Changes return their argument itself when they change nothing.
     */
    static MapNode child(MapNode parent, String key, UnaryOperator<MapNode> change) {
        MapNode current = parent.getMap(key).orElse(null);
        if (current == null) {
            return parent;
        }
        MapNode changed = change.apply(current);
        return changed == current ? parent : parent.with(key, changed);
    }

    /**
     * {@code parent} with the map at {@code key} changed by {@code change}, starting from {@code {}}
     * when the key is absent or null: for Go struct fields, which are always serialized.
     */
    static MapNode struct(MapNode parent, String key, UnaryOperator<MapNode> change) {
        Node current = parent.get(key).orElse(null);
        if (current == null || current.isNull()) {
            return parent.with(key, change.apply(MapNode.empty()));
        }
        return child(parent, key, change);
    }

    /** {@code parent} with every map in the list at {@code key} changed by {@code change}. */
    static MapNode eachItem(MapNode parent, String key, UnaryOperator<MapNode> change) {
        ListNode list = parent.getList(key).orElse(null);
        if (list == null || list.isEmpty()) {
            return parent;
        }
        List<Node> items = new ArrayList<>(list.size());
        boolean changed = false;
        for (Node item : list.items()) {
            Node next = item instanceof MapNode map ? change.apply(map) : item;
            changed |= next != item;
            items.add(next);
        }
        return changed ? parent.with(key, new ListNode(items)) : parent;
    }
}
