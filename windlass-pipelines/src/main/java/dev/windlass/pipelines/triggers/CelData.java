package dev.windlass.pipelines.triggers;

import com.google.protobuf.ByteString;
import com.google.protobuf.NullValue;
import dev.cel.common.values.CelByteString;
import dev.windlass.model.tree.BoolNode;
import dev.windlass.model.tree.FloatNode;
import dev.windlass.model.tree.IntNode;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.StringNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Event data in CEL's Java representation and back. JSON numbers become doubles, as Tekton decodes
 * the body into Go {@code float64}s; CEL results come back as trees (bytes as base64 text, as
 * Tekton's protobuf conversion writes them).
 */
final class CelData {

    private CelData() {
    }

    static Object toCel(Node node) {
        if (node instanceof MapNode map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.asJavaMap().forEach((k, v) -> out.put(k, toCel(v)));
            return out;
        }
        if (node instanceof ListNode list) {
            List<Object> out = new ArrayList<>();
            list.items().forEach(v -> out.add(toCel(v)));
            return out;
        }
        if (node instanceof StringNode s) {
            return s.value();
        }
        if (node instanceof IntNode i) {
            return (double) i.value();
        }
        if (node instanceof FloatNode f) {
            return f.value();
        }
        if (node instanceof BoolNode b) {
            return b.value();
        }
        return NullValue.NULL_VALUE;
    }

    static Node fromCel(Object value) {
        if (value instanceof Map<?, ?> map) {
            MapNode.Builder out = MapNode.builder();
            map.forEach((k, v) -> out.put(String.valueOf(k), fromCel(v)));
            return out.build();
        }
        if (value instanceof List<?> list) {
            List<Node> out = new ArrayList<>();
            list.forEach(v -> out.add(fromCel(v)));
            return Node.list(out);
        }
        if (value instanceof String s) {
            return Node.of(s);
        }
        if (value instanceof Long l) {
            return Node.of(l);
        }
        if (value instanceof Double d) {
            return Node.of(d);
        }
        if (value instanceof Boolean b) {
            return Node.of(b);
        }
        if (value instanceof ByteString bytes) {
            return Node.of(Base64.getEncoder().encodeToString(bytes.toByteArray()));
        }
        if (value instanceof CelByteString bytes) {
            return Node.of(Base64.getEncoder().encodeToString(bytes.toByteArray()));
        }
        if (value instanceof Number n) {
            return Node.of(n.longValue());
        }
        if (value == null || value instanceof NullValue) {
            return Node.nullNode();
        }
        return Node.of(String.valueOf(value));
    }
}
