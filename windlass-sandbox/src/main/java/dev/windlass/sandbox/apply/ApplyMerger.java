package dev.windlass.sandbox.apply;

import dev.windlass.model.patch.MergeSchema.ListType;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges an applied configuration into a live object as server-side apply does: maps merge key by
 * key, map lists merge item by item on their keys, sets take the union, and scalars, atomic lists
 * and atomic maps are replaced. A null in the configuration removes the field.
 *
 * <p>Items keep the live order; an item the configuration also names moves to the configuration's
 * relative order, and new items go after the items the configuration lists before them.
 */
final class ApplyMerger {

    private ApplyMerger() {
    }

    /** The merged value; null when the configuration removes the field. */
    static Node merge(Node live, Node config, SchemaCursor cursor) {
        if (config.isNull()) {
            return null;
        }
        if (config instanceof MapNode c && !cursor.atomicMap() && (live == null || live instanceof MapNode)) {
            return mergeMaps(live == null ? MapNode.empty() : (MapNode) live, c, cursor);
        }
        if (config instanceof ListNode c && (live == null || live instanceof ListNode)) {
            ListNode l = live == null ? ListNode.empty() : (ListNode) live;
            ListType type = cursor.listType(c);
            if (type != ListType.ATOMIC && (l.isEmpty() || cursor.listType(l) == type)) {
                return mergeLists(l, c, cursor);
            }
        }
        return config;
    }

    private static MapNode mergeMaps(MapNode live, MapNode config, SchemaCursor cursor) {
        MapNode.Builder out = live.toBuilder();
        for (Map.Entry<String, Node> entry : config.asJavaMap().entrySet()) {
            Node merged = merge(live.get(entry.getKey()).orElse(null), entry.getValue(), cursor.child(entry.getKey()));
            if (merged == null) {
                out.remove(entry.getKey());
            } else {
                out.put(entry.getKey(), merged);
            }
        }
        return out.build();
    }

    private static ListNode mergeLists(ListNode live, ListNode config, SchemaCursor cursor) {
        ManagedPath at = ManagedPath.root();
        List<PathElement> left = cursor.elements(live, at, false).elements();
        List<PathElement> right = cursor.elements(config, at, false).elements();
        Map<PathElement, Node> liveItems = firstByElement(left, live);
        Set<PathElement> inConfig = new HashSet<>(right);
        List<PathElement> shared = new ArrayList<>();
        right.stream().filter(liveItems::containsKey).forEach(shared::add);
        Set<PathElement> done = new HashSet<>();
        List<Node> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        int nextShared = 0;
        while (i < left.size() || j < right.size()) {
            if (i < left.size() && j < right.size() && left.get(i).equals(right.get(j))) {
                out.add(item(liveItems.get(left.get(i)), config.items().get(j), cursor));
                done.add(right.get(j));
                nextShared = advance(shared, nextShared, right.get(j));
                i++;
                j++;
                continue;
            }
            if (i < left.size()) {
                PathElement element = left.get(i);
                if (!inConfig.contains(element)) {
                    out.add(live.items().get(i));
                    i++;
                    continue;
                }
                boolean waiting = nextShared < shared.size() && !shared.get(nextShared).equals(element);
                if (done.contains(element) || waiting) {
                    i++;
                    continue;
                }
            }
            if (j < right.size()) {
                PathElement element = right.get(j);
                out.add(item(liveItems.get(element), config.items().get(j), cursor));
                done.add(element);
                nextShared = advance(shared, nextShared, element);
                j++;
            } else {
                i++;
            }
        }
        return new ListNode(out);
    }

    private static int advance(List<PathElement> shared, int next, PathElement merged) {
        return next < shared.size() && shared.get(next).equals(merged) ? next + 1 : next;
    }

    private static Node item(Node live, Node config, SchemaCursor cursor) {
        if (config instanceof MapNode c) {
            return mergeMaps(live instanceof MapNode l ? l : MapNode.empty(), c, cursor);
        }
        return config;
    }

    private static Map<PathElement, Node> firstByElement(List<PathElement> elements, ListNode list) {
        Map<PathElement, Node> out = new HashMap<>();
        for (int i = 0; i < elements.size(); i++) {
            out.putIfAbsent(elements.get(i), list.items().get(i));
        }
        return out;
    }
}
