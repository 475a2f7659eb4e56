package dev.windlass.policy;

import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.rego.value.NullValue;
import dev.windlass.rego.value.Value;
import dev.windlass.rego.value.Values;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
  * Typed reads of policy objects' fields that fail with a {@link PolicyException} naming the
  * object and the field, and the conversion of node trees into Rego values.
  */
final class Fields {
    private final String owner;

    Fields(String owner) {
        this.owner = owner;
    }

    /** {@code ConstraintTemplate k8srequiredlabels}: how messages name the object. */
    String owner() {
        return owner;
    }

    PolicyException error(String field, String problem) {
        return new PolicyException(owner + ": " + field + ": " + problem);
    }

    Optional<MapNode> map(MapNode parent, String key, String field) throws PolicyException {
        Optional<Node> node = parent.get(key);
        if (node.isEmpty() || node.get().isNull()) {
            return Optional.empty();
        }
        if (node.get() instanceof MapNode m) {
            return Optional.of(m);
        }
        throw error(field, "must be an object");
    }

    Optional<ListNode> list(MapNode parent, String key, String field) throws PolicyException {
        Optional<Node> node = parent.get(key);
        if (node.isEmpty() || node.get().isNull()) {
            return Optional.empty();
        }
        if (node.get() instanceof ListNode l) {
            return Optional.of(l);
        }
        throw error(field, "must be a list");
    }

    Optional<String> text(MapNode parent, String key, String field) throws PolicyException {
        Optional<Node> node = parent.get(key);
        if (node.isEmpty() || node.get().isNull()) {
            return Optional.empty();
        }
        if (node.get().asText().isPresent()) {
            return node.get().asText();
        }
        throw error(field, "must be a string");
    }

    List<String> strings(MapNode parent, String key, String field) throws PolicyException {
        List<String> out = new ArrayList<>();
        Optional<ListNode> list = list(parent, key, field);
        if (list.isEmpty()) {
            return out;
        }
        for (int i = 0; i < list.get().size(); i++) {
            Node item = list.get().items().get(i);
            out.add(item.asText().orElseThrow(() -> error(field + "[" + out.size() + "]", "must be a string")));
        }
        return out;
    }

    Map<String, String> stringMap(MapNode parent, String key, String field) throws PolicyException {
        Map<String, String> out = new LinkedHashMap<>();
        Optional<MapNode> map = map(parent, key, field);
        if (map.isPresent()) {
            for (Map.Entry<String, Node> e : map.get().asJavaMap().entrySet()) {
                out.put(e.getKey(), e.getValue().asText()
                        .orElseThrow(() -> error(field + "." + e.getKey(), "must be a string")));
            }
        }
        return out;
    }

    /** A node tree as a Rego value (JSON data model); null becomes {@code null}. */
    static Value toValue(Node node) {
        if (node == null) {
            return NullValue.INSTANCE;
        }
        return Values.fromJava(node.toPlain());
    }
}
