package dev.windlass.engine.diff;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;

/**
 * A Kubernetes resource quantity ({@code 500m}, {@code 1Gi}, {@code 1e3}) reduced to its
 * canonical text, the form the API server stores and returns: {@code 1000m} is {@code 1},
 * {@code 1024Mi} is {@code 1Gi}, {@code 0.5} is {@code 500m}. Values are rounded up to nano
 * precision; binary-suffixed values print with the largest binary suffix that keeps an integer,
 * or in decimal form below 1024 or when not whole, as Kubernetes' {@code resource.Quantity} does.
 */
final class Quantity {

    private enum Format { DECIMAL_SI, BINARY_SI, DECIMAL_EXPONENT }

    private static final Map<String, Integer> DECIMAL_SUFFIXES = Map.of(
            "n", -9, "u", -6, "m", -3, "", 0, "k", 3, "M", 6, "G", 9, "T", 12, "P", 15, "E", 18);
    private static final Map<String, Integer> BINARY_SUFFIXES = Map.of(
            "Ki", 10, "Mi", 20, "Gi", 30, "Ti", 40, "Pi", 50, "Ei", 60);
    private static final String[] DECIMAL_NAMES = {"n", "u", "m", "", "k", "M", "G", "T", "P", "E"};
    private static final String[] BINARY_NAMES = {"", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"};
    private static final BigInteger KI = BigInteger.valueOf(1024);

    private Quantity() {
    }

    /** The canonical text of {@code text}, or empty when it is not a quantity. */
    static Optional<String> canonical(String text) {
        int split = numberEnd(text.trim());
        String trimmed = text.trim();
        if (split <= 0) {
            return Optional.empty();
        }
        String suffix = trimmed.substring(split);
        BigDecimal number;
        try {
            number = new BigDecimal(trimmed.substring(0, split));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (BINARY_SUFFIXES.containsKey(suffix)) {
            return Optional.of(format(number.multiply(new BigDecimal(BigInteger.TWO.pow(BINARY_SUFFIXES.get(suffix)))), Format.BINARY_SI));
        }
        if (DECIMAL_SUFFIXES.containsKey(suffix)) {
            return Optional.of(format(number.scaleByPowerOfTen(DECIMAL_SUFFIXES.get(suffix)), Format.DECIMAL_SI));
        }
        if ((suffix.startsWith("e") || suffix.startsWith("E")) && suffix.length() > 1) {
            try {
                int exponent = Integer.parseInt(suffix.substring(1));
                return Optional.of(format(number.scaleByPowerOfTen(exponent), Format.DECIMAL_EXPONENT));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Where the number ends: an optional sign, digits and at most one point. */
    private static int numberEnd(String text) {
        int i = 0;
        if (i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        boolean point = false;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        return digits == 0 ? -1 : i;
    }

    private static String format(BigDecimal value, Format format) {
        BigDecimal rounded = value.setScale(9, RoundingMode.UP).stripTrailingZeros();
        if (rounded.signum() == 0) {
            return "0";
        }
        Format effective = format;
        if (format == Format.BINARY_SI && (rounded.abs().compareTo(BigDecimal.valueOf(1024)) < 0 || rounded.scale() > 0)) {
            effective = Format.DECIMAL_SI;
        }
        return effective == Format.BINARY_SI ? binary(rounded.toBigIntegerExact()) : decimal(rounded, effective);
    }

    private static String binary(BigInteger value) {
        int power = 0;
        BigInteger mantissa = value;
        while (power < BINARY_NAMES.length - 1 && mantissa.mod(KI).signum() == 0) {
            mantissa = mantissa.divide(KI);
            power++;
        }
        return mantissa + BINARY_NAMES[power];
    }

    /** An integer mantissa and an exponent that is a multiple of three, as large as keeps the mantissa whole. */
    private static String decimal(BigDecimal value, Format format) {
        int exponent = -value.scale();
        BigInteger unscaled = value.unscaledValue();
        int base = Math.floorDiv(exponent, 3) * 3;
        BigInteger mantissa = unscaled.multiply(BigInteger.TEN.pow(exponent - base));
        if (format == Format.DECIMAL_EXPONENT) {
            return base == 0 ? mantissa.toString() : mantissa + "e" + base;
        }
        int index = base / 3 + 3;
        if (index < 0 || index >= DECIMAL_NAMES.length) {
            return mantissa + "e" + base;
        }
        return mantissa + DECIMAL_NAMES[index];
    }
}
