package dev.windlass.model.tree;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * An immutable map from string keys to nodes that keeps the order its keys were inserted in.
 * Equality and hash code ignore the order (as JSON object equality does).
 */
public final class MapNode implements Node {

    private static final MapNode EMPTY = new MapNode(new LinkedHashMap<>());

    private final Map<String, Node> fields;

    private MapNode(LinkedHashMap<String, Node> owned) {
        this.fields = owned.size() <= SmallMap.MAX_SIZE ? new SmallMap(owned) : Collections.unmodifiableMap(owned);
    }

    public static MapNode empty() {
        return EMPTY;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A map from alternating keys and values: {@code MapNode.of("a", Node.of(1), "b", Node.of("x"))}. */
    public static MapNode of(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("MapNode.of takes key/value pairs");
        }
        Builder builder = builder();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            builder.put((String) keysAndValues[i], Node.from(keysAndValues[i + 1]));
        }
        return builder.build();
    }

    /** Copies {@code entries} in their iteration order. */
    public static MapNode copyOf(Map<String, ? extends Node> entries) {
        Builder builder = builder();
        entries.forEach(builder::put);
        return builder.build();
    }

    @Override
    public Type type() {
        return Type.MAP;
    }

    public Optional<Node> get(String key) {
        return Optional.ofNullable(fields.get(key));
    }

    /** The value at {@code key} when it is a string. */
    public Optional<String> getText(String key) {
        return get(key).flatMap(Node::asText);
    }

    /** The value at {@code key} when it is a map. */
    public Optional<MapNode> getMap(String key) {
        return get(key).flatMap(Node::asMap);
    }

    /** The value at {@code key} when it is a list. */
    public Optional<ListNode> getList(String key) {
        return get(key).flatMap(Node::asList);
    }

    public boolean containsKey(String key) {
        return fields.containsKey(key);
    }

    /** Keys in insertion order. */
    public Set<String> keys() {
        return fields.keySet();
    }

    /** An unmodifiable view of the entries, in insertion order. */
    public Map<String, Node> asJavaMap() {
        return fields;
    }

    public int size() {
        return fields.size();
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    /** A copy with {@code key} set to {@code value}; an existing key keeps its position. */
    public MapNode with(String key, Node value) {
        return toBuilder().put(key, value).build();
    }

    /** A copy without {@code key}. */
    public MapNode without(String key) {
        if (!fields.containsKey(key)) {
            return this;
        }
        return toBuilder().remove(key).build();
    }

    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.entries.putAll(fields);
        return builder;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MapNode m && fields.equals(m.fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }

    @Override
    public String toString() {
        return fields.toString();
    }

    /** Builds a map; keys keep the order of their first {@link #put}. */
    public static final class Builder {
        private LinkedHashMap<String, Node> entries = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder put(String key, Node value) {
            entries.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        public Builder putIfAbsent(String key, Node value) {
            entries.putIfAbsent(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        public Builder remove(String key) {
            entries.remove(key);
            return this;
        }

        public boolean containsKey(String key) {
            return entries.containsKey(key);
        }

        public int size() {
            return entries.size();
        }

        public Builder apply(Consumer<Builder> change) {
            change.accept(this);
            return this;
        }

        /** Builds the map; the builder must not be used afterwards. */
        public MapNode build() {
            if (entries.isEmpty()) {
                return EMPTY;
            }
            LinkedHashMap<String, Node> owned = entries;
            entries = null;
            return new MapNode(owned);
        }
    }
}
