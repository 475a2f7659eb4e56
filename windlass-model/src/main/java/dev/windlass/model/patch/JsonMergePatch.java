package dev.windlass.model.patch;

import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.Map;

/**
 * RFC 7386 JSON merge patch ({@code application/merge-patch+json}): a patch map merges into the
 * target map key by key, recursively; {@code null} deletes a key; every other value, lists
 * included, replaces what was there. A patch that is not a map replaces the whole target.
 *
 * <pre>{@code
 * Node patched = JsonMergePatch.apply(object, Node.from(Map.of("spec", Map.of("replicas", 3))));
 * Node patch = JsonMergePatch.diff(before, after);   // apply(before, patch) equals after
 * }</pre>
 */
public final class JsonMergePatch {

    private JsonMergePatch() {
    }

    /** {@code target} with {@code patch} merged in; nulls in added values are dropped, as the RFC says. */
    public static Node apply(Node target, Node patch) {
        if (!(patch instanceof MapNode patchMap)) {
            return patch;
        }
        MapNode.Builder result = target instanceof MapNode map ? map.toBuilder() : MapNode.builder();
        for (Map.Entry<String, Node> entry : patchMap.asJavaMap().entrySet()) {
            String key = entry.getKey();
            if (entry.getValue().isNull()) {
                result.remove(key);
                continue;
            }
            Node current = target instanceof MapNode map ? map.get(key).orElse(null) : null;
            result.put(key, apply(current, entry.getValue()));
        }
        return result.build();
    }

    /**
     * A merge patch that turns {@code original} into {@code modified}: removed keys map to
     * {@code null}, changed maps recurse, other changed values are given whole. Empty when nothing
     * changed. A modified value that holds {@code null} cannot be expressed (null means delete).
     */
    public static Node diff(Node original, Node modified) {
        if (!(original instanceof MapNode before) || !(modified instanceof MapNode after)) {
            return modified;
        }
        MapNode.Builder patch = MapNode.builder();
        for (String key : before.keys()) {
            if (!after.containsKey(key)) {
                patch.put(key, Node.nullNode());
            }
        }
        for (Map.Entry<String, Node> entry : after.asJavaMap().entrySet()) {
            Node old = before.get(entry.getKey()).orElse(null);
            Node now = entry.getValue();
            if (old != null && JsonValues.equal(old, now)) {
                continue;
            }
            boolean bothMaps = old instanceof MapNode && now instanceof MapNode;
            patch.put(entry.getKey(), bothMaps ? diff(old, now) : now);
        }
        return patch.build();
    }
}
