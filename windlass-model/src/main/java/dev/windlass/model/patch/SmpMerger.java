package dev.windlass.model.patch;

import dev.windlass.model.GroupKind;
import dev.windlass.model.patch.MergeSchema.FieldSchema;
import dev.windlass.model.patch.MergeSchema.PatchStrategy;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The map half of {@link StrategicMergePatch}: directives of a map, then its keys one by one. */
final class SmpMerger {

    private final GroupKind kind;
    private final MergeSchema schema;
    private final SmpLists lists;

    SmpMerger(GroupKind kind, MergeSchema schema) {
        this.kind = kind;
        this.schema = schema;
        this.lists = new SmpLists(this);
    }

    FieldSchema field(List<String> path) {
        return schema.fieldOrAtomic(kind, path);
    }

    /** {@code patch} merged into {@code original}; {@code path} is the map's field path (keys only). */
    MapNode mergeMap(MapNode original, MapNode patch, List<String> path) {
        Optional<String> directive = SmpDirectives.patchDirective(patch, path);
        if (directive.isPresent()) {
            switch (directive.get()) {
                case SmpDirectives.REPLACE:
                    return (MapNode) SmpDirectives.clean(patch.without(SmpDirectives.PATCH)).orElseThrow();
                case SmpDirectives.DELETE:
                    return MapNode.empty();
                case SmpDirectives.MERGE:
                    patch = patch.without(SmpDirectives.PATCH);
                    break;
                default:
                    throw SmpDirectives.invalid(path, "$patch: " + directive.get()
                            + " is not a directive; use replace, delete or merge");
            }
        }
        Map<String, Node> work = new LinkedHashMap<>(original.asJavaMap());
        retainKeys(work, patch, path);
        Set<String> ordered = setElementOrders(work, patch, path);
        for (Map.Entry<String, Node> entry : patch.asJavaMap().entrySet()) {
            String key = entry.getKey();
            if (key.equals(SmpDirectives.RETAIN_KEYS) || key.startsWith(SmpDirectives.SET_ELEMENT_ORDER)) {
                continue;
            }
            Optional<String> deleteFrom = SmpDirectives.fieldOf(key, SmpDirectives.DELETE_FROM_PRIMITIVE_LIST, path);
            if (deleteFrom.isEmpty() && ordered.contains(key)) {
                continue;
            }
            mergeKey(work, deleteFrom.orElse(key), entry.getValue(), deleteFrom.isPresent(), path);
        }
        return MapNode.copyOf(work);
    }

    private void mergeKey(Map<String, Node> work, String key, Node value, boolean deleteList, List<String> path) {
        if (value.isNull()) {
            work.remove(key);
            return;
        }
        Node current = work.get(key);
        List<String> childPath = append(path, key);
        if (current instanceof MapNode currentMap && value instanceof MapNode valueMap) {
            boolean replace = field(childPath).patchStrategies().contains(PatchStrategy.REPLACE);
            work.put(key, replace ? cleanMap(valueMap) : mergeMap(currentMap, valueMap, childPath));
        } else if (current instanceof ListNode currentList && value instanceof ListNode valueList) {
            work.put(key, lists.mergeField(currentList, valueList, childPath, deleteList));
        } else if (!deleteList) {
            Optional<Node> cleaned = SmpDirectives.clean(value);
            if (cleaned.isPresent()) {
                work.put(key, cleaned.get());
            } else {
                work.remove(key);
            }
        }
    }

    private static MapNode cleanMap(MapNode map) {
        return (MapNode) SmpDirectives.clean(map.without(SmpDirectives.PATCH)).orElseThrow();
    }

    /** Applies {@code $retainKeys}: the original keeps only the listed keys, and the patch may set no others. */
    private static void retainKeys(Map<String, Node> work, MapNode patch, List<String> path) {
        Optional<Node> directive = patch.get(SmpDirectives.RETAIN_KEYS);
        if (directive.isEmpty()) {
            return;
        }
        if (!(directive.get() instanceof ListNode list)) {
            throw SmpDirectives.invalid(path, "$retainKeys must be a list of field names");
        }
        Set<String> retained = new HashSet<>();
        list.items().forEach(item -> item.asText().ifPresent(retained::add));
        for (Map.Entry<String, Node> entry : patch.asJavaMap().entrySet()) {
            String key = entry.getKey();
            boolean exempt = entry.getValue().isNull() || key.equals(SmpDirectives.RETAIN_KEYS)
                    || key.startsWith(SmpDirectives.SET_ELEMENT_ORDER)
                    || key.startsWith(SmpDirectives.DELETE_FROM_PRIMITIVE_LIST);
            if (!exempt && !retained.contains(key)) {
                throw SmpDirectives.invalid(path, "the patch sets \"" + key
                        + "\", which $retainKeys does not list; add it to $retainKeys");
            }
        }
        work.keySet().removeIf(key -> !retained.contains(key));
    }

    /**
     * Applies every {@code $setElementOrder/<field>}: merges the field's patch list (if any) and
     * orders the result. Returns the fields done, which the key loop then skips.
     */
    private Set<String> setElementOrders(Map<String, Node> work, MapNode patch, List<String> path) {
        Set<String> done = new HashSet<>();
        for (Map.Entry<String, Node> entry : patch.asJavaMap().entrySet()) {
            Optional<String> field = SmpDirectives.fieldOf(entry.getKey(), SmpDirectives.SET_ELEMENT_ORDER, path);
            if (field.isEmpty()) {
                continue;
            }
            if (!(entry.getValue() instanceof ListNode order)) {
                throw SmpDirectives.invalid(path, entry.getKey() + " must be a list");
            }
            ListNode original = listOrNull(work.get(field.get()), field.get(), path);
            ListNode patchList = listOrNull(patch.get(field.get()).orElse(null), field.get(), path);
            ListNode ordered = lists.ordered(original, patchList, order, append(path, field.get()));
            if (ordered != null) {
                work.put(field.get(), ordered);
            }
            done.add(field.get());
        }
        return done;
    }

    private static ListNode listOrNull(Node value, String field, List<String> path) {
        if (value == null) {
            return null;
        }
        if (value instanceof ListNode list) {
            return list;
        }
        throw SmpDirectives.invalid(path, "$setElementOrder/" + field + " is given, but " + field
                + " is a " + value.type().name().toLowerCase() + ", not a list");
    }

    static List<String> append(List<String> path, String key) {
        List<String> out = new ArrayList<>(path.size() + 1);
        out.addAll(path);
        out.add(key);
        return out;
    }
}
