package dev.windlass.model.tree;

/** Copy-on-write edits of node trees. */
public final class TreeEdit {

    private TreeEdit() {
    }

    /**
     * A copy of {@code root} with {@code value} at {@code path}. Missing maps on the way are
     * created; a list index must exist. Fails when a step crosses a value of the wrong type.
     */
    public static MapNode set(MapNode root, FieldPath path, Node value) {
        if (path.isRoot()) {
            if (value instanceof MapNode map) {
                return map;
            }
            throw new IllegalArgumentException("the root of an object must be a map");
        }
        return (MapNode) setIn(root, path, 0, value);
    }

    private static Node setIn(Node current, FieldPath path, int depth, Node value) {
        if (depth == path.segments().size()) {
            return value;
        }
        FieldPath.Segment segment = path.segments().get(depth);
        if (segment instanceof FieldPath.Key key) {
            MapNode map = current instanceof MapNode m ? m
                    : current == null || current.isNull() ? MapNode.empty() : null;
            if (map == null) {
                throw new IllegalArgumentException("cannot set " + path + ": " + path.parent() + " is not a map");
            }
            Node child = map.get(key.name()).orElse(null);
            return map.with(key.name(), setIn(child, path, depth + 1, value));
        }
        int index = ((FieldPath.Index) segment).index();
        if (!(current instanceof ListNode list) || index < 0 || index >= list.size()) {
            throw new IllegalArgumentException("cannot set " + path + ": no list item " + index);
        }
        return list.with(index, setIn(list.items().get(index), path, depth + 1, value));
    }
}
