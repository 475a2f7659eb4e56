package dev.windlass.model.tree;

/** The null value. */
public enum NullNode implements Node {
    INSTANCE;

    @Override
    public Type type() {
        return Type.NULL;
    }

    @Override
    public String toString() {
        return "null";
    }
}
