package dev.windlass.gotemplate.sprig;

import static dev.windlass.gotemplate.GoType.ANY;
import static dev.windlass.gotemplate.GoType.FLOAT64;
import static dev.windlass.gotemplate.GoType.INT;
import static dev.windlass.gotemplate.GoType.STRING;

import dev.windlass.gotemplate.GoFmt;
import dev.windlass.gotemplate.GoFunc;
import dev.windlass.gotemplate.GoFunctionException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * Sprig's arithmetic and number conversions (numeric.go and the functions.go lambdas): integer math
 * through cast.ToInt64, float math through shopspring/decimal (exact decimal arithmetic on the
 * floats' shortest spellings).
 */
final class SprigMath {

    private static final SecureRandom RANDOM = new SecureRandom();

    private interface DecimalOp {
        BigDecimal apply(BigDecimal a, BigDecimal b) throws GoFunctionException;
    }

    private SprigMath() {
    }

    static List<GoFunc> functions() {
        List<GoFunc> f = new ArrayList<>();
        f.add(GoFunc.of("add1", a -> l(a[0]) + 1, ANY));
        f.add(GoFunc.variadic("add", ANY, a -> {
            long sum = 0;
            for (Object x : a) {
                sum += l(x);
            }
            return sum;
        }));
        f.add(GoFunc.of("sub", a -> l(a[0]) - l(a[1]), ANY, ANY));
        f.add(GoFunc.of("div", a -> divide(l(a[0]), l(a[1]), false), ANY, ANY));
        f.add(GoFunc.of("mod", a -> divide(l(a[0]), l(a[1]), true), ANY, ANY));
        f.add(GoFunc.variadic("mul", ANY, a -> {
            long product = l(a[0]);
            for (int i = 1; i < a.length; i++) {
                product *= l(a[i]);
            }
            return product;
        }, ANY));
        f.add(GoFunc.of("randInt", SprigMath::randInt, INT, INT));
        f.add(GoFunc.of("add1f", a -> decimal(a[0], new Object[] {1}, (x, y) -> x.add(y)), ANY));
        f.add(GoFunc.variadic("addf", ANY, a -> decimal(0.0, a, (x, y) -> x.add(y))));
        f.add(GoFunc.variadic("subf", ANY, a -> decimal(a[0], rest(a), (x, y) -> x.subtract(y)), ANY));
        f.add(GoFunc.variadic("mulf", ANY, a -> decimal(a[0], rest(a), (x, y) -> x.multiply(y)), ANY));
        f.add(GoFunc.variadic("divf", ANY, a -> decimal(a[0], rest(a), SprigMath::decimalDivide), ANY));
        f.add(GoFunc.variadic("biggest", ANY, a -> extreme(a, true), ANY));
        f.add(GoFunc.variadic("max", ANY, a -> extreme(a, true), ANY));
        f.add(GoFunc.variadic("min", ANY, a -> extreme(a, false), ANY));
        f.add(GoFunc.variadic("maxf", ANY, a -> extremeF(a, true), ANY));
        f.add(GoFunc.variadic("minf", ANY, a -> extremeF(a, false), ANY));
        f.add(GoFunc.of("ceil", a -> Math.ceil(SprigConvert.toFloat64(a[0])), ANY));
        f.add(GoFunc.of("floor", a -> Math.floor(SprigConvert.toFloat64(a[0])), ANY));
        f.add(GoFunc.variadic("round", FLOAT64, SprigMath::round, ANY, INT));
        f.add(GoFunc.of("atoi", a -> atoi((String) a[0]), STRING));
        f.add(GoFunc.of("int64", a -> SprigConvert.toInt64(a[0]), ANY));
        f.add(GoFunc.of("int", a -> SprigConvert.toInt(a[0]), ANY));
        f.add(GoFunc.of("float64", a -> SprigConvert.toFloat64(a[0]), ANY));
        f.add(GoFunc.of("toDecimal", a -> toDecimal(a[0]), ANY));
        f.add(GoFunc.of("toString", a -> SprigConvert.strval(a[0]), ANY));
        return f;
    }

    private static long l(Object v) {
        return SprigConvert.toInt64(v);
    }

    private static Object[] rest(Object[] a) {
        Object[] out = new Object[a.length - 1];
        System.arraycopy(a, 1, out, 0, out.length);
        return out;
    }

    private static long divide(long a, long b, boolean remainder) throws GoFunctionException {
        if (b == 0) {
            throw new GoFunctionException("runtime error: integer divide by zero");
        }
        return remainder ? a % b : a / b;
    }

    private static Object randInt(Object[] a) throws GoFunctionException {
        int min = ((Number) a[0]).intValue();
        int max = ((Number) a[1]).intValue();
        if (max - min <= 0) {
            throw new GoFunctionException("invalid argument to Intn");
        }
        return RANDOM.nextInt(max - min) + min;
    }

    private static long extreme(Object[] a, boolean max) {
        long best = l(a[0]);
        for (int i = 1; i < a.length; i++) {
            long v = l(a[i]);
            if (max ? v > best : v < best) {
                best = v;
            }
        }
        return best;
    }

    private static double extremeF(Object[] a, boolean max) {
        double best = SprigConvert.toFloat64(a[0]);
        for (int i = 1; i < a.length; i++) {
            double v = SprigConvert.toFloat64(a[i]);
            best = max ? Math.max(best, v) : Math.min(best, v);
        }
        return best;
    }

    /** shopspring/decimal's NewFromFloat: the float's shortest decimal spelling, exactly. */
    private static BigDecimal toDecimal(double v) throws GoFunctionException {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            throw new GoFunctionException("Cannot create a Decimal from " + GoFmt.formatFloat(v, 'g', -1));
        }
        return new BigDecimal(GoFmt.formatFloat(v, 'e', -1));
    }

    private static double decimal(Object first, Object[] others, DecimalOp op) throws GoFunctionException {
        BigDecimal acc = toDecimal(SprigConvert.toFloat64(first));
        for (Object x : others) {
            acc = op.apply(acc, toDecimal(SprigConvert.toFloat64(x)));
        }
        return acc.doubleValue();
    }

    private static BigDecimal decimalDivide(BigDecimal a, BigDecimal b) throws GoFunctionException {
        if (b.signum() == 0) {
            throw new GoFunctionException("decimal division by 0");
        }
        return a.divide(b, 16, RoundingMode.HALF_UP);
    }

    private static double round(Object[] a) {
        double roundOn = a.length > 2 ? ((Number) a[2]).doubleValue() : .5;
        double val = SprigConvert.toFloat64(a[0]);
        double pow = Math.pow(10, ((Number) a[1]).intValue());
        double digit = pow * val;
        double frac = digit - (digit < 0 ? Math.ceil(digit) : Math.floor(digit));
        double rounded = frac >= roundOn ? Math.ceil(digit) : Math.floor(digit);
        return rounded / pow;
    }

    /** strconv.Atoi with the error ignored: 0 on bad syntax, the clamped value on overflow. */
    static Object atoi(String s) {
        String body = s.startsWith("+") || s.startsWith("-") ? s.substring(1) : s;
        if (body.isEmpty() || !body.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return 0;
        }
        try {
            return SprigConvert.goInt(Long.parseLong(s));
        } catch (NumberFormatException e) {
            return s.startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    private static long toDecimal(Object v) {
        String s = GoFmt.sprint(v);
        String body = s.startsWith("+") || s.startsWith("-") ? s.substring(1) : s;
        if (body.isEmpty() || !body.chars().allMatch(c -> c >= '0' && c <= '7')) {
            return 0;
        }
        try {
            return Long.parseLong(s, 8);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
