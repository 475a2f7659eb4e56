package dev.windlass.rego.builtins;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/** How Go's {@code fmt} prints one argument for one verb; a verb the type lacks prints {@code %!v(type=value)}. */
final class GoFormatVerbs {
    private GoFormatVerbs() {}

    static String format(GoArg arg, int verb, GoFormat.Spec spec) {
        switch (arg.kind()) {
            case INT:
                return integer(arg, BigInteger.valueOf(arg.intValue()), verb, spec, false);
            case BIG_INT:
                return integer(arg, arg.bigValue(), verb, spec, true);
            case FLOAT:
                return floating(arg, verb, spec);
            default:
                return string(arg, verb, spec);
        }
    }

    private static String badVerb(GoArg arg, int verb, GoFormat.Spec spec) {
        String type = arg.kind() == GoArg.Kind.BIG_INT ? "big.Int" : arg.kind().goType();
        return "%!" + new String(Character.toChars(verb)) + "(" + type + "=" + format(arg, 'v', spec) + ")";
    }

    private static String integer(GoArg arg, BigInteger v, int verb, GoFormat.Spec spec, boolean big) {
        switch (verb) {
            case 'v': case 'd':
                return digits(v, 10, verb, spec);
            case 's':
                return big ? digits(v, 10, verb, spec) : badVerb(arg, verb, spec);
            case 'b':
                return digits(v, 2, verb, spec);
            case 'o': case 'O':
                return digits(v, 8, verb, spec);
            case 'x': case 'X':
                return digits(v, 16, verb, spec);
            case 'c':
                return big ? badVerb(arg, verb, spec) : GoFormat.pad(new String(Character.toChars(rune(v))), spec, true);
            case 'q':
                return big ? badVerb(arg, verb, spec) : GoFormat.pad(GoQuote.quoteRune(rune(v)), spec, true);
            case 'U':
                return big ? badVerb(arg, verb, spec) : unicode(rune(v), spec);
            default:
                return badVerb(arg, verb, spec);
        }
    }

    private static int rune(BigInteger v) {
        if (v.signum() < 0 || v.bitLength() > 31) {
            return 0xFFFD;
        }
        int c = v.intValue();
        return c > Character.MAX_CODE_POINT || (c >= 0xD800 && c <= 0xDFFF) ? 0xFFFD : c;
    }

    private static String unicode(int c, GoFormat.Spec spec) {
        String hex = Integer.toHexString(c).toUpperCase();
        String text = "U+" + "0".repeat(Math.max(0, Math.max(4, spec.precision) - hex.length())) + hex;
        if (spec.sharp) {
            text += " '" + new String(Character.toChars(c)) + "'";
        }
        return GoFormat.pad(text, spec, false);
    }

    /** Go's {@code fmtInteger}: precision as minimum digits, zero padding to the width, sign and base prefix. */
    private static String digits(BigInteger v, int base, int verb, GoFormat.Spec spec) {
        boolean negative = v.signum() < 0;
        if (spec.precision == 0 && v.signum() == 0) {
            return " ".repeat(Math.max(spec.width, 0));
        }
        String digits = v.abs().toString(base);
        if (verb == 'X') {
            digits = digits.toUpperCase();
        }
        int precision = spec.precision;
        if (precision < 0 && spec.zero && spec.width > 0) {
            precision = spec.width - (negative || spec.plus || spec.space ? 1 : 0);
        }
        StringBuilder out = new StringBuilder();
        if (negative) {
            out.append('-');
        } else if (spec.plus) {
            out.append('+');
        } else if (spec.space) {
            out.append(' ');
        }
        out.append(prefix(base, verb, spec, digits));
        if (precision > digits.length()) {
            out.append("0".repeat(precision - digits.length()));
        }
        out.append(digits);
        GoFormat.Spec noZero = copyWithoutZero(spec);
        return GoFormat.pad(out.toString(), noZero, false);
    }

    private static String prefix(int base, int verb, GoFormat.Spec spec, String digits) {
        if (verb == 'O') {
            return "0o";
        }
        if (!spec.sharp) {
            return "";
        }
        switch (base) {
            case 2:
                return "0b";
            case 8:
                return digits.startsWith("0") ? "" : "0";
            case 16:
                return verb == 'X' ? "0X" : "0x";
            default:
                return "";
        }
    }

    private static GoFormat.Spec copyWithoutZero(GoFormat.Spec spec) {
        GoFormat.Spec copy = new GoFormat.Spec();
        copy.minus = spec.minus;
        copy.width = spec.width;
        return copy;
    }

    private static String floating(GoArg arg, int verb, GoFormat.Spec spec) {
        double d = arg.floatValue();
        BigDecimal exact = new BigDecimal(d);
        BigDecimal shortest = GoFloatText.shortest(d);
        String body;
        switch (verb) {
            case 'v': case 'g': case 'G':
                body = GoFloatText.g(exact, shortest, spec.precision, verb == 'G' ? 'E' : 'e');
                break;
            case 'e': case 'E':
                body = GoFloatText.e(exact, shortest, spec.precision < 0 ? 6 : spec.precision, (char) verb);
                break;
            case 'f': case 'F':
                body = GoFloatText.f(exact, shortest, spec.precision < 0 ? 6 : spec.precision);
                break;
            default:
                return badVerb(arg, verb, spec);
        }
        if (d == 0 && 1 / d < 0 && !body.startsWith("-")) {
            body = "-" + body;
        }
        return signedPad(body, spec);
    }

    /** Adds {@code +} or space for non-negative numbers, and pads with zeros after the sign. */
    private static String signedPad(String body, GoFormat.Spec spec) {
        String sign = "";
        String digits = body;
        if (body.startsWith("-")) {
            sign = "-";
            digits = body.substring(1);
        } else if (spec.plus) {
            sign = "+";
        } else if (spec.space) {
            sign = " ";
        }
        if (spec.zero && !spec.minus && spec.width > sign.length() + digits.length()) {
            return sign + "0".repeat(spec.width - sign.length() - digits.length()) + digits;
        }
        return GoFormat.pad(sign + digits, spec, false);
    }

    private static String string(GoArg arg, int verb, GoFormat.Spec spec) {
        String s = arg.stringValue();
        switch (verb) {
            case 'v': case 's':
                if (verb == 'v' && spec.sharp) {
                    return GoFormat.pad(GoQuote.quote(s), spec, true);
                }
                return GoFormat.pad(truncate(s, spec.precision), spec, true);
            case 'q':
                return GoFormat.pad(quote(truncate(s, spec.precision), spec), spec, true);
            case 'x': case 'X':
                return GoFormat.pad(hex(s, verb, spec), spec, true);
            default:
                return badVerb(arg, verb, spec);
        }
    }

    private static String truncate(String s, int precision) {
        if (precision < 0 || s.codePointCount(0, s.length()) <= precision) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, precision));
    }

    private static String quote(String s, GoFormat.Spec spec) {
        if (spec.sharp && s.indexOf('`') < 0 && s.chars().noneMatch(c -> c < 0x20 && c != '\t' || c == 0x7F)) {
            return "`" + s + "`";
        }
        return GoQuote.quote(s, spec.plus);
    }

    private static String hex(String s, int verb, GoFormat.Spec spec) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        int length = spec.precision >= 0 ? Math.min(spec.precision, bytes.length) : bytes.length;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            if (spec.space && i > 0) {
                out.append(' ');
            }
            if (spec.sharp && (spec.space || i == 0)) {
                out.append(verb == 'X' ? "0X" : "0x");
            }
            String h = String.format("%02x", bytes[i] & 0xFF);
            out.append(verb == 'X' ? h.toUpperCase() : h);
        }
        return out.toString();
    }
}
