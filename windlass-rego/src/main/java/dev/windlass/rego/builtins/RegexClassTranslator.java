package dev.windlass.rego.builtins;

import dev.windlass.rego.builtins.RegexTranslator.RegexSyntaxException;
import java.util.Map;

/** Translates an RE2 bracket class ({@code [^a-z[:digit:]\d]}) into a Java class. */
final class RegexClassTranslator {
    private static final Map<String, String> POSIX = Map.ofEntries(
            Map.entry("alnum", "0-9A-Za-z"), Map.entry("alpha", "A-Za-z"), Map.entry("ascii", "\\x{0}-\\x{7f}"),
            Map.entry("blank", "\\t "), Map.entry("cntrl", "\\x{0}-\\x{1f}\\x{7f}"), Map.entry("digit", "0-9"),
            Map.entry("graph", "!-~"), Map.entry("lower", "a-z"), Map.entry("print", " -~"),
            Map.entry("punct", "!-/:-@\\[-`{-~"), Map.entry("space", "\\t\\n\\x{b}\\f\\r "),
            Map.entry("upper", "A-Z"), Map.entry("word", "0-9A-Za-z_"), Map.entry("xdigit", "0-9A-Fa-f"));

    private RegexClassTranslator() {}

    /** The Java class text and the index just past the closing bracket. */
    record Parsed(String javaClass, int end) {}

    static Parsed parse(String src, int start) throws RegexSyntaxException {
        int i = start + 1;
        StringBuilder out = new StringBuilder("[");
        if (i < src.length() && src.charAt(i) == '^') {
            out.append('^');
            i++;
        }
        boolean first = true;
        while (true) {
            if (i >= src.length()) {
                throw new RegexSyntaxException("missing closing ]", src.substring(start));
            }
            if (src.charAt(i) == ']' && !first) {
                break;
            }
            first = false;
            if (src.startsWith("[:", i)) {
                int close = src.indexOf(":]", i + 2);
                if (close >= 0) {
                    i = posix(src, i, close, out);
                    continue;
                }
            }
            i = member(src, i, out);
        }
        out.append(']');
        return new Parsed(out.toString(), i + 1);
    }

    private static int posix(String src, int i, int close, StringBuilder out) throws RegexSyntaxException {
        String name = src.substring(i + 2, close);
        boolean negated = name.startsWith("^");
        String ranges = POSIX.get(negated ? name.substring(1) : name);
        if (ranges == null) {
            throw new RegexSyntaxException("invalid character class range", src.substring(i, close + 2));
        }
        out.append(negated ? "[^" + ranges + "]" : ranges);
        return close + 2;
    }

    /** One character, range or escaped class; returns where it ends. */
    private static int member(String src, int i, StringBuilder out) throws RegexSyntaxException {
        int[] lo = endpoint(src, i);
        if (lo[0] < 0) {
            out.append(RegexEscapes.read(src, i, true).java());
            return lo[1];
        }
        int next = lo[1];
        if (next + 1 < src.length() && src.charAt(next) == '-' && src.charAt(next + 1) != ']') {
            int[] hi = endpoint(src, next + 1);
            if (hi[0] < 0 || hi[0] < lo[0]) {
                throw new RegexSyntaxException("invalid character class range", src.substring(i, hi[1]));
            }
            out.append(RegexEscapes.javaLiteral(lo[0])).append('-').append(RegexEscapes.javaLiteral(hi[0]));
            return hi[1];
        }
        out.append(RegexEscapes.javaLiteral(lo[0]));
        return next;
    }

    /** {code point or -1 for a class escape, end index}. */
    private static int[] endpoint(String src, int i) throws RegexSyntaxException {
        if (src.charAt(i) == '\\') {
            RegexEscapes.Escape e = RegexEscapes.read(src, i, true);
            return new int[] {e.literal(), e.end()};
        }
        int c = src.codePointAt(i);
        return new int[] {c, i + Character.charCount(c)};
    }
}
