package dev.windlass.engine.diff;

import dev.windlass.model.patch.JsonPointer;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * Copy-on-write removal of one field or list item from a tree. A path that does not exist removes
 * nothing, as Argo CD skips an ignore rule whose path a given object lacks.
 */
final class TreeRemoval {

    private TreeRemoval() {
    }

    /** {@code root} without the value at {@code path}; unchanged when there is none (or the path is the root). */
    static Node remove(Node root, FieldPath path) {
        if (path.isRoot()) {
            return root;
        }
        return removeAt(root, path.segments(), 0);
    }

    /**
     * {@code root} without the value the JSON Pointer names; a token addresses a map key or, on a
     * list, a decimal index. Unchanged when the pointer leads nowhere.
     */
    static Node remove(Node root, JsonPointer pointer) {
        List<FieldPath.Segment> segments = new ArrayList<>();
        Node current = root;
        for (String token : pointer.tokens()) {
            FieldPath.Segment segment = segmentFor(current, token);
            if (segment == null) {
                return root;
            }
            segments.add(segment);
            current = segment.select(current).orElse(null);
            if (current == null) {
                return root;
            }
        }
        return remove(root, new FieldPath(segments));
    }

    private static FieldPath.Segment segmentFor(Node node, String token) {
        if (node instanceof MapNode) {
            return new FieldPath.Key(token);
        }
        if (node instanceof ListNode && token.matches("0|[1-9][0-9]{0,8}")) {
            return new FieldPath.Index(Integer.parseInt(token));
        }
        return null;
    }

    private static Node removeAt(Node node, List<FieldPath.Segment> segments, int depth) {
        FieldPath.Segment segment = segments.get(depth);
        boolean last = depth == segments.size() - 1;
        if (segment instanceof FieldPath.Key key && node instanceof MapNode map) {
            Node child = map.get(key.name()).orElse(null);
            if (child == null) {
                return node;
            }
            return last ? map.without(key.name()) : map.with(key.name(), removeAt(child, segments, depth + 1));
        }
        if (segment instanceof FieldPath.Index index && node instanceof ListNode list) {
            Node child = list.get(index.index()).orElse(null);
            if (child == null) {
                return node;
            }
            if (!last) {
                return list.with(index.index(), removeAt(child, segments, depth + 1));
            }
            List<Node> items = new ArrayList<>(list.items());
            items.remove(index.index());
            return new ListNode(items);
        }
        return node;
    }

    /** Argo CD's clean-up after ignore rules: empty maps and lists go, at any depth, and empty maps leave lists. */
    static Node pruneEmpty(Node node) {
        if (node instanceof MapNode map) {
            MapNode.Builder out = MapNode.builder();
            map.asJavaMap().forEach((key, value) -> {
                Node pruned = pruneEmpty(value);
                if (!isEmptyCollection(pruned)) {
                    out.put(key, pruned);
                }
            });
            return out.build();
        }
        if (node instanceof ListNode list) {
            List<Node> items = new ArrayList<>();
            for (Node item : list.items()) {
                Node pruned = item instanceof MapNode ? pruneEmpty(item) : item;
                if (!(pruned instanceof MapNode m && m.isEmpty())) {
                    items.add(pruned);
                }
            }
            return new ListNode(items);
        }
        return node;
    }

    private static boolean isEmptyCollection(Node node) {
        return (node instanceof MapNode m && m.isEmpty()) || (node instanceof ListNode l && l.isEmpty());
    }
}
