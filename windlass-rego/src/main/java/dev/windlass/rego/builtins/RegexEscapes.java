package dev.windlass.rego.builtins;

import dev.windlass.rego.builtins.RegexTranslator.RegexSyntaxException;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Reads one RE2 backslash escape and gives its Java form. */
final class RegexEscapes {
    private static final Set<String> CATEGORIES = Set.of("C", "Cc", "Cf", "Co", "Cs", "L", "Ll", "Lm", "Lo", "Lt",
            "Lu", "M", "Mc", "Me", "Mn", "N", "Nd", "Nl", "No", "P", "Pc", "Pd", "Pe", "Pf", "Pi", "Po", "Ps", "S",
            "Sc", "Sk", "Sm", "So", "Z", "Zl", "Zp", "Zs");
    private static final String SPACE = "\\t\\n\\f\\r ";

    private RegexEscapes() {}

    /**
      * One escape: its Java text, where it ends, and the code point it stands for ({@code -1} for a
      * class such as {@code \d} or an assertion such as {@code \b}).
      */
    record Escape(String java, int end, int literal) {}

    static Escape read(String src, int pos, boolean inClass) throws RegexSyntaxException {
        if (pos + 1 >= src.length()) {
            throw new RegexSyntaxException("trailing backslash at end of expression", "");
        }
        int c = src.codePointAt(pos + 1);
        int after = pos + 1 + Character.charCount(c);
        if (c >= '0' && c <= '7') {
            return octal(src, pos, c);
        }
        switch (c) {
            case 'x':
                return hex(src, pos);
            case 'a': return literal(0x07, after);
            case 'f': return literal('\f', after);
            case 't': return literal('\t', after);
            case 'n': return literal('\n', after);
            case 'r': return literal('\r', after);
            case 'v': return literal(0x0B, after);
            case 'd': case 'D': case 'w': case 'W':
                return new Escape("\\" + (char) c, after, -1);
            case 's':
                return new Escape("[" + SPACE + "]", after, -1);
            case 'S':
                return new Escape("[^" + SPACE + "]", after, -1);
            case 'p': case 'P':
                return property(src, pos, c == 'P');
            case 'A': case 'z': case 'b': case 'B':
                if (!inClass) {
                    return new Escape("\\" + (char) c, after, -1);
                }
                break;
            default:
                if (c < 0x80 && !Character.isLetterOrDigit(c)) {
                    return literal(c, after);
                }
        }
        throw new RegexSyntaxException("invalid escape sequence", src.substring(pos, after));
    }

    private static Escape literal(int c, int end) {
        return new Escape(javaLiteral(c), end, c);
    }

    /** A code point as Java regex text that is literal inside and outside classes. */
    static String javaLiteral(int c) {
        if (c < 0x80 && Character.isLetterOrDigit(c)) {
            return String.valueOf((char) c);
        }
        if (c < 0x20 || c == 0x7F || c > 0xFFFF) {
            return "\\x{" + Integer.toHexString(c) + "}";
        }
        return c < 0x80 ? "\\" + (char) c : new String(Character.toChars(c));
    }

    private static Escape octal(String src, int pos, int first) throws RegexSyntaxException {
        int i = pos + 2;
        if (first != '0' && (i >= src.length() || src.charAt(i) < '0' || src.charAt(i) > '7')) {
            throw new RegexSyntaxException("invalid escape sequence", src.substring(pos, i));
        }
        int value = first - '0';
        int digits = 1;
        while (digits < 3 && i < src.length() && src.charAt(i) >= '0' && src.charAt(i) <= '7') {
            value = value * 8 + (src.charAt(i) - '0');
            i++;
            digits++;
        }
        return literal(value, i);
    }

    private static Escape hex(String src, int pos) throws RegexSyntaxException {
        int i = pos + 2;
        if (i < src.length() && src.charAt(i) == '{') {
            int close = src.indexOf('}', i);
            String digits = close < 0 ? "" : src.substring(i + 1, close);
            if (close < 0 || !digits.matches("[0-9A-Fa-f]{1,8}") || Long.parseLong(digits, 16) > 0x10FFFF) {
                String bad = close < 0 ? src.substring(pos) : src.substring(pos, close + 1);
                throw new RegexSyntaxException("invalid escape sequence", bad);
            }
            return literal(Integer.parseInt(digits, 16), close + 1);
        }
        if (i + 2 > src.length() || !src.substring(i, i + 2).matches("[0-9A-Fa-f]{2}")) {
            throw new RegexSyntaxException("invalid escape sequence", src.substring(pos, Math.min(src.length(), i + 2)));
        }
        return literal(Integer.parseInt(src.substring(i, i + 2), 16), i + 2);
    }

    private static Escape property(String src, int pos, boolean negated) throws RegexSyntaxException {
        int i = pos + 2;
        if (i >= src.length()) {
            throw new RegexSyntaxException("invalid character class range", src.substring(pos));
        }
        String name;
        int end;
        if (src.charAt(i) == '{') {
            int close = src.indexOf('}', i);
            if (close < 0) {
                throw new RegexSyntaxException("invalid character class range", src.substring(pos));
            }
            name = src.substring(i + 1, close);
            end = close + 1;
        } else {
            name = new String(Character.toChars(src.codePointAt(i)));
            end = i + name.length();
        }
        if (name.startsWith("^")) {
            negated = !negated;
            name = name.substring(1);
        }
        String java = name.equals("Any") ? "[\\x{0}-\\x{10FFFF}]"
                : "\\p{" + (CATEGORIES.contains(name) ? name : "Is" + name) + "}";
        if (negated) {
            java = "[^" + java + "]";
        }
        try {
            Pattern.compile(java);
        } catch (PatternSyntaxException e) {
            throw new RegexSyntaxException("invalid character class range", src.substring(pos, end));
        }
        return new Escape(java, end, -1);
    }
}
