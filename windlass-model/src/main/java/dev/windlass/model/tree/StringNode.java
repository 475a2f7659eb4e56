package dev.windlass.model.tree;

import java.util.Objects;

/** A string value. */
public record StringNode(String value) implements Node {

    public StringNode {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public Type type() {
        return Type.STRING;
    }

    @Override
    public String toString() {
        return value;
    }
}
