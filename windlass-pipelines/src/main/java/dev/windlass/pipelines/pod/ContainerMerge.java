package dev.windlass.pipelines.pod;

import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A step over its task's {@code stepTemplate}, merged as Kubernetes' strategic merge merges two
 * containers: the step wins field by field, maps merge recursively, and {@code env},
 * {@code volumeMounts}, {@code volumeDevices} and {@code ports} merge by their keys.
 */
final class ContainerMerge {

    private static final Map<String, String> MERGE_KEYS = Map.of("env", "name", "volumeMounts", "mountPath",
            "volumeDevices", "devicePath", "ports", "containerPort");

    private ContainerMerge() {
    }

    static MapNode merge(MapNode template, MapNode step) {
        MapNode.Builder merged = template.toBuilder();
        for (String key : step.keys()) {
            Node over = step.get(key).orElseThrow();
            Node base = template.get(key).orElse(null);
            if (base instanceof MapNode baseMap && over instanceof MapNode overMap) {
                merged.put(key, merge(baseMap, overMap));
            } else if (MERGE_KEYS.containsKey(key) && base instanceof ListNode baseList
                    && over instanceof ListNode overList) {
                merged.put(key, byKey(baseList, overList, MERGE_KEYS.get(key)));
            } else {
                merged.put(key, over);
            }
        }
        return merged.build();
    }

    /** The template's entries with the step's replacing those of the same key, then the step's new ones. */
    private static ListNode byKey(ListNode base, ListNode over, String key) {
        Map<String, Node> entries = new LinkedHashMap<>();
        List<Node> unkeyed = new ArrayList<>();
        for (ListNode list : List.of(base, over)) {
            for (Node item : list.items()) {
                String id = item.asMap().flatMap(m -> m.get(key)).map(Object::toString).orElse(null);
                if (id == null) {
                    unkeyed.add(item);
                } else {
                    entries.put(id, item);
                }
            }
        }
        List<Node> items = new ArrayList<>(entries.values());
        items.addAll(unkeyed);
        return Node.list(items);
    }
}
