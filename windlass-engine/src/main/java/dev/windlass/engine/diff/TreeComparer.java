package dev.windlass.engine.diff;

import dev.windlass.model.GroupKind;
import dev.windlass.model.patch.MergeSchema;
import dev.windlass.model.patch.MergeSchema.FieldSchema;
import dev.windlass.model.patch.MergeSchema.ListType;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares the fields a manifest sets with the live object and builds the predicted live object
 * (the live object with the manifest laid over it). Maps compare the manifest's keys only; lists
 * of built-in kinds with merge keys match items by key (see {@link KeyedLists}); sets
 * ({@code finalizers}) need the manifest's items present; other lists compare position by
 * position and differ whole when their lengths do. Fields owned by ignored managers, and
 * {@code apiVersion} (the object is the same at any version), are not compared.
 */
final class TreeComparer {

    /** The differences found and the predicted live object. */
    record Outcome(List<FieldDifference> differences, MapNode predicted) {
    }

    private final GroupKind kind;
    private final MergeSchema schema;
    private final List<FieldDifference> differences = new ArrayList<>();
    private final List<String> keys = new ArrayList<>();

    private TreeComparer(GroupKind kind, MergeSchema schema) {
        this.kind = kind;
        this.schema = schema;
    }

    static Outcome compare(GroupKind kind, MapNode target, MapNode live, OwnedFields owned) {
        TreeComparer comparer = new TreeComparer(kind, MergeSchema.builtin());
        MapNode withoutVersion = target.without("apiVersion");
        Node predicted = comparer.merge(withoutVersion, live, FieldPath.root(), owned);
        return new Outcome(comparer.differences, (MapNode) predicted);
    }

    /** The predicted value of one field; null when the field stays absent. */
    Node merge(Node target, Node live, FieldPath path, OwnedFields owned) {
        if (owned.isWhole()) {
            return live;
        }
        if (target instanceof MapNode map) {
            return live instanceof MapNode liveMap ? mergeMap(map, liveMap, path, owned) : differ(path, live, target);
        }
        if (target instanceof ListNode list) {
            return live instanceof ListNode liveList ? mergeList(list, liveList, path, owned) : differ(path, live, target);
        }
        return live != null && Values.equal(target, live) ? live : differ(path, live, target);
    }

    private MapNode mergeMap(MapNode target, MapNode live, FieldPath path, OwnedFields owned) {
        MapNode.Builder out = live.toBuilder();
        target.asJavaMap().forEach((key, value) -> {
            if (Values.isUnset(value)) {
                return;
            }
            keys.add(key);
            Node merged = merge(value, live.get(key).orElse(null), path.key(key), owned.field(key));
            keys.remove(keys.size() - 1);
            if (merged != null) {
                out.put(key, merged);
            }
        });
        return out.build();
    }

    private Node mergeList(ListNode target, ListNode live, FieldPath path, OwnedFields owned) {
        FieldSchema field = schema.fieldOrAtomic(kind, keys);
        List<String> mergeKeys = mergeKeys(field);
        if (!mergeKeys.isEmpty() && KeyedLists.allKeyed(target, mergeKeys.get(0))) {
            return KeyedLists.merge(this, target, live, mergeKeys, path, owned);
        }
        if (field.listType() == ListType.SET && field.merges()) {
            return mergeSet(target, live, path);
        }
        if (target.size() != live.size()) {
            return differ(path, live, target);
        }
        List<Node> items = new ArrayList<>(live.size());
        for (int i = 0; i < target.size(); i++) {
            Node liveItem = live.items().get(i);
            Node merged = merge(target.items().get(i), liveItem, path.index(i), owned.item(liveItem, i));
            items.add(merged == null ? liveItem : merged);
        }
        return new ListNode(items);
    }

    private static List<String> mergeKeys(FieldSchema field) {
        if (field.listType() == ListType.MAP && !field.listMapKeys().isEmpty()) {
            return field.listMapKeys();
        }
        return field.patchMergeKey() == null ? List.of() : List.of(field.patchMergeKey());
    }

    /** A merged set of scalars: each of the manifest's items must be live; live extras stay. */
    private Node mergeSet(ListNode target, ListNode live, FieldPath path) {
        List<Node> items = new ArrayList<>(live.items());
        for (int i = 0; i < target.size(); i++) {
            Node item = target.items().get(i);
            if (live.items().stream().noneMatch(l -> Values.equal(l, item))) {
                differ(path.index(i), null, item);
                items.add(item);
            }
        }
        return new ListNode(items);
    }

    /** Records a difference; the manifest's value is the predicted one. */
    Node differ(FieldPath path, Node live, Node target) {
        differences.add(new FieldDifference(path, live, target));
        return target;
    }
}
