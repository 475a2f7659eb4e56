package dev.windlass.rego.value;

import java.util.Objects;

/** A string. */
public record StringValue(String value) implements Value {
    public StringValue {
        Objects.requireNonNull(value, "value");
    }

    /** A string value. */
    public static StringValue of(String value) {
        return new StringValue(value);
    }

    @Override
    public String typeName() {
        return "string";
    }

    @Override
    public int typeRank() {
        return 3;
    }

    @Override
    public String toString() {
        return Values.toJson(this);
    }
}
