package dev.windlass.helm.yaml;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Go's {@code strconv.FormatFloat(x, fmt, -1, 64)} for the formats Helm's YAML and JSON output
 * use: the shortest decimal that reads back as the same float64, laid out as {@code 'g'}
 * ({@code fmt.Sprint}, go-yaml) or as encoding/json lays out numbers.
 */
public final class GoFloatFormat {

    private GoFloatFormat() {
    }

    /** The shortest round-tripping digits of a finite non-zero {@code |x|} and its decimal point position. */
    record Digits(String digits, int point) {
    }

    static Digits shortest(double x) {
        double abs = Math.abs(x);
        BigDecimal exact = new BigDecimal(abs);
        for (int precision = 1; precision <= 17; precision++) {
            BigDecimal rounded = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (rounded.doubleValue() == abs) {
                return digitsOf(rounded);
            }
        }
        return digitsOf(exact.round(new MathContext(17, RoundingMode.HALF_EVEN)));
    }

    private static Digits digitsOf(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        String digits = stripped.unscaledValue().toString();
        return new Digits(digits, digits.length() - stripped.scale());
    }

    /** {@code strconv.FormatFloat(x, 'g', -1, 64)}: {@code 1e+06}, {@code 0.0001}, {@code 1.5}, {@code +Inf}. */
    public static String formatG(double x) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "+Inf" : "-Inf";
        }
        String sign = (x < 0 || (x == 0 && 1 / x < 0)) ? "-" : "";
        if (x == 0) {
            return sign + "0";
        }
        Digits d = shortest(x);
        int exp = d.point() - 1;
        if (exp < -4 || exp >= 6) {
            return sign + exponent(d);
        }
        return sign + fixed(d);
    }

    /** encoding/json's number text: {@code 'f'} between 1e-6 and 1e21, else {@code 'e'} with a short exponent. */
    public static String formatJson(double x) {
        if (x == 0) {
            return (1 / x < 0) ? "-0" : "0";
        }
        String sign = x < 0 ? "-" : "";
        double abs = Math.abs(x);
        Digits d = shortest(x);
        if (abs < 1e-6 || abs >= 1e21) {
            String e = exponent(d);
            int n = e.length();
            if (n >= 4 && e.charAt(n - 4) == 'e' && e.charAt(n - 3) == '-' && e.charAt(n - 2) == '0') {
                e = e.substring(0, n - 2) + e.charAt(n - 1);
            }
            return sign + e;
        }
        return sign + fixed(d);
    }

    private static String exponent(Digits d) {
        StringBuilder out = new StringBuilder();
        out.append(d.digits().charAt(0));
        if (d.digits().length() > 1) {
            out.append('.').append(d.digits(), 1, d.digits().length());
        }
        int exp = d.point() - 1;
        out.append('e').append(exp < 0 ? '-' : '+');
        int abs = Math.abs(exp);
        if (abs < 10) {
            out.append('0');
        }
        return out.append(abs).toString();
    }

    private static String fixed(Digits d) {
        String digits = d.digits();
        int point = d.point();
        if (point <= 0) {
            return "0." + "0".repeat(-point) + digits;
        }
        if (point >= digits.length()) {
            return digits + "0".repeat(point - digits.length());
        }
        return digits.substring(0, point) + "." + digits.substring(point);
    }
}
