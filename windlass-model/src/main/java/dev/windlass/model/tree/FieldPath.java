package dev.windlass.model.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A path to a field inside a node tree, such as {@code spec.template.spec.containers[0].image}.
 * Printed in kubectl's dotted form; keys that are not simple identifiers print in brackets
 * ({@code metadata.labels["app.kubernetes.io/name"]}). Also converts to and from JSON Pointer.
 */
public record FieldPath(List<Segment> segments) implements Comparable<FieldPath> {

    private static final FieldPath ROOT = new FieldPath(List.of());

    public FieldPath {
        segments = List.copyOf(segments);
    }

    /** One step: a map key or a list index. */
    public sealed interface Segment permits Key, Index {
        Optional<Node> select(Node node);
    }

    public record Key(String name) implements Segment {
        @Override
        public Optional<Node> select(Node node) {
            return node instanceof MapNode map ? map.get(name) : Optional.empty();
        }
    }

    public record Index(int index) implements Segment {
        @Override
        public Optional<Node> select(Node node) {
            return node instanceof ListNode list ? list.get(index) : Optional.empty();
        }
    }

    public static FieldPath root() {
        return ROOT;
    }

    /** A path of map keys: {@code FieldPath.of("metadata", "name")}. */
    public static FieldPath of(String... keys) {
        List<Segment> segments = new ArrayList<>(keys.length);
        for (String key : keys) {
            segments.add(new Key(key));
        }
        return new FieldPath(segments);
    }

    public FieldPath key(String name) {
        return append(new Key(name));
    }

    public FieldPath index(int index) {
        return append(new Index(index));
    }

    private FieldPath append(Segment segment) {
        List<Segment> copy = new ArrayList<>(segments.size() + 1);
        copy.addAll(segments);
        copy.add(segment);
        return new FieldPath(copy);
    }

    public boolean isRoot() {
        return segments.isEmpty();
    }

    /** The path without its last segment; the root for a one-segment path. */
    public FieldPath parent() {
        return segments.isEmpty() ? this : new FieldPath(segments.subList(0, segments.size() - 1));
    }

    /** RFC 6901 JSON Pointer form, e.g. {@code /spec/containers/0/image}. */
    public String toJsonPointer() {
        StringBuilder out = new StringBuilder();
        for (Segment segment : segments) {
            out.append('/');
            if (segment instanceof Key key) {
                out.append(pointerSegment(key.name()));
            } else {
                out.append(((Index) segment).index());
            }
        }
        return out.toString();
    }

    /** {@code key} as one JSON Pointer segment: {@code ~} becomes {@code ~0} and {@code /} becomes {@code ~1}. */
    public static String pointerSegment(String key) {
        if (key.indexOf('~') < 0 && key.indexOf('/') < 0) {
            return key;
        }
        return key.replace("~", "~0").replace("/", "~1");
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (Segment segment : segments) {
            if (segment instanceof Index index) {
                out.append('[').append(index.index()).append(']');
            } else {
                String name = ((Key) segment).name();
                if (isSimple(name)) {
                    if (out.length() > 0) {
                        out.append('.');
                    }
                    out.append(name);
                } else {
                    out.append("[\"").append(name.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"]");
                }
            }
        }
        return out.toString();
    }

    private static boolean isSimple(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '$';
            if (!ok || c > 127) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int compareTo(FieldPath other) {
        return toJsonPointer().compareTo(other.toJsonPointer());
    }
}
