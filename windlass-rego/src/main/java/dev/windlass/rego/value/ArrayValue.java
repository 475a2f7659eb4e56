package dev.windlass.rego.value;

import java.util.List;

/** An array. */
public record ArrayValue(List<Value> items) implements Value {
    /** The empty array. */
    public static final ArrayValue EMPTY = new ArrayValue(List.of());

    public ArrayValue {
        items = List.copyOf(items);
    }

    /** An array of the given items. */
    public static ArrayValue of(Value... items) {
        return new ArrayValue(List.of(items));
    }

    /** The number of items. */
    public int size() {
        return items.size();
    }

    /** The item at an index. */
    public Value get(int index) {
        return items.get(index);
    }

    @Override
    public String typeName() {
        return "array";
    }

    @Override
    public int typeRank() {
        return 4;
    }

    @Override
    public String toString() {
        return Values.toJson(this);
    }
}
