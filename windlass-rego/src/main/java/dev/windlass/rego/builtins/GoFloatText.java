package dev.windlass.rego.builtins;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
  * Go's decimal text for floating-point numbers ({@code strconv.FormatFloat} and big.Float's
  * {@code Text}): {@code %e}, {@code %f} and {@code %g} from an exact value, with the shortest
  * round-tripping digits when no precision is given.
  */
final class GoFloatText {
    private GoFloatText() {}

    /** Significant digits (no leading or trailing zeros; empty for zero) and the decimal point position. */
    record Digits(String digits, int point) {
        static Digits of(BigDecimal value) {
            BigDecimal abs = value.abs();
            if (abs.signum() == 0) {
                return new Digits("", 0);
            }
            BigDecimal stripped = abs.stripTrailingZeros();
            String digits = stripped.unscaledValue().toString();
            return new Digits(digits, digits.length() - stripped.scale());
        }
    }

    /** The shortest decimal that parses back to the same double. */
    static BigDecimal shortest(double value) {
        if (value == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal exact = new BigDecimal(value);
        for (int digits = 1; digits < 18; digits++) {
            BigDecimal candidate = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == value) {
                return candidate;
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
    }

    /** {@code %g} with the shortest digits ({@code %v} of a float). */
    static String shortestG(BigDecimal shortest) {
        String sign = shortest.signum() < 0 ? "-" : "";
        Digits d = Digits.of(shortest);
        int exp = d.point() - 1;
        if (!d.digits().isEmpty() && (exp < -4 || exp >= 6)) {
            return sign + fmtE(d, d.digits().length() - 1, 'e');
        }
        return sign + fmtF(d, Math.max(d.digits().length() - d.point(), 0));
    }

    /** {@code %e} with {@code prec} fraction digits ({@code -1}: shortest). */
    static String e(BigDecimal exact, BigDecimal shortest, int prec, char letter) {
        String sign = exact.signum() < 0 ? "-" : "";
        Digits d = prec < 0 ? Digits.of(shortest) : Digits.of(round(exact, prec + 1));
        int p = prec < 0 ? Math.max(d.digits().length() - 1, 0) : prec;
        return sign + fmtE(d, p, letter);
    }

    /** {@code %f} with {@code prec} fraction digits ({@code -1}: shortest). */
    static String f(BigDecimal exact, BigDecimal shortest, int prec) {
        String sign = exact.signum() < 0 ? "-" : "";
        if (prec < 0) {
            Digits d = Digits.of(shortest);
            return sign + fmtF(d, Math.max(d.digits().length() - d.point(), 0));
        }
        BigDecimal fixed = exact.abs().setScale(prec, RoundingMode.HALF_EVEN);
        return sign + fmtF(Digits.of(fixed), prec);
    }

    /** {@code %g} with {@code prec} significant digits ({@code -1}: shortest). */
    static String g(BigDecimal exact, BigDecimal shortest, int prec, char letter) {
        if (prec < 0) {
            String text = shortestG(shortest);
            return letter == 'E' ? text.replace('e', 'E') : text;
        }
        int p = prec == 0 ? 1 : prec;
        String sign = exact.signum() < 0 ? "-" : "";
        Digits d = Digits.of(round(exact, p));
        int eprec = p;
        if (eprec > d.digits().length() && d.digits().length() >= d.point()) {
            eprec = d.digits().length();
        }
        int exp = d.point() - 1;
        if (!d.digits().isEmpty() && (exp < -4 || exp >= eprec)) {
            return sign + fmtE(d, Math.min(p, d.digits().length()) - 1, letter);
        }
        int fracPrec = p > d.point() ? d.digits().length() : p;
        return sign + fmtF(d, Math.max(fracPrec - d.point(), 0));
    }

    private static BigDecimal round(BigDecimal exact, int significant) {
        return exact.abs().round(new MathContext(Math.max(significant, 1), RoundingMode.HALF_EVEN));
    }

    static String fmtE(Digits d, int prec, char letter) {
        StringBuilder out = new StringBuilder();
        String digits = d.digits();
        out.append(digits.isEmpty() ? '0' : digits.charAt(0));
        if (prec > 0) {
            out.append('.');
            for (int i = 1; i <= prec; i++) {
                out.append(i < digits.length() ? digits.charAt(i) : '0');
            }
        }
        int exp = digits.isEmpty() ? 0 : d.point() - 1;
        out.append(letter).append(exp < 0 ? '-' : '+');
        int abs = Math.abs(exp);
        if (abs < 10) {
            out.append('0');
        }
        return out.append(abs).toString();
    }

    static String fmtF(Digits d, int prec) {
        StringBuilder out = new StringBuilder();
        String digits = d.digits();
        if (d.point() > 0) {
            for (int i = 0; i < d.point(); i++) {
                out.append(i < digits.length() ? digits.charAt(i) : '0');
            }
        } else {
            out.append('0');
        }
        if (prec > 0) {
            out.append('.');
            for (int i = 0; i < prec; i++) {
                int j = d.point() + i;
                out.append(j >= 0 && j < digits.length() ? digits.charAt(j) : '0');
            }
        }
        return out.toString();
    }
}
