package dev.windlass.kustomize;

import dev.windlass.model.KubeObject;
import dev.windlass.model.codec.YamlWriter;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.List;
import java.util.TreeMap;

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

    /** {@code node} with the keys of every map in the order kustomize prints them ({@link GoYamlKeyOrder}). */
    static Node sorted(Node node) {
        if (node instanceof MapNode map) {
            MapNode.Builder out = MapNode.builder();
            TreeMap<String, Node> keys = new TreeMap<>(GoYamlKeyOrder.INSTANCE);
            keys.putAll(map.asJavaMap());
            keys.forEach((key, value) -> out.put(key, sorted(value)));
            return out.build();
        }
        if (node instanceof ListNode list) {
            return new ListNode(list.items().stream().map(KustomizeOutput::sorted).toList());
        }
        return node;
    }
}
