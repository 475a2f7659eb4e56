package dev.windlass.rego.builtins;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
  * A binary floating-point number with a 64-bit mantissa, rounded to nearest even: the numbers OPA
  * computes with when an operation leaves the integers (Go's {@code big.Float} at its default
  * precision). The value is {@code mantissa * 2^exponent}; zero has a zero mantissa.
  */
final class GoBigFloat {
    private static final int PRECISION = 64;
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private final BigInteger mantissa;
    private final int exponent;

    private GoBigFloat(BigInteger mantissa, int exponent) {
        this.mantissa = mantissa;
        this.exponent = exponent;
    }

    /** The nearest 64-bit-mantissa float to an exact decimal. */
    static GoBigFloat of(BigDecimal value) {
        BigInteger unscaled = value.unscaledValue();
        int scale = value.scale();
        if (scale <= 0) {
            return round(unscaled.multiply(BigInteger.TEN.pow(-scale)), BigInteger.ONE);
        }
        return round(unscaled, BigInteger.TEN.pow(scale));
    }

    /** Rounds the exact quotient {@code num / den} (den &gt; 0) to 64 mantissa bits, ties to even. */
    private static GoBigFloat round(BigInteger num, BigInteger den) {
        if (num.signum() == 0) {
            return new GoBigFloat(BigInteger.ZERO, 0);
        }
        boolean negative = num.signum() < 0;
        BigInteger a = num.abs();
        int shift = PRECISION - (a.bitLength() - den.bitLength()) + 1;
        BigInteger[] qr = shifted(a, den, shift);
        while (qr[0].bitLength() > PRECISION) {
            shift--;
            qr = shifted(a, den, shift);
        }
        while (qr[0].bitLength() < PRECISION) {
            shift++;
            qr = shifted(a, den, shift);
        }
        BigInteger divisor = shift >= 0 ? den : den.shiftLeft(-shift);
        int half = qr[1].shiftLeft(1).compareTo(divisor);
        BigInteger q = qr[0];
        if (half > 0 || (half == 0 && q.testBit(0))) {
            q = q.add(BigInteger.ONE);
            if (q.bitLength() > PRECISION) {
                q = q.shiftRight(1);
                shift--;
            }
        }
        return new GoBigFloat(negative ? q.negate() : q, -shift);
    }

    private static BigInteger[] shifted(BigInteger a, BigInteger den, int shift) {
        return shift >= 0 ? a.shiftLeft(shift).divideAndRemainder(den) : a.divideAndRemainder(den.shiftLeft(-shift));
    }

    /** The exact value. */
    BigDecimal exact() {
        BigDecimal m = new BigDecimal(mantissa);
        if (exponent >= 0) {
            return m.multiply(new BigDecimal(BigInteger.ONE.shiftLeft(exponent)));
        }
        return m.divide(new BigDecimal(BigInteger.ONE.shiftLeft(-exponent)));
    }

    GoBigFloat add(GoBigFloat other) {
        return of(exact().add(other.exact()));
    }

    GoBigFloat subtract(GoBigFloat other) {
        return of(exact().subtract(other.exact()));
    }

    GoBigFloat multiply(GoBigFloat other) {
        return of(exact().multiply(other.exact()));
    }

    /** The rounded quotient; the caller rules out a zero divisor. */
    GoBigFloat divide(GoBigFloat other) {
        BigInteger num = mantissa;
        BigInteger den = other.mantissa;
        int e = exponent - other.exponent;
        if (e >= 0) {
            num = num.shiftLeft(e);
        } else {
            den = den.shiftLeft(-e);
        }
        if (den.signum() < 0) {
            num = num.negate();
            den = den.negate();
        }
        return round(num, den);
    }

    boolean isZero() {
        return mantissa.signum() == 0;
    }

    boolean isInteger() {
        return exact().stripTrailingZeros().scale() <= 0;
    }

    /** Go's {@code round}: half away from zero, as an integer. */
    BigInteger roundHalfAway() {
        BigDecimal shifted = mantissa.signum() < 0 ? exact().subtract(HALF) : exact().add(HALF);
        return of(shifted).exact().setScale(0, RoundingMode.DOWN).toBigIntegerExact();
    }

    BigInteger floor() {
        return exact().setScale(0, RoundingMode.FLOOR).toBigIntegerExact();
    }

    BigInteger ceil() {
        return exact().setScale(0, RoundingMode.CEILING).toBigIntegerExact();
    }

    GoBigFloat abs() {
        return new GoBigFloat(mantissa.abs(), exponent);
    }

    /** The shortest decimal that reads back as this float. */
    BigDecimal shortestDecimal() {
        BigDecimal exact = exact();
        if (isZero()) {
            return BigDecimal.ZERO;
        }
        for (int digits = 1; digits < 40; digits++) {
            BigDecimal candidate = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            GoBigFloat back = of(candidate);
            if (back.mantissa.equals(mantissa) && back.exponent == exponent) {
                return candidate;
            }
        }
        return exact;
    }

    /**
      * The number's text as OPA stores it: integers in full ({@code 'f'}), others in Go's
      * shortest {@code %g} form ({@code 0.25}, {@code 1.2345675e+06}, {@code 1e-05}).
      */
    String text() {
        BigDecimal shortest = shortestDecimal();
        if (isInteger()) {
            return shortest.setScale(0, RoundingMode.UNNECESSARY).toPlainString();
        }
        return GoFloatText.shortestG(shortest);
    }
}
