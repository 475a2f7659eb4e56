package dev.windlass.sandbox.apply;

import dev.windlass.model.patch.MergeSchema.ListType;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a write changed, as field sets: paths that appeared (including maps and list items that
 * appeared, and everything below them), leaves whose value changed, and paths that disappeared.
 */
record Comparison(FieldSet added, FieldSet modified, FieldSet removed) {

    /** Compares two objects (either may be an empty map for "no object"). */
    static Comparison of(Node before, Node after, SchemaCursor cursor) {
        Walker walker = new Walker();
        walker.compare(before, after, cursor, ManagedPath.root());
        return new Comparison(walker.added.build(), walker.modified.build(), walker.removed.build());
    }

    /** The comparison without paths in or below {@code ignored}. */
    Comparison excluding(FieldSet ignored) {
        return new Comparison(added.withoutPrefixes(ignored), modified.withoutPrefixes(ignored),
                removed.withoutPrefixes(ignored));
    }

    /** Paths whose value the write set: added or modified. */
    FieldSet changed() {
        return added.union(modified);
    }

    private static final class Walker {
        final FieldSet.Builder added = new FieldSet.Builder();
        final FieldSet.Builder modified = new FieldSet.Builder();
        final FieldSet.Builder removed = new FieldSet.Builder();

        void compare(Node before, Node after, SchemaCursor cursor, ManagedPath at) {
            if (granularMap(before, after, cursor)) {
                compareMaps((MapNode) orEmptyMap(before), (MapNode) orEmptyMap(after), cursor, at);
            } else if (granularList(before, after, cursor)) {
                compareLists((ListNode) orEmptyList(before), (ListNode) orEmptyList(after), cursor, at);
            } else {
                leaf(before, after, at);
                return;
            }
            if (!at.isRoot()) {
                if (before == null) {
                    added.insert(at);
                } else if (after == null) {
                    removed.insert(at);
                }
            }
        }

        private void leaf(Node before, Node after, ManagedPath at) {
            if (before == null) {
                added.insert(at);
            } else if (after == null) {
                removed.insert(at);
            } else if (!PathElement.Values.equal(before, after)) {
                modified.insert(at);
            }
        }

        private void compareMaps(MapNode before, MapNode after, SchemaCursor cursor, ManagedPath at) {
            Set<String> keys = new LinkedHashSet<>(before.keys());
            keys.addAll(after.keys());
            for (String key : keys) {
                compare(before.get(key).orElse(null), after.get(key).orElse(null), cursor.child(key),
                        at.child(PathElement.field(key)));
            }
        }

        private void compareLists(ListNode before, ListNode after, SchemaCursor cursor, ManagedPath at) {
            Map<PathElement, Node> left = index(before, cursor, at);
            Map<PathElement, Node> right = index(after, cursor, at);
            Set<PathElement> elements = new LinkedHashSet<>(left.keySet());
            elements.addAll(right.keySet());
            for (PathElement element : elements) {
                ManagedPath itemPath = at.child(element);
                Node l = left.get(element);
                Node r = right.get(element);
                if (element instanceof PathElement.Key) {
                    compareMaps((MapNode) orEmptyMap(l), (MapNode) orEmptyMap(r), cursor, itemPath);
                    if (l == null) {
                        added.insert(itemPath);
                    } else if (r == null) {
                        removed.insert(itemPath);
                    }
                } else {
                    leaf(l, r, itemPath);
                }
            }
        }

        private static Map<PathElement, Node> index(ListNode list, SchemaCursor cursor, ManagedPath at) {
            SchemaCursor.ListElements named = cursor.elements(list, at, false);
            Map<PathElement, Node> out = new LinkedHashMap<>();
            for (int i = 0; i < list.size(); i++) {
                out.putIfAbsent(named.elements().get(i), list.items().get(i));
            }
            return out;
        }

        private static boolean granularMap(Node before, Node after, SchemaCursor cursor) {
            boolean maps = (before == null || before instanceof MapNode) && (after == null || after instanceof MapNode);
            return maps && !cursor.atomicMap();
        }

        private static boolean granularList(Node before, Node after, SchemaCursor cursor) {
            if (!(before == null || before instanceof ListNode) || !(after == null || after instanceof ListNode)) {
                return false;
            }
            ListType left = before == null ? null : cursor.listType((ListNode) before);
            ListType right = after == null ? null : cursor.listType((ListNode) after);
            ListType type = left == null ? right : left;
            return type != ListType.ATOMIC && (right == null || right == type);
        }

        private static Node orEmptyMap(Node node) {
            return node == null ? MapNode.empty() : node;
        }

        private static Node orEmptyList(Node node) {
            return node == null ? ListNode.empty() : node;
        }
    }
}
