package dev.windlass.rego.builtins;

import dev.windlass.rego.value.NumberValue;
import dev.windlass.rego.value.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;

/**
  * {@code units.parse} (SI and binary suffixes, {@code m} for milli, case kept on the first letter)
  * and {@code units.parse_bytes} (case-insensitive, {@code kb}/{@code kib}…, truncated to an
  * integer), with OPA's error texts.
  */
final class UnitsBuiltins {
    private static final int MAX_EXPONENT_DIGITS = 6;
    private static final Map<String, BigDecimal> UNITS = Map.ofEntries(
            Map.entry("", BigDecimal.ONE), Map.entry("m", new BigDecimal("0.001")),
            Map.entry("k", pow(1000, 1)), Map.entry("K", pow(1000, 1)), Map.entry("ki", pow(1024, 1)),
            Map.entry("Ki", pow(1024, 1)), Map.entry("M", pow(1000, 2)), Map.entry("mi", pow(1024, 2)),
            Map.entry("Mi", pow(1024, 2)), Map.entry("g", pow(1000, 3)), Map.entry("G", pow(1000, 3)),
            Map.entry("gi", pow(1024, 3)), Map.entry("Gi", pow(1024, 3)), Map.entry("t", pow(1000, 4)),
            Map.entry("T", pow(1000, 4)), Map.entry("ti", pow(1024, 4)), Map.entry("Ti", pow(1024, 4)),
            Map.entry("p", pow(1000, 5)), Map.entry("P", pow(1000, 5)), Map.entry("pi", pow(1024, 5)),
            Map.entry("Pi", pow(1024, 5)), Map.entry("e", pow(1000, 6)), Map.entry("E", pow(1000, 6)),
            Map.entry("ei", pow(1024, 6)), Map.entry("Ei", pow(1024, 6)));
    private static final Map<String, BigDecimal> BYTE_UNITS = Map.ofEntries(
            Map.entry("", BigDecimal.ONE), Map.entry("kb", pow(1000, 1)), Map.entry("k", pow(1000, 1)),
            Map.entry("kib", pow(1024, 1)), Map.entry("ki", pow(1024, 1)), Map.entry("mb", pow(1000, 2)),
            Map.entry("m", pow(1000, 2)), Map.entry("mib", pow(1024, 2)), Map.entry("mi", pow(1024, 2)),
            Map.entry("gb", pow(1000, 3)), Map.entry("g", pow(1000, 3)), Map.entry("gib", pow(1024, 3)),
            Map.entry("gi", pow(1024, 3)), Map.entry("tb", pow(1000, 4)), Map.entry("t", pow(1000, 4)),
            Map.entry("tib", pow(1024, 4)), Map.entry("ti", pow(1024, 4)), Map.entry("pb", pow(1000, 5)),
            Map.entry("p", pow(1000, 5)), Map.entry("pib", pow(1024, 5)), Map.entry("pi", pow(1024, 5)),
            Map.entry("eb", pow(1000, 6)), Map.entry("e", pow(1000, 6)), Map.entry("eib", pow(1024, 6)),
            Map.entry("ei", pow(1024, 6)));

    private UnitsBuiltins() {}

    private static BigDecimal pow(int base, int exponent) {
        return BigDecimal.valueOf(base).pow(exponent);
    }

    static void register(BuiltinTable.Registrar registrar) {
        ExtCalls.add(registrar, "units.parse", 1, UnitsBuiltins::parse);
        ExtCalls.add(registrar, "units.parse_bytes", 1, UnitsBuiltins::parseBytes);
    }

    private static BuiltinException error(Args a, String message) {
        return a.failed(a.function() + ": " + message);
    }

    private static Value parse(Args a) throws BuiltinException {
        String s = a.string(0).replace("\"", "");
        if (s.contains(" ")) {
            throw error(a, "spaces not allowed in resource strings");
        }
        String[] split = split(a, s);
        String num = split[0];
        String unit = split[1];
        if (num.isEmpty()) {
            throw error(a, "no amount provided");
        }
        if (unit.length() > 1) {
            unit = unit.substring(0, 1) + unit.substring(1).toLowerCase(Locale.ROOT);
        }
        BigDecimal multiplier = UNITS.get(unit);
        if (multiplier == null) {
            throw error(a, "unit " + unit + " not recognized");
        }
        BigDecimal amount = number(num);
        if (amount == null) {
            throw error(a, "could not parse amount to a number");
        }
        BigDecimal result = amount.multiply(multiplier);
        if (result.signum() == 0 || result.stripTrailingZeros().scale() <= 0) {
            return NumberValue.of(result.setScale(0, RoundingMode.UNNECESSARY).toBigInteger());
        }
        return NumberValue.of(result.setScale(10, RoundingMode.HALF_EVEN));
    }

    private static Value parseBytes(Args a) throws BuiltinException {
        String s = a.string(0).toLowerCase(Locale.ROOT).replace("\"", "");
        if (s.contains(" ")) {
            throw error(a, "spaces not allowed in resource strings");
        }
        String[] split = split(a, s);
        if (split[0].isEmpty()) {
            throw error(a, "no byte amount provided");
        }
        BigDecimal multiplier = BYTE_UNITS.get(split[1]);
        if (multiplier == null) {
            throw error(a, "byte unit " + split[1] + " not recognized");
        }
        BigDecimal amount = number(split[0]);
        if (amount == null) {
            throw error(a, "could not parse byte amount to a number");
        }
        BigDecimal product = amount.round(MathContext.DECIMAL128).multiply(multiplier);
        BigInteger whole = product.setScale(0, RoundingMode.DOWN).toBigInteger();
        return NumberValue.of(whole);
    }

    /** A Go big-number literal: digits with at most one point and an optional exponent. */
    private static BigDecimal number(String text) {
        if (!text.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            return null;
        }
        return new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
    }

    /** Splits "10.5Gi" into "10.5" and "Gi" as OPA's extractNumAndUnit does. */
    private static String[] split(Args a, String s) throws BuiltinException {
        int firstNonNum = -1;
        for (int i = 0; i < s.length(); i++) {
            char r = s.charAt(i);
            boolean numeric = Character.isDigit(r) || r == '.';
            if (!numeric && r != 'e' && r != 'E' && r != '+' && r != '-') {
                firstNonNum = i;
                break;
            }
            if (r == 'e' || r == 'E') {
                if (i == s.length() - 1 || !isDigitOrSign(s.charAt(i + 1))) {
                    firstNonNum = i;
                    break;
                }
                if (s.charAt(i + 1) == '+' || s.charAt(i + 1) == '-') {
                    i++;
                }
                int end = i + 1;
                while (end < s.length() && Character.isDigit(s.charAt(end))) {
                    end++;
                }
                if (end - (i + 1) > MAX_EXPONENT_DIGITS) {
                    throw error(a, "exponent too large");
                }
            }
        }
        if (firstNonNum == -1) {
            return new String[] {s, ""};
        }
        return new String[] {s.substring(0, firstNonNum), s.substring(firstNonNum)};
    }

    private static boolean isDigitOrSign(char c) {
        return Character.isDigit(c) || c == '+' || c == '-';
    }
}
