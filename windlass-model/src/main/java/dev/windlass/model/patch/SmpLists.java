package dev.windlass.model.patch;

import dev.windlass.model.patch.MergeSchema.FieldSchema;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The list half of {@link StrategicMergePatch}: keyed and scalar merges, list-item directives,
 * and the API server's ordering of a merged list.
 */
final class SmpLists {

    private final SmpMerger merger;

    SmpLists(SmpMerger merger) {
        this.merger = merger;
    }

    /** A list field of the original merged with its patch list, by the field's strategy. */
    ListNode mergeField(ListNode original, ListNode patch, List<String> path, boolean deleteList) {
        FieldSchema field = merger.field(path);
        if (field.merges() || deleteList) {
            return merge(original, patch, field.patchMergeKey(), path, deleteList);
        }
        return SmpDirectives.cleanList(patch);
    }

    /**
     * The field after {@code $setElementOrder}: merged (when the patch has the list too), then
     * ordered with {@code order} first. Null when neither side has the list.
     */
    ListNode ordered(ListNode original, ListNode patch, ListNode order, List<String> path) {
        String mergeKey = merger.field(path).patchMergeKey();
        if (patch != null) {
            SmpOrder.checkPatchFollows(patch.items(), order.items(), mergeKey, path);
        }
        ListNode merged;
        if (original == null && patch == null) {
            return null;
        } else if (patch == null) {
            merged = original;
        } else if (original == null) {
            merged = SmpDirectives.cleanList(patch);
        } else {
            merged = mergeField(original, patch, path, false);
        }
        List<Node> server = original == null ? List.of() : original.items();
        return new ListNode(SmpOrder.arrange(merged.items(), order.items(), server, mergeKey, path));
    }

    private ListNode merge(ListNode original, ListNode patch, String mergeKey, List<String> path, boolean deleteList) {
        if (original.isEmpty() && patch.isEmpty()) {
            return original;
        }
        boolean maps = itemsAreMaps(original, patch, path);
        if (!maps) {
            if (deleteList) {
                return new ListNode(without(original.items(), patch.items()));
            }
            List<Node> both = new ArrayList<>(original.items());
            both.addAll(patch.items());
            List<Node> merged = distinct(both);
            return new ListNode(SmpOrder.arrange(merged, patch.items(), original.items(), null, path));
        }
        if (mergeKey == null) {
            throw new PatchException(PatchException.Kind.INVALID_PATCH, SmpDirectives.where(path)
                    + "the list merges, but the schema gives no merge key for its items");
        }
        List<Node> server = new ArrayList<>(original.items());
        List<Node> patchItems = new ArrayList<>();
        if (applyItemDirectives(server, patch, patchItems, mergeKey, path)) {
            server = new ArrayList<>(SmpDirectives.cleanList(new ListNode(patchItems)).items());
            patchItems = List.of();
        }
        List<Node> merged = mergeItems(server, patchItems, mergeKey, path);
        return new ListNode(SmpOrder.arrange(merged, patchItems, server, mergeKey, path));
    }

    /**
     * Sorts the patch's items: {@code $patch: delete} items delete from {@code server}, plain items
     * go to {@code rest}. Returns whether a {@code $patch: replace} item asks to replace the list.
     */
    private static boolean applyItemDirectives(List<Node> server, ListNode patch, List<Node> rest,
                                               String mergeKey, List<String> path) {
        boolean replace = false;
        for (Node item : patch.items()) {
            MapNode map = (MapNode) item;
            Optional<String> directive = SmpDirectives.patchDirective(map, path);
            if (directive.isEmpty()) {
                rest.add(item);
                continue;
            }
            switch (directive.get()) {
                case SmpDirectives.DELETE -> {
                    Node key = keyOf(map, mergeKey, path);
                    server.removeIf(s -> s instanceof MapNode m && m.get(mergeKey).filter(v -> JsonValues.equal(v, key)).isPresent());
                }
                case SmpDirectives.REPLACE -> replace = true;
                case SmpDirectives.MERGE -> throw SmpDirectives.invalid(path,
                        "$patch: merge is not supported as a list item; leave it out to merge the list");
                default -> throw SmpDirectives.invalid(path, "$patch: " + directive.get()
                        + " is not a list item directive; use replace or delete");
            }
        }
        return replace;
    }

    /** Each patch item merged into the server item with its key, or added at the end. */
    private List<Node> mergeItems(List<Node> server, List<Node> patchItems, String mergeKey, List<String> path) {
        List<Node> out = new ArrayList<>(server);
        for (Node item : patchItems) {
            MapNode patchItem = (MapNode) item;
            Node key = keyOf(patchItem, mergeKey, path);
            int at = -1;
            for (int i = 0; i < out.size() && at < 0; i++) {
                if (out.get(i) instanceof MapNode m && m.get(mergeKey).filter(v -> JsonValues.equal(v, key)).isPresent()) {
                    at = i;
                }
            }
            if (at >= 0) {
                out.set(at, merger.mergeMap((MapNode) out.get(at), patchItem, path));
            } else {
                out.add(SmpDirectives.clean(patchItem).orElseThrow());
            }
        }
        return out;
    }

    static Node keyOf(MapNode item, String mergeKey, List<String> path) {
        return item.get(mergeKey).orElseThrow(() -> new PatchException(PatchException.Kind.MISSING_MERGE_KEY,
                SmpDirectives.where(path) + "an item has no merge key \"" + mergeKey + "\": " + JsonValues.show(item)
                        + "; every item of this list needs one"));
    }

    /** Whether the items are maps; fails for lists of lists and for items of mixed types. */
    private static boolean itemsAreMaps(ListNode original, ListNode patch, List<String> path) {
        String first = null;
        for (ListNode list : List.of(original, patch)) {
            for (Node item : list.items()) {
                if (item instanceof ListNode) {
                    throw new PatchException(PatchException.Kind.INVALID_PATCH,
                            SmpDirectives.where(path) + "lists of lists cannot be merged");
                }
                String type = item.type() == Node.Type.FLOAT ? "INT" : item.type().name();
                if (first != null && !first.equals(type)) {
                    throw new PatchException(PatchException.Kind.INVALID_PATCH, SmpDirectives.where(path)
                            + "the items are of different types (" + first.toLowerCase() + " and "
                            + type.toLowerCase() + ") and cannot be merged");
                }
                first = type;
            }
        }
        return "MAP".equals(first);
    }

    private static List<Node> distinct(List<Node> items) {
        List<Node> out = new ArrayList<>(items.size());
        for (Node item : items) {
            if (out.stream().noneMatch(o -> JsonValues.equal(o, item))) {
                out.add(item);
            }
        }
        return out;
    }

    private static List<Node> without(List<Node> items, List<Node> removed) {
        List<Node> out = new ArrayList<>(items.size());
        for (Node item : items) {
            if (removed.stream().noneMatch(r -> JsonValues.equal(r, item))) {
                out.add(item);
            }
        }
        return out;
    }
}
