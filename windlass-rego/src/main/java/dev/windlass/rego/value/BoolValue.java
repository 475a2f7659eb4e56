package dev.windlass.rego.value;

/** {@code true} or {@code false}. */
public record BoolValue(boolean value) implements Value {
    /** {@code true}. */
    public static final BoolValue TRUE = new BoolValue(true);
    /** {@code false}. */
    public static final BoolValue FALSE = new BoolValue(false);

    /** The shared instance for a Java boolean. */
    public static BoolValue of(boolean value) {
        return value ? TRUE : FALSE;
    }

    @Override
    public String typeName() {
        return "boolean";
    }

    @Override
    public int typeRank() {
        return 1;
    }

    @Override
    public String toString() {
        return Boolean.toString(value);
    }
}
