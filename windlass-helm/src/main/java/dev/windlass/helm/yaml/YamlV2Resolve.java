package dev.windlass.helm.yaml;

import java.math.BigInteger;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * go-yaml v2's implicit typing of plain scalars, used to decide whether a string must be quoted
 * to read back as a string: booleans and nulls of YAML 1.1 ({@code yes}, {@code off}, {@code ~}),
 * ints (Go syntax with {@code 0x}, {@code 0o}, {@code 0b}, underscores), floats, timestamps and
 * base-60 floats.
 */
final class YamlV2Resolve {

    private static final Set<String> SPECIAL = Set.of("y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on",
            "On", "ON", "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF", "", "~", "null",
            "Null", "NULL", ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf",
            "-.Inf", "-.INF", "<<");
    private static final Pattern YAML_FLOAT = Pattern.compile("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$");
    private static final Pattern DOT_FLOAT = Pattern.compile("^\\.[0-9]+([eE][-+]?[0-9]+)?$");
    private static final Pattern BASE60 = Pattern.compile("^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?$");
    private static final BigInteger MAX_UINT64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private YamlV2Resolve() {
    }

    /** Whether go-yaml v2 would print {@code s} unquoted (it reads back as a string and is no base-60 float). */
    static boolean plainIsString(String s) {
        return resolvesToString(s) && !isBase60Float(s);
    }

    static boolean resolvesToString(String s) {
        if (SPECIAL.contains(s)) {
            return false;
        }
        char first = s.charAt(0);
        if (first == '.') {
            return !DOT_FLOAT.matcher(s).matches();
        }
        if (first == '+' || first == '-' || (first >= '0' && first <= '9')) {
            if (YamlTimestamp.matches(s)) {
                return false;
            }
            String plain = s.replace("_", "");
            if (parseGoInt(plain, true) != null || parseGoInt(plain, false) != null) {
                return false;
            }
            return !(YAML_FLOAT.matcher(plain).matches() && Double.isFinite(Double.parseDouble(plain)));
        }
        return true;
    }

    private static boolean isBase60Float(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        if (!(c == '+' || c == '-' || (c >= '0' && c <= '9')) || s.indexOf(':') < 0) {
            return false;
        }
        return BASE60.matcher(s).matches();
    }

    /** Go's {@code strconv.ParseInt(s, 0, 64)} (signed) or {@code ParseUint(s, 0, 64)}; null when it fails. */
    static BigInteger parseGoInt(String s, boolean signed) {
        String body = s;
        boolean negative = false;
        if (signed && !body.isEmpty() && (body.charAt(0) == '+' || body.charAt(0) == '-')) {
            negative = body.charAt(0) == '-';
            body = body.substring(1);
        }
        int radix = 10;
        if (body.length() > 1 && body.charAt(0) == '0') {
            char p = Character.toLowerCase(body.charAt(1));
            if (p == 'x' || p == 'o' || p == 'b') {
                radix = p == 'x' ? 16 : p == 'o' ? 8 : 2;
                body = body.substring(2);
            } else {
                radix = 8;
                body = body.substring(1);
            }
        }
        final int base = radix;
        if (body.isEmpty() || !body.chars().allMatch(ch -> Character.digit(ch, base) >= 0 && ch < 128)) {
            return null;
        }
        BigInteger value = new BigInteger(body, radix);
        if (negative) {
            value = value.negate();
        }
        if (signed) {
            return value.bitLength() < 64 ? value : null;
        }
        return value.compareTo(MAX_UINT64) <= 0 ? value : null;
    }
}
