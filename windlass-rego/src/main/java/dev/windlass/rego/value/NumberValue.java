package dev.windlass.rego.value;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
  * A number, kept as an exact decimal like OPA's arbitrary-precision numbers. Two numbers are equal
  * when their values are ({@code 1} equals {@code 1.0}); the scale is kept only for printing.
  */
public final class NumberValue implements Value {
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private final BigDecimal value;

    private NumberValue(BigDecimal value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    /** A number from an exact decimal. */
    public static NumberValue of(BigDecimal value) {
        return new NumberValue(value);
    }

    /** A whole number. */
    public static NumberValue of(long value) {
        return new NumberValue(BigDecimal.valueOf(value));
    }

    /** A whole number of any size. */
    public static NumberValue of(BigInteger value) {
        return new NumberValue(new BigDecimal(value));
    }

    /**
      * A number from a double; whole doubles become integers. Non-finite doubles have no Rego
      * value, so callers must check first.
      */
    public static NumberValue of(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        BigDecimal exact = new BigDecimal(Double.toString(value));
        return new NumberValue(exact.signum() == 0 ? BigDecimal.ZERO : exact);
    }

    /** Parses a JSON or Rego number literal. */
    public static NumberValue parse(String text) {
        return new NumberValue(new BigDecimal(text));
    }

    /** The exact value. */
    public BigDecimal value() {
        return value;
    }

    /** Whether the value has no fractional part. */
    public boolean isInteger() {
        return value.signum() == 0 || value.scale() <= 0 || value.stripTrailingZeros().scale() <= 0;
    }

    /** Whether the value is an integer that fits a Java {@code long}. */
    public boolean fitsLong() {
        return isInteger() && value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0;
    }

    /** The value as a long; callers check {@link #fitsLong()} first. */
    public long longValue() {
        return value.longValue();
    }

    /** The value as a double (may lose precision). */
    public double doubleValue() {
        return value.doubleValue();
    }

    @Override
    public String typeName() {
        return "number";
    }

    @Override
    public int typeRank() {
        return 2;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NumberValue n && value.compareTo(n.value) == 0;
    }

    @Override
    public int hashCode() {
        return value.signum() == 0 ? 0 : value.stripTrailingZeros().hashCode();
    }

    @Override
    public String toString() {
        return Values.numberText(this);
    }
}
