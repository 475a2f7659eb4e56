package dev.windlass.model.tree;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable JSON-compatible value: the content of a Kubernetes object and of every field in it.
 *
 * <p>Maps keep the order their keys were read in; equality ignores that order, as JSON does.
 * Numbers are integers ({@link IntNode}, 64-bit like Kubernetes' unstructured int64) or floats
 * ({@link FloatNode}); an integer too large for 64 bits is read as a float, as Kubernetes does.
 */
public sealed interface Node permits MapNode, ListNode, StringNode, IntNode, FloatNode, BoolNode, NullNode {

    /** The kind of value, for messages and quick dispatch. */
    enum Type { MAP, LIST, STRING, INT, FLOAT, BOOL, NULL }

    Type type();

    static StringNode of(String value) {
        return new StringNode(value);
    }

    static IntNode of(long value) {
        return new IntNode(value);
    }

    static FloatNode of(double value) {
        return new FloatNode(value);
    }

    static BoolNode of(boolean value) {
        return value ? BoolNode.TRUE : BoolNode.FALSE;
    }

    static NullNode nullNode() {
        return NullNode.INSTANCE;
    }

    /** Converts plain Java values (Map, List, String, Number, Boolean, null) into a node tree. */
    static Node from(Object value) {
        return PlainValues.toNode(value);
    }

    /** Converts this tree into plain Java values (LinkedHashMap, ArrayList, String, Long, Double, Boolean, null). */
    default Object toPlain() {
        return PlainValues.toPlain(this);
    }

    default boolean isNull() {
        return this instanceof NullNode;
    }

    /** This node as a map, or empty when it is not one. */
    default Optional<MapNode> asMap() {
        return this instanceof MapNode m ? Optional.of(m) : Optional.empty();
    }

    /** This node as a list, or empty when it is not one. */
    default Optional<ListNode> asList() {
        return this instanceof ListNode l ? Optional.of(l) : Optional.empty();
    }

    /** This node's text when it is a string, or empty. */
    default Optional<String> asText() {
        return this instanceof StringNode s ? Optional.of(s.value()) : Optional.empty();
    }

    /** The node at {@code path} below this one, or empty when any step is missing or of the wrong type. */
    default Optional<Node> at(FieldPath path) {
        Node current = this;
        for (FieldPath.Segment segment : path.segments()) {
            Optional<Node> next = segment.select(current);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            current = next.get();
        }
        return Optional.of(current);
    }

    /** Shorthand for a map of string values, as labels and annotations are. */
    static MapNode stringMap(Map<String, String> values) {
        MapNode.Builder builder = MapNode.builder();
        values.forEach((k, v) -> builder.put(k, Node.of(v)));
        return builder.build();
    }

    /** Shorthand for a list of nodes. */
    static ListNode list(List<? extends Node> items) {
        return new ListNode(List.copyOf(items));
    }
}
