package dev.windlass.model.tree;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Conversion between node trees and plain Java collections and boxed values. */
final class PlainValues {

    private PlainValues() {
    }

    static Node toNode(Object value) {
        if (value == null) {
            return NullNode.INSTANCE;
        }
        if (value instanceof Node node) {
            return node;
        }
        if (value instanceof String s) {
            return new StringNode(s);
        }
        if (value instanceof Boolean b) {
            return Node.of(b);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return new IntNode(((Number) value).longValue());
        }
        if (value instanceof BigInteger big) {
            return big.bitLength() < 64 ? new IntNode(big.longValue()) : new FloatNode(big.doubleValue());
        }
        if (value instanceof BigDecimal || value instanceof Double || value instanceof Float) {
            return new FloatNode(((Number) value).doubleValue());
        }
        if (value instanceof Map<?, ?> map) {
            MapNode.Builder builder = MapNode.builder();
            map.forEach((k, v) -> builder.put(String.valueOf(k), toNode(v)));
            return builder.build();
        }
        if (value instanceof Iterable<?> iterable) {
            List<Node> items = new ArrayList<>();
            iterable.forEach(item -> items.add(toNode(item)));
            return new ListNode(items);
        }
        throw new IllegalArgumentException("not a JSON-compatible value: " + value.getClass().getName());
    }

    static Object toPlain(Node node) {
        if (node instanceof MapNode map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.asJavaMap().forEach((k, v) -> out.put(k, toPlain(v)));
            return out;
        }
        if (node instanceof ListNode list) {
            List<Object> out = new ArrayList<>(list.size());
            list.items().forEach(item -> out.add(toPlain(item)));
            return out;
        }
        if (node instanceof StringNode s) {
            return s.value();
        }
        if (node instanceof IntNode i) {
            return i.value();
        }
        if (node instanceof FloatNode f) {
            return f.value();
        }
        if (node instanceof BoolNode b) {
            return b.value();
        }
        return null;
    }
}
