package dev.windlass.kustomize;

import dev.windlass.model.KubeObject;
import dev.windlass.model.codec.YamlWriter;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Prints built objects as {@code kustomize build} does: YAML documents separated by {@code ---}
 * lines, map keys in sorted order at every level (kustomize marshals objects as sorted maps,
 * in {@link GoYamlKeyOrder}).
 */
public final class KustomizeOutput {

    private KustomizeOutput() {
    }

    /** The objects as multi-document YAML; {@code ""} for none. */
    public static String yaml(List<KubeObject> objects) {
        return YamlWriter.writeAll(objects.stream().map(o -> sorted(o.content())).toList());
    }

    /**
     * {@code node} with the keys of every map in the order kustomize prints them ({@link GoYamlKeyOrder}). Maps and lists already in
     * order are returned as they are (the same instances), without copying.
     */
    static Node sorted(Node node) {
        if (node instanceof MapNode map) {
            return sortedMap(map);
        }
        if (node instanceof ListNode list) {
            List<Node> items = null;
            for (int i = 0; i < list.size(); i++) {
                Node item = list.items().get(i);
                Node sorted = sorted(item);
                if (sorted != item) {
                    items = items == null ? new ArrayList<>(list.items()) : items;
                    items.set(i, sorted);
                }
            }
            return items == null ? list : new ListNode(items);
        }
        return node;
    }

    private static MapNode sortedMap(MapNode map) {
        Map<String, Node> fields = map.asJavaMap();
        String[] keys = fields.keySet().toArray(new String[0]);
        boolean changed = false;
        for (int i = 1; i < keys.length && !changed; i++) {
            changed = GoYamlKeyOrder.INSTANCE.compare(keys[i - 1], keys[i]) > 0;
        }
        if (changed) {
            Arrays.sort(keys, GoYamlKeyOrder.INSTANCE);
        }
        Node[] values = new Node[keys.length];
        for (int i = 0; i < keys.length; i++) {
            Node value = fields.get(keys[i]);
            values[i] = sorted(value);
            changed |= values[i] != value;
        }
        if (!changed) {
            return map;
        }
        MapNode.Builder out = MapNode.builder();
        for (int i = 0; i < keys.length; i++) {
            out.put(keys[i], values[i]);
        }
        return out.build();
    }
}
