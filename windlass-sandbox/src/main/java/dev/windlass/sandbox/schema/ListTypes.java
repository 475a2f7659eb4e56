package dev.windlass.sandbox.schema;

import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.NullNode;
import dev.windlass.sandbox.validation.FieldErrors;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The uniqueness rules of {@code x-kubernetes-list-type}: a {@code set} holds no value twice and a
 * {@code map} no two items with the same {@code x-kubernetes-list-map-keys}. Each repeated value is
 * reported once, at its second occurrence: {@code spec.tags[2]: Duplicate value: "a"}, or for a
 * map list {@code spec.ports[1]: Duplicate value: map[string]interface {}{"name":"http"}}.
 */
final class ListTypes {

    private final List<Violation> out = new ArrayList<>();

    private ListTypes() {
    }

    static List<Violation> validate(Schema root, MapNode object) {
        ListTypes check = new ListTypes();
        check.walk(object, root, "", FieldPath.root());
        return check.out;
    }

    private void walk(Node value, Schema s, String path, FieldPath at) {
        if (s == null) {
            return;
        }
        if (value instanceof MapNode map) {
            for (Map.Entry<String, Node> entry : map.asJavaMap().entrySet()) {
                String key = entry.getKey();
                Schema property = s.properties().get(key);
                if (property != null) {
                    walk(entry.getValue(), property, path.isEmpty() ? key : path + "." + key, at.key(key));
                } else if (s.additional() != null) {
                    walk(entry.getValue(), s.additional(), path + "[" + key + "]", at.key(key));
                }
            }
        } else if (value instanceof ListNode list) {
            if ("set".equals(s.listType())) {
                duplicates(list.items(), path, at, list.items());
            } else if ("map".equals(s.listType())) {
                mapList(list, s, path, at);
            }
            for (int i = 0; i < list.size(); i++) {
                walk(list.items().get(i), s.items(), path + "[" + i + "]", at.index(i));
            }
        }
    }

    private void mapList(ListNode list, Schema s, String path, FieldPath at) {
        for (int i = 0; i < list.size(); i++) {
            Node item = list.items().get(i);
            if (!(item instanceof MapNode || item instanceof NullNode)) {
                out.add(new Violation(at.index(i), FieldErrors.invalid(path + "[" + i + "]", GoValues.bad(item),
                        "must be an object for an array of list-type map")));
                return;
            }
        }
        List<Node> keys = new ArrayList<>();
        for (Node item : list.items()) {
            Map<String, Node> key = new LinkedHashMap<>();
            for (String field : s.listMapKeys()) {
                item.asMap().flatMap(m -> m.get(field)).ifPresent(v -> key.put(field, v));
            }
            keys.add(MapNode.copyOf(key));
        }
        duplicates(keys, path, at, keys);
    }

    /** Reports the second occurrence of each repeated value in {@code values} (shown as {@code shown}). */
    private void duplicates(List<Node> values, String path, FieldPath at, List<Node> shown) {
        Set<Node> seen = new HashSet<>();
        Set<Node> reported = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            Node value = values.get(i);
            if (!seen.add(value) && reported.add(value)) {
                out.add(new Violation(at.index(i), FieldErrors.duplicate(path + "[" + i + "]",
                        GoValues.bad(shown.get(i)))));
            }
        }
    }
}
