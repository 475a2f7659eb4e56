package dev.windlass.kustomize;

import java.math.BigDecimal;
import java.util.function.Function;

/**
 * kustomize's {@code $(VAR)} expansion in one string: {@code $$} stands for a literal {@code $},
 * a reference the mapping cannot resolve stays as written, and a string that is exactly one
 * reference takes the variable's value with its type (a number stays a number).
 */
final class VarExpansion {

    private VarExpansion() {
    }

    /**
     * Expands {@code input}. {@code mapping} returns the value of a variable (String, Long, Double
     * or Boolean), or {@code null} when it has none.
     */
    static Object expand(String input, Function<String, Object> mapping) {
        StringBuilder out = new StringBuilder();
        int checkpoint = 0;
        for (int cursor = 0; cursor < input.length(); cursor++) {
            if (input.charAt(cursor) != '$' || cursor + 1 >= input.length()) {
                continue;
            }
            out.append(input, checkpoint, cursor);
            char next = input.charAt(cursor + 1);
            int advance = 1;
            if (next == '$') {
                out.append('$');
            } else if (next == '(') {
                int close = input.indexOf(')', cursor + 2);
                if (close < 0) {
                    out.append("$(");
                } else {
                    String name = input.substring(cursor + 2, close);
                    Object value = mapping.apply(name);
                    Object mapped = value == null ? "$(" + name + ")" : value;
                    if (input.equals("$(" + name + ")")) {
                        return mapped;
                    }
                    out.append(text(mapped));
                    advance = close - cursor;
                }
            } else {
                out.append('$').append(next);
            }
            cursor += advance;
            checkpoint = cursor + 1;
        }
        return out.append(input.substring(checkpoint)).toString();
    }

    /** A value as Go's {@code %v} prints it. */
    static String text(Object value) {
        if (value instanceof Double d) {
            return goFloat(d);
        }
        return String.valueOf(value);
    }

    private static String goFloat(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e21) {
            return Long.toString((long) d);
        }
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return Double.isNaN(d) ? "NaN" : d > 0 ? "+Inf" : "-Inf";
        }
        BigDecimal exact = new BigDecimal(Double.toString(d));
        int exponent = exact.precision() - exact.scale() - 1;
        if (exponent < -4 || exponent >= 21) {
            BigDecimal mantissa = exact.movePointLeft(exponent).stripTrailingZeros();
            String sign = exponent < 0 ? "-" : "+";
            String digits = Integer.toString(Math.abs(exponent));
            return mantissa.toPlainString() + "e" + sign + (digits.length() < 2 ? "0" + digits : digits);
        }
        return exact.toPlainString();
    }
}
