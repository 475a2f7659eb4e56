package dev.windlass.sandbox.apply;

import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.JsonReader;
import dev.windlass.model.codec.JsonWriter;
import dev.windlass.model.codec.ParsedStream;
import dev.windlass.model.tree.BoolNode;
import dev.windlass.model.tree.FloatNode;
import dev.windlass.model.tree.IntNode;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.StringNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One step of a managed-fields path, as structured-merge-diff names it: a map field
 * ({@code f:name}), an item of a map-type list by its key fields ({@code k:{"name":"web"}}), an
 * item of a set by its value ({@code v:"a"}) or an item of an atomic list by index ({@code i:0}).
 *
 * <p>Elements are totally ordered the way the API server orders them when it writes
 * {@code fieldsV1}: fields before keys before values before indexes, each by content.
 */
public sealed interface PathElement extends Comparable<PathElement>
        permits PathElement.Field, PathElement.Key, PathElement.Value, PathElement.Index {

    /** The element as a {@code fieldsV1} key: {@code f:replicas}, {@code k:{"name":"web"}}. */
    String serialize();

    /** A map field. */
    record Field(String name) implements PathElement {
        public Field {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String serialize() {
            return "f:" + name;
        }

        @Override
        public String toString() {
            return "." + name;
        }
    }

    /** One key field of a {@link Key}. */
    record KeyField(String name, Node value) {
        public KeyField {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    /** An item of a map-type list, by its key fields, kept sorted by name as the server keeps them. */
    record Key(List<KeyField> fields) implements PathElement {
        public Key {
            List<KeyField> sorted = new ArrayList<>(fields);
            sorted.sort(Comparator.comparing(KeyField::name));
            fields = List.copyOf(sorted);
        }

        @Override
        public String serialize() {
            MapNode.Builder object = MapNode.builder();
            fields.forEach(field -> object.put(field.name(), field.value()));
            return "k:" + JsonWriter.write(object.build(), 0);
        }

        @Override
        public String toString() {
            List<String> parts = new ArrayList<>();
            fields.forEach(field -> parts.add(field.name() + "=" + Values.goString(field.value())));
            return "[" + String.join(",", parts) + "]";
        }
    }

    /** An item of a set-type list, by its value. */
    record Value(Node value) implements PathElement {
        public Value {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String serialize() {
            return "v:" + JsonWriter.write(value, 0);
        }

        @Override
        public String toString() {
            return "[=" + Values.goString(value) + "]";
        }
    }

    /** An item of an atomic list, by position. */
    record Index(int index) implements PathElement {
        @Override
        public String serialize() {
            return "i:" + index;
        }

        @Override
        public String toString() {
            return "[" + index + "]";
        }
    }

    static PathElement field(String name) {
        return new Field(name);
    }

    /** A key element from alternating names and values: {@code key("containerPort", 80, "protocol", "TCP")}. */
    static PathElement key(Object... namesAndValues) {
        List<KeyField> fields = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.add(new KeyField((String) namesAndValues[i], Node.from(namesAndValues[i + 1])));
        }
        return new Key(fields);
    }

    static PathElement value(Node value) {
        return new Value(value);
    }

    static PathElement index(int index) {
        return new Index(index);
    }

    /**
     * Parses a {@code fieldsV1} key. Throws {@link IllegalArgumentException} naming the key when it
     * is not one of the four forms.
     */
    static PathElement parse(String text) {
        if (text.length() < 2 || text.charAt(1) != ':') {
            throw new IllegalArgumentException("managed field path element " + quoted(text)
                    + " must start with f:, k:, v: or i:");
        }
        String body = text.substring(2);
        switch (text.charAt(0)) {
            case 'f':
                return new Field(body);
            case 'i':
                try {
                    return new Index(Integer.parseInt(body));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("managed field path element " + quoted(text)
                            + " must have an integer index after i:");
                }
            case 'v':
                return new Value(parseJson(text, body));
            case 'k':
                return parseKey(text, body);
            default:
                throw new IllegalArgumentException("managed field path element " + quoted(text)
                        + " has unknown type '" + text.charAt(0) + "'; use f:, k:, v: or i:");
        }
    }

    private static PathElement parseKey(String text, String body) {
        if (!(parseJson(text, body) instanceof MapNode object)) {
            throw new IllegalArgumentException("managed field path element " + quoted(text)
                    + " must have a JSON object after k:");
        }
        List<KeyField> fields = new ArrayList<>();
        for (Map.Entry<String, Node> entry : object.asJavaMap().entrySet()) {
            fields.add(new KeyField(entry.getKey(), entry.getValue()));
        }
        return new Key(fields);
    }

    private static Node parseJson(String text, String body) {
        ParsedStream parsed = JsonReader.create(CodecLimits.DEFAULT).read("fieldsV1", body);
        if (parsed.hasErrors() || parsed.documents().size() != 1) {
            throw new IllegalArgumentException("managed field path element " + quoted(text)
                    + " does not hold valid JSON after its type prefix");
        }
        return parsed.documents().get(0).content();
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }

    @Override
    default int compareTo(PathElement other) {
        int rank = Integer.compare(rank(this), rank(other));
        if (rank != 0) {
            return rank;
        }
        if (this instanceof Field a && other instanceof Field b) {
            return a.name().compareTo(b.name());
        }
        if (this instanceof Key a && other instanceof Key b) {
            return compareKeys(a.fields(), b.fields());
        }
        if (this instanceof Value a && other instanceof Value b) {
            return Values.compare(a.value(), b.value());
        }
        return Integer.compare(((Index) this).index(), ((Index) other).index());
    }

    private static int rank(PathElement element) {
        if (element instanceof Field) {
            return 0;
        }
        if (element instanceof Key) {
            return 1;
        }
        return element instanceof Value ? 2 : 3;
    }

    private static int compareKeys(List<KeyField> a, List<KeyField> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int byName = a.get(i).name().compareTo(b.get(i).name());
            if (byName != 0) {
                return byName;
            }
            int byValue = Values.compare(a.get(i).value(), b.get(i).value());
            if (byValue != 0) {
                return byValue;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    /** Value ordering, equality and printing as structured-merge-diff does them. */
    final class Values {
        private Values() {
        }

        /** Numbers compare numerically across int and float; then strings, booleans, and the rest by JSON text. */
        static int compare(Node a, Node b) {
            boolean aNumber = a instanceof IntNode || a instanceof FloatNode;
            boolean bNumber = b instanceof IntNode || b instanceof FloatNode;
            if (aNumber || bNumber) {
                if (!(aNumber && bNumber)) {
                    return aNumber ? -1 : 1;
                }
                if (a instanceof IntNode x && b instanceof IntNode y) {
                    return Long.compare(x.value(), y.value());
                }
                return Double.compare(number(a), number(b));
            }
            int byType = Integer.compare(typeRank(a), typeRank(b));
            if (byType != 0) {
                return byType;
            }
            if (a instanceof StringNode x && b instanceof StringNode y) {
                return x.value().compareTo(y.value());
            }
            if (a instanceof BoolNode x && b instanceof BoolNode y) {
                return Boolean.compare(x.value(), y.value());
            }
            return JsonWriter.write(a, 0).compareTo(JsonWriter.write(b, 0));
        }

        /** Equality where {@code 1} and {@code 1.0} are the same value. */
        static boolean equal(Node a, Node b) {
            if (a instanceof MapNode x && b instanceof MapNode y) {
                if (!x.keys().equals(y.keys())) {
                    return false;
                }
                return x.keys().stream().allMatch(k -> equal(x.get(k).orElseThrow(), y.get(k).orElseThrow()));
            }
            if (a instanceof ListNode x && b instanceof ListNode y) {
                if (x.size() != y.size()) {
                    return false;
                }
                for (int i = 0; i < x.size(); i++) {
                    if (!equal(x.items().get(i), y.items().get(i))) {
                        return false;
                    }
                }
                return true;
            }
            boolean numbers = (a instanceof IntNode || a instanceof FloatNode)
                    && (b instanceof IntNode || b instanceof FloatNode);
            return numbers ? compare(a, b) == 0 : a.equals(b);
        }

        private static double number(Node node) {
            return node instanceof IntNode i ? i.value() : ((FloatNode) node).value();
        }

        private static int typeRank(Node node) {
            return switch (node.type()) {
                case STRING -> 0;
                case BOOL -> 1;
                case LIST -> 2;
                case MAP -> 3;
                default -> 4;
            };
        }

        /** A value as Go's {@code %v}/{@code %q} prints it in conflict paths: strings quoted, numbers bare. */
        static String goString(Node value) {
            if (value instanceof StringNode s) {
                return GoQuote.quote(s.value());
            }
            if (value.isNull()) {
                return "null";
            }
            return value instanceof MapNode || value instanceof ListNode ? JsonWriter.write(value, 0) : value.toString();
        }
    }
}
