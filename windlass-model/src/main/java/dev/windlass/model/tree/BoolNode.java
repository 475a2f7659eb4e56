package dev.windlass.model.tree;

/** A boolean value. */
public record BoolNode(boolean value) implements Node {

    public static final BoolNode TRUE = new BoolNode(true);
    public static final BoolNode FALSE = new BoolNode(false);

    @Override
    public Type type() {
        return Type.BOOL;
    }

    @Override
    public String toString() {
        return Boolean.toString(value);
    }
}
