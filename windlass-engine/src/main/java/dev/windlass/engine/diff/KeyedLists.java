package dev.windlass.engine.diff;

import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Lists whose items are identified by merge keys (containers by {@code name}, ports by
 * {@code containerPort} and {@code protocol}, ...). Each manifest item is matched with the first
 * unused live item that agrees on every key the manifest item sets, then compared field by field;
 * a manifest item with no match is a difference. Live items the manifest does not name (an
 * injected sidecar) are not differences and keep their place. Applying the manifest puts matched
 * items in its order, so matched items in another order live are a difference of the whole list.
 */
final class KeyedLists {

    private KeyedLists() {
    }

    /** Whether every item is a map that sets the primary merge key. */
    static boolean allKeyed(ListNode list, String primaryKey) {
        return list.items().stream().allMatch(item -> item instanceof MapNode map
                && !Values.isUnset(map.get(primaryKey).orElse(null)));
    }

    static Node merge(TreeComparer comparer, ListNode target, ListNode live, List<String> keys, FieldPath path,
                      OwnedFields owned) {
        boolean[] used = new boolean[live.size()];
        int[] matchOf = new int[target.size()];
        Node[] merged = new Node[target.size()];
        for (int i = 0; i < target.size(); i++) {
            Node item = target.items().get(i);
            matchOf[i] = find((MapNode) item, live, used, keys);
            if (matchOf[i] < 0) {
                merged[i] = comparer.differ(path.index(i), null, item);
            } else {
                Node liveItem = live.items().get(matchOf[i]);
                Node result = comparer.merge(item, liveItem, path.index(i), owned.item(liveItem, matchOf[i]));
                merged[i] = result == null ? liveItem : result;
            }
        }
        if (inOrder(matchOf)) {
            return new ListNode(interleave(live, matchOf, merged));
        }
        List<Node> reordered = new ArrayList<>(Arrays.asList(merged));
        for (int j = 0; j < live.size(); j++) {
            if (!used[j]) {
                reordered.add(live.items().get(j));
            }
        }
        ListNode predicted = new ListNode(reordered);
        comparer.differ(path, live, predicted);
        return predicted;
    }

    private static int find(MapNode item, ListNode live, boolean[] used, List<String> keys) {
        for (int j = 0; j < live.size(); j++) {
            if (!used[j] && live.items().get(j) instanceof MapNode candidate && sameKeys(item, candidate, keys)) {
                used[j] = true;
                return j;
            }
        }
        return -1;
    }

    /** Agrees on every key the manifest item sets (a key it leaves out, like a defaulted protocol, matches any). */
    private static boolean sameKeys(MapNode item, MapNode candidate, List<String> keys) {
        for (String key : keys) {
            Node wanted = item.get(key).orElse(null);
            if (Values.isUnset(wanted)) {
                continue;
            }
            Node actual = candidate.get(key).orElse(null);
            if (actual == null || !Values.equal(wanted, actual)) {
                return false;
            }
        }
        return true;
    }

    private static boolean inOrder(int[] matchOf) {
        int last = -1;
        for (int match : matchOf) {
            if (match >= 0) {
                if (match < last) {
                    return false;
                }
                last = match;
            }
        }
        return true;
    }

    /** Live order kept: each matched item in its live place, new items just before the next matched one. */
    private static List<Node> interleave(ListNode live, int[] matchOf, Node[] merged) {
        int[] targetOf = new int[live.size()];
        Arrays.fill(targetOf, -1);
        for (int i = 0; i < matchOf.length; i++) {
            if (matchOf[i] >= 0) {
                targetOf[matchOf[i]] = i;
            }
        }
        List<Node> out = new ArrayList<>(live.size() + merged.length);
        int next = 0;
        for (int j = 0; j < live.size(); j++) {
            int i = targetOf[j];
            if (i < 0) {
                out.add(live.items().get(j));
                continue;
            }
            for (; next < i; next++) {
                if (matchOf[next] < 0) {
                    out.add(merged[next]);
                }
            }
            out.add(merged[i]);
            next = i + 1;
        }
        for (; next < merged.length; next++) {
            if (matchOf[next] < 0) {
                out.add(merged[next]);
            }
        }
        return out;
    }
}
