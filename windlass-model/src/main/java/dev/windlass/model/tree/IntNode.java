package dev.windlass.model.tree;

/** A 64-bit integer, as Kubernetes' unstructured objects hold integers. */
public record IntNode(long value) implements Node {

    @Override
    public Type type() {
        return Type.INT;
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
