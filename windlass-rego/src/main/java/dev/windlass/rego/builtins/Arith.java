package dev.windlass.rego.builtins;

import dev.windlass.rego.value.NumberValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
  * OPA's number arithmetic: exact on integers of any size, and on 64-bit-mantissa binary floats
  * ({@link GoBigFloat}) once a fraction is involved. Division of integers is exact only when the
  * divisor divides the dividend; {@code %} exists only for integers.
  */
final class Arith {
    private static final BigDecimal INT32_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT32_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

    private Arith() {}

    /** The number as an exact integer, or null when it has a fraction. */
    static BigInteger exactInteger(NumberValue n) {
        return n.isInteger() ? n.value().toBigIntegerExact() : null;
    }

    /** Whether the number is written as an integer in OPA's int32 window (the "small" fast path). */
    static boolean small(NumberValue n) {
        BigDecimal v = n.value();
        return v.scale() == 0 && v.compareTo(INT32_MIN) >= 0 && v.compareTo(INT32_MAX) <= 0;
    }

    static NumberValue integer(BigInteger value) {
        return NumberValue.of(value);
    }

    static NumberValue fromFloat(GoBigFloat value) {
        return NumberValue.parse(value.text());
    }

    static GoBigFloat toFloat(NumberValue n) {
        return GoBigFloat.of(n.value());
    }

    static NumberValue plus(NumberValue a, NumberValue b) {
        return exactOrFloat(a, b, BigInteger::add, GoBigFloat::add);
    }

    static NumberValue minus(NumberValue a, NumberValue b) {
        return exactOrFloat(a, b, BigInteger::subtract, GoBigFloat::subtract);
    }

    static NumberValue multiply(NumberValue a, NumberValue b) {
        return exactOrFloat(a, b, BigInteger::multiply, GoBigFloat::multiply);
    }

    private static NumberValue exactOrFloat(NumberValue a, NumberValue b, BinaryOperator<BigInteger> exact,
            BinaryOperator<GoBigFloat> inexact) {
        BigInteger x = exactInteger(a);
        BigInteger y = exactInteger(b);
        if (x != null && y != null) {
            return integer(exact.apply(x, y));
        }
        return fromFloat(inexact.apply(toFloat(a), toFloat(b)));
    }

    /** {@code a / b}; throws the bare message {@code divide by zero}. */
    static NumberValue divide(NumberValue a, NumberValue b) throws ArithmeticException {
        if (small(a) && small(b)) {
            long x = a.longValue();
            long y = b.longValue();
            if (y == 0) {
                throw new ArithmeticException("divide by zero");
            }
            if (x != 0 && x % y == 0) {
                return NumberValue.of(x / y);
            }
        }
        GoBigFloat divisor = toFloat(b);
        if (divisor.isZero()) {
            throw new ArithmeticException("divide by zero");
        }
        return fromFloat(toFloat(a).divide(divisor));
    }

    /** {@code a % b} on integers; throws {@code modulo by zero} or {@code modulo on floating-point number}. */
    static NumberValue remainder(NumberValue a, NumberValue b) throws ArithmeticException {
        BigInteger x = exactInteger(a);
        BigInteger y = exactInteger(b);
        if (x == null || y == null) {
            throw new ArithmeticException("modulo on floating-point number");
        }
        if (y.signum() == 0) {
            throw new ArithmeticException("modulo by zero");
        }
        return integer(x.remainder(y));
    }

    /** A unary operation: integers written as such stay exact, others go through the float. */
    static NumberValue unary(NumberValue n, Function<BigInteger, BigInteger> onInteger,
            Function<GoBigFloat, GoBigFloat> onFloat) {
        if (small(n)) {
            return integer(onInteger.apply(n.value().toBigIntegerExact()));
        }
        return fromFloat(onFloat.apply(toFloat(n)));
    }

    static NumberValue abs(NumberValue n) {
        return unary(n, BigInteger::abs, GoBigFloat::abs);
    }

    static NumberValue round(NumberValue n) {
        return small(n) ? n : integer(toFloat(n).roundHalfAway());
    }

    static NumberValue ceil(NumberValue n) {
        return small(n) ? n : integer(toFloat(n).ceil());
    }

    static NumberValue floor(NumberValue n) {
        return small(n) ? n : integer(toFloat(n).floor());
    }
}
