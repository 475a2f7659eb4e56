package dev.windlass.rego.builtins;

import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Pattern;

/**
  * How go-yaml v2 writes a string scalar: plain when it reads back as the same string, single
  * quoted when plain text is not allowed (indicators, surrounding spaces), double quoted when it
  * would resolve to another type ({@code "true"}, {@code "1"}, {@code ""}) or holds special
  * characters; multi-line strings as literal blocks. Also go-yaml's key order and float text.
  */
final class YamlScalars {
    private static final Set<String> NON_STRINGS = Set.of("", "~", "null", "Null", "NULL", "y", "Y", "yes",
            "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE", "on",
            "On", "ON", "off", "Off", "OFF", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf",
            "-.INF", ".nan", ".NaN", ".NAN", "<<");
    private static final Pattern INT = Pattern.compile("[-+]?(0b[01_]+|0x[0-9a-fA-F_]+|0o?[0-7_]+|[0-9][0-9_]*)");
    private static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9][0-9_]*(\\.[0-9_]*)?)([eE][-+]?[0-9]+)?");
    private static final Pattern BASE60 = Pattern.compile("[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?");
    private static final Pattern TIMESTAMP = Pattern.compile("[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?");

    private YamlScalars() {}

    static boolean isLiteral(String s) {
        return s.contains("\n") && !hasSpecial(s) && !s.contains(" \n") && !s.endsWith(" ");
    }

    /** A mapping key: never a literal block. */
    static String key(String s) {
        return s.contains("\n") ? doubleQuoted(s) : quoted(s);
    }

    static String quoted(String s) {
        if (resolvesToOtherType(s) || hasSpecial(s) || s.contains("\n")) {
            return doubleQuoted(s);
        }
        return plainAllowed(s) ? s : "'" + s.replace("'", "''") + "'";
    }

    private static boolean resolvesToOtherType(String s) {
        return NON_STRINGS.contains(s) || INT.matcher(s).matches() || FLOAT.matcher(s).matches()
                || BASE60.matcher(s).matches() || TIMESTAMP.matcher(s).matches();
    }

    private static boolean hasSpecial(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean printable = c == '\t' || c == '\n' || (c >= 0x20 && c <= 0x7e) || c == 0x85
                    || (c >= 0xa0 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd && c != 0xfeff)
                    || Character.isSurrogate(c);
            if (!printable) {
                return true;
            }
        }
        return false;
    }

    private static boolean plainAllowed(String s) {
        if (s.startsWith("---") || s.startsWith("...") || s.startsWith(" ") || s.endsWith(" ")
                || s.startsWith("\t") || s.endsWith("\t")) {
            return false;
        }
        if ("#,[]{}&*!|>'\"%@`".indexOf(s.charAt(0)) >= 0) {
            return false;
        }
        if ("?:-".indexOf(s.charAt(0)) >= 0 && (s.length() == 1 || isSpace(s.charAt(1)))) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ':' && (i + 1 == s.length() || isSpace(s.charAt(i + 1)))) {
                return false;
            }
            if (c == '#' && isSpace(s.charAt(i - 1))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }

    static String doubleQuoted(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\0': out.append("\\0"); break;
                case '\t': out.append("\\t"); break;
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case 0x07: out.append("\\a"); break;
                case '\b': out.append("\\b"); break;
                case 0x0b: out.append("\\v"); break;
                case '\f': out.append("\\f"); break;
                case 0x1b: out.append("\\e"); break;
                case 0x85: out.append("\\N"); break;
                case 0xa0: out.append("\\_"); break;
                case 0x2028: out.append("\\L"); break;
                case 0x2029: out.append("\\P"); break;
                default:
                    if (c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0xfeff) {
                        out.append(c <= 0xff ? String.format("\\x%02X", (int) c) : String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
        return out.append('"').toString();
    }

    /** Go's {@code strconv.FormatFloat(f, 'g', -1, 64)}. */
    static String goFloat(double d) {
        if (d == 0) {
            return "0";
        }
        BigDecimal shortest = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        int exponent = shortest.precision() - shortest.scale() - 1;
        if (exponent < -4 || exponent >= 6) {
            String digits = shortest.unscaledValue().abs().toString();
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            String exp = String.format("%02d", Math.abs(exponent));
            return (d < 0 ? "-" : "") + mantissa + "e" + (exponent < 0 ? "-" : "+") + exp;
        }
        return shortest.toPlainString();
    }

    /** go-yaml v2's key order: letters after other characters, digit runs compared as numbers. */
    static int compareKeys(String a, String b) {
        int[] ar = a.codePoints().toArray();
        int[] br = b.codePoints().toArray();
        for (int i = 0; i < ar.length && i < br.length; i++) {
            if (ar[i] == br[i]) {
                continue;
            }
            boolean al = Character.isLetter(ar[i]);
            boolean bl = Character.isLetter(br[i]);
            if (al && bl) {
                return Integer.compare(ar[i], br[i]);
            }
            if (al || bl) {
                return bl ? -1 : 1;
            }
            return compareDigitRuns(ar, br, i);
        }
        return Integer.compare(ar.length, br.length);
    }

    private static int compareDigitRuns(int[] ar, int[] br, int i) {
        long an = 0;
        long bn = 0;
        if (ar[i] == '0' || br[i] == '0') {
            for (int j = i - 1; j >= 0 && Character.isDigit(ar[j]); j--) {
                if (ar[j] != '0') {
                    an = 1;
                    bn = 1;
                    break;
                }
            }
        }
        int ai = i;
        for (; ai < ar.length && Character.isDigit(ar[ai]); ai++) {
            an = an * 10 + (ar[ai] - '0');
        }
        int bi = i;
        for (; bi < br.length && Character.isDigit(br[bi]); bi++) {
            bn = bn * 10 + (br[bi] - '0');
        }
        if (an != bn) {
            return Long.compare(an, bn);
        }
        if (ai != bi) {
            return Integer.compare(ai, bi);
        }
        return Integer.compare(ar[i], br[i]);
    }
}
