package dev.windlass.controller.app;

import dev.windlass.model.tree.BoolNode;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.List;
import java.util.Map;

/**
 * Writes a source's options block ({@code kustomize}, {@code helm}) into
 * {@code status.sync.comparedTo.source} as Argo CD shows it: only the fields that are set.
 */
final class SourceBlocks {

    private SourceBlocks() {
    }

    static void putText(MapNode.Builder out, String key, String value) {
        if (!value.isEmpty()) {
            out.put(key, Node.of(value));
        }
    }

    static void putFlag(MapNode.Builder out, String key, boolean value) {
        if (value) {
            out.put(key, BoolNode.TRUE);
        }
    }

    static void putList(MapNode.Builder out, String key, List<String> values) {
        if (!values.isEmpty()) {
            out.put(key, ListNode.of(values.stream().map(Node::of).toArray(Node[]::new)));
        }
    }

    static void putMap(MapNode.Builder out, String key, Map<String, String> values) {
        if (!values.isEmpty()) {
            MapNode.Builder map = MapNode.builder();
            values.forEach((name, value) -> map.put(name, Node.of(value)));
            out.put(key, map.build());
        }
    }
}
