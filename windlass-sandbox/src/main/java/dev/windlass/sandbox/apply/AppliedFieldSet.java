package dev.windlass.sandbox.apply;

import dev.windlass.model.patch.MergeSchema.ListType;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.Map;

/** Computes the field set an applied configuration sets ({@link FieldSet#of(Node, dev.windlass.model.GroupKind, dev.windlass.model.patch.MergeSchema)}). */
final class AppliedFieldSet {

    private AppliedFieldSet() {
    }

    /** Throws {@link IllegalArgumentException} when a map-list item has no key or two items share one. */
    static FieldSet of(Node object, SchemaCursor cursor) {
        FieldSet.Builder builder = new FieldSet.Builder();
        if (object instanceof MapNode map) {
            walkMap(map, cursor, ManagedPath.root(), builder);
        }
        return builder.build();
    }

    private static void walkMap(MapNode map, SchemaCursor cursor, ManagedPath at, FieldSet.Builder level) {
        for (Map.Entry<String, Node> entry : map.asJavaMap().entrySet()) {
            PathElement element = PathElement.field(entry.getKey());
            SchemaCursor child = cursor.child(entry.getKey());
            Node value = entry.getValue();
            if (value instanceof MapNode nested && !nested.isEmpty() && !child.atomicMap()) {
                walkMap(nested, child, at.child(element), level.descend(element));
            } else if (value instanceof ListNode list && child.listType(list) != ListType.ATOMIC) {
                walkList(list, child, at.child(element), level.descend(element));
            } else {
                level.member(element);
            }
        }
    }

    private static void walkList(ListNode list, SchemaCursor cursor, ManagedPath at, FieldSet.Builder level) {
        SchemaCursor.ListElements named = cursor.elements(list, at, true);
        if (!named.ok()) {
            throw new IllegalArgumentException(named.failure());
        }
        for (int i = 0; i < list.size(); i++) {
            PathElement element = named.elements().get(i);
            level.member(element);
            if (list.items().get(i) instanceof MapNode item) {
                walkMap(item, cursor, at.child(element), level.descend(element));
            }
        }
    }
}
