package dev.windlass.rego.value;

import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
  * An object: keys of any value type, kept sorted in OPA's order (so iteration and printing are
  * deterministic, as {@code opa eval} prints them).
  */
public final class ObjectValue implements Value {
    /** The empty object. */
    public static final ObjectValue EMPTY = new ObjectValue(new TreeMap<>());

    private final NavigableMap<Value, Value> entries;

    private ObjectValue(TreeMap<Value, Value> entries) {
        this.entries = Collections.unmodifiableNavigableMap(entries);
    }

    /** An object with the given entries (copied). */
    public static ObjectValue of(Map<? extends Value, ? extends Value> entries) {
        return entries.isEmpty() ? EMPTY : new ObjectValue(new TreeMap<>(entries));
    }

    /** An object with string keys. */
    public static ObjectValue ofStrings(Map<String, ? extends Value> entries) {
        TreeMap<Value, Value> copy = new TreeMap<>();
        entries.forEach((k, v) -> copy.put(StringValue.of(k), v));
        return copy.isEmpty() ? EMPTY : new ObjectValue(copy);
    }

    /** The entries in key order, read-only. */
    public NavigableMap<Value, Value> entries() {
        return entries;
    }

    /** The value under a key, or null. */
    public Value get(Value key) {
        return entries.get(key);
    }

    /** The value under a string key, or null. */
    public Value get(String key) {
        return entries.get(StringValue.of(key));
    }

    /** The number of entries. */
    public int size() {
        return entries.size();
    }

    /** A copy with one entry added or replaced. */
    public ObjectValue with(Value key, Value value) {
        TreeMap<Value, Value> copy = new TreeMap<>(entries);
        copy.put(key, value);
        return new ObjectValue(copy);
    }

    @Override
    public String typeName() {
        return "object";
    }

    @Override
    public int typeRank() {
        return 5;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ObjectValue o && entries.equals(o.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return Values.toJson(this);
    }
}
