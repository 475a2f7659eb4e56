package dev.windlass.gotemplate;

import java.math.BigInteger;

/**
 * A numeric constant as Go's parser reads it ({@code parse.NumberNode}): the integer, unsigned and
 * float forms it can be represented in. Complex (imaginary) constants are not supported.
 *
 * @param isInt     whether it fits an int64
 * @param int64     its int64 value
 * @param isUint    whether it fits a uint64
 * @param isFloat   whether it has a float64 value
 * @param float64   its float64 value
 */
record NumberLiteral(boolean isInt, long int64, boolean isUint, boolean isFloat, double float64) {

    private static final BigInteger MAX_UINT64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    /** Parses a number or character-constant token; throws with Go's message when it is not valid. */
    static NumberLiteral parse(String text, ItemType type) {
        if (type == ItemType.CHAR_CONSTANT) {
            return charConstant(text);
        }
        if (type == ItemType.COMPLEX || text.endsWith("i")) {
            throw new IllegalArgumentException("complex constants are not supported: " + GoQuote.quote(text));
        }
        BigInteger integer = parseInteger(text);
        boolean isUint = integer != null && integer.signum() >= 0 && integer.compareTo(MAX_UINT64) <= 0;
        boolean isInt = integer != null && integer.bitLength() < 64;
        if (isInt || isUint) {
            return new NumberLiteral(isInt, isInt ? integer.longValue() : 0, isUint, true, integer.doubleValue());
        }
        Double f = parseFloat(text);
        if (f == null) {
            throw new IllegalArgumentException("illegal number syntax: " + GoQuote.quote(text));
        }
        if (!containsAny(text, ".eEpP")) {
            throw new IllegalArgumentException("integer overflow: " + GoQuote.quote(text));
        }
        double d = f;
        boolean fInt = !Double.isInfinite(d) && d == Math.rint(d) && Math.abs(d) < 0x1p63;
        boolean fUint = !Double.isInfinite(d) && d == Math.rint(d) && d >= 0 && d < 0x1p64;
        return new NumberLiteral(fInt, fInt ? (long) d : 0, fUint, true, d);
    }

    private static NumberLiteral charConstant(String text) {
        String body = text.substring(1, text.length() - 1);
        int[] rune = GoStrings.unquoteChar(body, '\'');
        if (rune == null || rune[1] != body.length()) {
            throw new IllegalArgumentException("malformed character constant: " + text);
        }
        return new NumberLiteral(true, rune[0], true, true, rune[0]);
    }

    private static boolean containsAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** {@code strconv.ParseInt(text, 0, 64)} widened: the value, or {@code null} when not an integer. */
    static BigInteger parseInteger(String text) {
        String s = text;
        boolean negative = false;
        if (s.startsWith("+") || s.startsWith("-")) {
            negative = s.charAt(0) == '-';
            s = s.substring(1);
        }
        int base = 10;
        String digits = s;
        if (s.length() >= 2 && s.charAt(0) == '0') {
            char p = Character.toLowerCase(s.charAt(1));
            if (p == 'x' || p == 'o' || p == 'b') {
                base = p == 'x' ? 16 : p == 'o' ? 8 : 2;
                digits = s.substring(2);
            } else {
                base = 8;
                digits = s.substring(1);
            }
        }
        if (!underscoresOk(s, base) || digits.replace("_", "").isEmpty()) {
            return null;
        }
        try {
            BigInteger value = new BigInteger(digits.replace("_", ""), base);
            return negative ? value.negate() : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Go's rule: an underscore must sit between digits (or after a base prefix). */
    private static boolean underscoresOk(String s, int base) {
        int prefix = base != 10 && base != 8 || s.length() > 1 && Character.isLetter(s.charAt(1)) ? 2 : 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != '_') {
                continue;
            }
            boolean prevOk = i == prefix && prefix > 0 || i > 0 && Character.digit(s.charAt(i - 1), 16) >= 0
                    && i - 1 >= prefix;
            boolean nextOk = i + 1 < s.length() && Character.digit(s.charAt(i + 1), 16) >= 0;
            if (!prevOk || !nextOk) {
                return false;
            }
        }
        return true;
    }

    /** {@code strconv.ParseFloat(text, 64)} for Go literal syntax, or {@code null}. */
    static Double parseFloat(String text) {
        String s = text.replace("_", "");
        if (text.contains("_") && !underscoresOk(text.replaceFirst("^[+-]", ""),
                text.replaceFirst("^[+-]", "").toLowerCase().startsWith("0x") ? 16 : 10)) {
            return null;
        }
        boolean hex = s.matches("[+-]?0[xX][0-9a-fA-F]*\\.?[0-9a-fA-F]*([pP][+-]?[0-9]+)?");
        boolean dec = s.matches("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?");
        if (!hex && !dec) {
            return null;
        }
        try {
            if (hex) {
                String h = s.matches(".*[pP].*") ? s : s + "p0";
                return Double.parseDouble(h);
            }
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
