package dev.windlass.model.tree;

/**
 * A 64-bit floating-point number. NaN and infinities cannot be represented in JSON and are refused
 * by the codecs before a node is built.
 */
public record FloatNode(double value) implements Node {

    public FloatNode {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("JSON has no representation for " + value);
        }
    }

    @Override
    public Type type() {
        return Type.FLOAT;
    }

    /** True when the value has no fractional part (kubectl reads {@code 1.0} and {@code 1e3} as integers). */
    public boolean isIntegral() {
        return value == Math.rint(value) && Math.abs(value) < 0x1p63;
    }

    @Override
    public String toString() {
        return NumberText.format(value);
    }
}
