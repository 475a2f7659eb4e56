package dev.windlass.rego.value;

/** Rego's {@code null}. */
public record NullValue() implements Value {
    /** The one null. */
    public static final NullValue INSTANCE = new NullValue();

    @Override
    public String typeName() {
        return "null";
    }

    @Override
    public int typeRank() {
        return 0;
    }

    @Override
    public String toString() {
        return "null";
    }
}
