package dev.windlass.model.patch;

import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How the API server orders a merged list (strategicpatch's element-order normalisation):
 * the items named by the patch (or by {@code $setElementOrder}) take that order; the items only
 * the server had keep their old relative order; the two runs are then interleaved, a server-only
 * item going first only when both it and the next patch item were in the old list and it came
 * earlier there. So a brand-new item lands before the server-only items that follow it.
 *
 * <p>Items are identified by their merge key, or by value for lists of scalars.
 */
final class SmpOrder {

    private SmpOrder() {
    }

    /**
     * {@code merged} reordered.
     *
     * @param patchOrder  the patch's items or the {@code $setElementOrder} list
     * @param serverOrder the list as it was before the patch
     * @param mergeKey    the merge key, or null for scalars
     */
    static List<Node> arrange(List<Node> merged, List<Node> patchOrder, List<Node> serverOrder,
                              String mergeKey, List<String> path) {
        List<Node> fromPatch = new ArrayList<>();
        List<Node> serverOnly = new ArrayList<>();
        for (Node item : merged) {
            (indexOf(patchOrder, item, mergeKey, path) >= 0 ? fromPatch : serverOnly).add(item);
        }
        fromPatch.sort(byIndexIn(patchOrder, mergeKey, path));
        serverOnly.sort(byIndexIn(serverOrder, mergeKey, path));
        return interleave(serverOnly, fromPatch, serverOrder, mergeKey, path);
    }

    private static List<Node> interleave(List<Node> serverOnly, List<Node> fromPatch, List<Node> serverOrder,
                                         String mergeKey, List<String> path) {
        List<Node> out = new ArrayList<>(serverOnly.size() + fromPatch.size());
        int i = 0;
        int j = 0;
        while (i < serverOnly.size() || j < fromPatch.size()) {
            if (j >= fromPatch.size()) {
                out.add(serverOnly.get(i++));
            } else if (i >= serverOnly.size()) {
                out.add(fromPatch.get(j++));
            } else {
                int left = indexOf(serverOrder, serverOnly.get(i), mergeKey, path);
                int right = indexOf(serverOrder, fromPatch.get(j), mergeKey, path);
                out.add(left >= 0 && right >= 0 && left < right ? serverOnly.get(i++) : fromPatch.get(j++));
            }
        }
        return out;
    }

    private static Comparator<Node> byIndexIn(List<Node> order, String mergeKey, List<String> path) {
        return Comparator.comparingInt(item -> {
            int index = indexOf(order, item, mergeKey, path);
            return index < 0 ? Integer.MAX_VALUE : index;
        });
    }

    /** The first position of {@code item} in {@code list}, by merge key (or value); -1 when absent. */
    static int indexOf(List<Node> list, Node item, String mergeKey, List<String> path) {
        Node wanted = identity(item, mergeKey, path);
        for (int i = 0; i < list.size(); i++) {
            if (JsonValues.equal(identity(list.get(i), mergeKey, path), wanted)) {
                return i;
            }
        }
        return -1;
    }

    private static Node identity(Node item, String mergeKey, List<String> path) {
        if (mergeKey == null || !(item instanceof MapNode map)) {
            return item;
        }
        return SmpLists.keyOf(map, mergeKey, path);
    }

    /**
     * Checks that the patch's items (ignoring {@code $patch} items) appear in the order the
     * {@code $setElementOrder} list gives, and only items that list names.
     */
    static void checkPatchFollows(List<Node> patch, List<Node> order, String mergeKey, List<String> path) {
        int p = 0;
        int o = 0;
        while (p < patch.size() && o < order.size()) {
            if (patch.get(p) instanceof MapNode map && map.containsKey(SmpDirectives.PATCH)) {
                p++;
                continue;
            }
            if (JsonValues.equal(identity(patch.get(p), mergeKey, path), identity(order.get(o), mergeKey, path))) {
                p++;
            }
            o++;
        }
        while (p < patch.size() && patch.get(p) instanceof MapNode map && map.containsKey(SmpDirectives.PATCH)) {
            p++;
        }
        if (p < patch.size() && !order.isEmpty()) {
            String field = path.isEmpty() ? "list" : path.get(path.size() - 1);
            throw SmpDirectives.invalid(path, "the patch's items of " + field + " are not in the order $setElementOrder/"
                    + field + " gives, or it leaves some out; list every patch item there, in the same order");
        }
    }
}
