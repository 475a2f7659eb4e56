package dev.windlass.model.tree;

import java.math.BigDecimal;

/**
 * Formats floating-point numbers the way Go's {@code encoding/json} does (and so kubectl and the
 * API server): plain decimal digits for magnitudes in [1e-6, 1e21), otherwise the shortest
 * exponent form such as {@code 1e+21} or {@code 1e-7}; integral values print without a fraction.
 */
public final class NumberText {

    private NumberText() {
    }

    public static String format(double value) {
        if (value == 0) {
            return "0";
        }
        BigDecimal decimal = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        double abs = Math.abs(value);
        if (abs >= 1e-6 && abs < 1e21) {
            return decimal.toPlainString();
        }
        String digits = decimal.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - decimal.scale();
        StringBuilder out = new StringBuilder();
        if (value < 0) {
            out.append('-');
        }
        out.append(digits.charAt(0));
        if (digits.length() > 1) {
            out.append('.').append(digits, 1, digits.length());
        }
        out.append('e').append(exponent < 0 ? '-' : '+');
        int magnitude = Math.abs(exponent);
        if (exponent > 0 && magnitude < 10) {
            out.append('0');
        }
        return out.append(magnitude).toString();
    }
}
