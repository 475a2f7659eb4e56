package dev.windlass.gotemplate.sprig;

import static dev.windlass.gotemplate.GoType.ANY;
import static dev.windlass.gotemplate.GoType.INT;
import static dev.windlass.gotemplate.GoType.STRING;

import dev.windlass.gotemplate.GoFmt;
import dev.windlass.gotemplate.GoFunc;
import dev.windlass.gotemplate.GoFunctionException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Sprig's string functions (strings.go and the goutils/xstrings helpers it wraps). */
final class SprigStrings {

    private SprigStrings() {
    }

    static List<GoFunc> functions() {
        List<GoFunc> f = new ArrayList<>();
        f.add(GoFunc.of("trim", a -> goTrimSpace(s(a, 0)), STRING));
        f.add(GoFunc.of("upper", a -> mapRunes(s(a, 0), true), STRING));
        f.add(GoFunc.of("lower", a -> mapRunes(s(a, 0), false), STRING));
        f.add(GoFunc.of("title", a -> SprigWords.title(s(a, 0)), STRING));
        f.add(GoFunc.of("untitle", a -> SprigWords.uncapitalize(s(a, 0)), STRING));
        f.add(GoFunc.of("substr", a -> substr(i(a, 0), i(a, 1), s(a, 2)), INT, INT, STRING));
        f.add(GoFunc.of("repeat", a -> repeat(i(a, 0), s(a, 1)), INT, STRING));
        f.add(GoFunc.of("trimall", a -> trim(s(a, 1), s(a, 0)), STRING, STRING));
        f.add(GoFunc.of("trimAll", a -> trim(s(a, 1), s(a, 0)), STRING, STRING));
        f.add(GoFunc.of("trimSuffix", a -> s(a, 1).endsWith(s(a, 0))
                ? s(a, 1).substring(0, s(a, 1).length() - s(a, 0).length()) : s(a, 1), STRING, STRING));
        f.add(GoFunc.of("trimPrefix", a -> s(a, 1).startsWith(s(a, 0))
                ? s(a, 1).substring(s(a, 0).length()) : s(a, 1), STRING, STRING));
        f.add(GoFunc.of("nospace", a -> s(a, 0).codePoints().filter(c -> !isGoSpace(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString(),
                STRING));
        f.add(GoFunc.of("initials", a -> SprigWords.initials(s(a, 0)), STRING));
        f.add(GoFunc.of("swapcase", a -> SprigWords.swapCase(s(a, 0)), STRING));
        f.add(GoFunc.of("shuffle", a -> SprigWords.shuffle(s(a, 0)), STRING));
        f.add(GoFunc.of("snakecase", a -> SprigCase.toLowerWords(s(a, 0), '_'), STRING));
        f.add(GoFunc.of("kebabcase", a -> SprigCase.toLowerWords(s(a, 0), '-'), STRING));
        f.add(GoFunc.of("camelcase", a -> SprigCase.toPascalCase(s(a, 0)), STRING));
        f.add(GoFunc.of("abbrev", a -> i(a, 0) < 4 ? s(a, 1) : SprigWords.abbreviate(s(a, 1), 0, i(a, 0)), INT, STRING));
        f.add(GoFunc.of("abbrevboth", a -> abbrevboth(i(a, 0), i(a, 1), s(a, 2)), INT, INT, STRING));
        f.add(GoFunc.of("trunc", a -> trunc(i(a, 0), s(a, 1)), INT, STRING));
        f.add(GoFunc.of("wrap", a -> SprigWords.wrap(s(a, 1), i(a, 0), "\n", false), INT, STRING));
        f.add(GoFunc.of("wrapWith", a -> SprigWords.wrap(s(a, 2), i(a, 0), s(a, 1), true), INT, STRING, STRING));
        f.add(GoFunc.of("contains", a -> s(a, 1).contains(s(a, 0)), STRING, STRING));
        f.add(GoFunc.of("hasPrefix", a -> s(a, 1).startsWith(s(a, 0)), STRING, STRING));
        f.add(GoFunc.of("hasSuffix", a -> s(a, 1).endsWith(s(a, 0)), STRING, STRING));
        f.add(GoFunc.variadic("quote", ANY, a -> quote(a, true)));
        f.add(GoFunc.variadic("squote", ANY, a -> quote(a, false)));
        f.add(GoFunc.variadic("cat", ANY, SprigStrings::cat));
        f.add(GoFunc.of("indent", a -> indent(i(a, 0), s(a, 1)), INT, STRING));
        f.add(GoFunc.of("nindent", a -> "\n" + indent(i(a, 0), s(a, 1)), INT, STRING));
        f.add(GoFunc.of("replace", a -> replaceAll(s(a, 2), s(a, 0), s(a, 1)), STRING, STRING, STRING));
        f.add(GoFunc.of("plural", a -> i(a, 2) == 1 ? s(a, 0) : s(a, 1), STRING, STRING, INT));
        f.add(GoFunc.of("split", a -> indexed(goSplit(s(a, 1), s(a, 0), -1)), STRING, STRING));
        f.add(GoFunc.of("splitList", a -> new ArrayList<Object>(goSplit(s(a, 1), s(a, 0), -1)), STRING, STRING));
        f.add(GoFunc.of("splitn", a -> indexed(goSplit(s(a, 2), s(a, 0), i(a, 1))), STRING, INT, STRING));
        f.add(GoFunc.of("toStrings", a -> new ArrayList<Object>(strslice(a[0])), ANY));
        f.add(GoFunc.of("join", a -> String.join(s(a, 0), strslice(a[1])), STRING, ANY));
        f.add(GoFunc.of("sortAlpha", a -> sortAlpha(a[0]), ANY));
        f.add(GoFunc.of("randAlphaNum", a -> SprigWords.random(i(a, 0), SprigWords.ALPHANUMERIC), INT));
        f.add(GoFunc.of("randAlpha", a -> SprigWords.random(i(a, 0), SprigWords.ALPHABETIC), INT));
        f.add(GoFunc.of("randNumeric", a -> SprigWords.random(i(a, 0), SprigWords.NUMERIC), INT));
        f.add(GoFunc.of("randAscii", a -> SprigWords.random(i(a, 0), SprigWords.ASCII), INT));
        return f;
    }

    static String s(Object[] a, int k) {
        return (String) a[k];
    }

    static int i(Object[] a, int k) {
        return ((Number) a[k]).intValue();
    }

    /** strings.ToUpper / ToLower: rune by rune simple case mapping, as Go's unicode package does. */
    static String mapRunes(String s, boolean upper) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> out.appendCodePoint(upper ? Character.toUpperCase(c) : Character.toLowerCase(c)));
        return out.toString();
    }

    static boolean isGoSpace(int c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x85 || c == 0xA0 || Character.isSpaceChar(c);
    }

    static String goTrimSpace(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isGoSpace(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && isGoSpace(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }

    /** strings.Trim: strips any of {@code cutset}'s characters from both ends. */
    static String trim(String s, String cutset) {
        int start = 0;
        int end = s.length();
        while (start < end && cutset.indexOf(s.codePointAt(start)) >= 0) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && cutset.indexOf(s.codePointBefore(end)) >= 0) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }

    private static String repeat(int count, String s) throws GoFunctionException {
        if (count < 0) {
            throw new GoFunctionException("strings: negative Repeat count");
        }
        return s.repeat(count);
    }

    private static String substr(int start, int end, String s) throws GoFunctionException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (start < 0) {
            return bytes(b, 0, end);
        }
        if (end < 0 || end > b.length) {
            return bytes(b, start, b.length);
        }
        return bytes(b, start, end);
    }

    /** Go's {@code s[from:to]} on UTF-8 bytes, with Go's panic text when out of range. */
    static String bytes(byte[] b, int from, int to) throws GoFunctionException {
        if (to < 0 || to > b.length) {
            throw new GoFunctionException("runtime error: slice bounds out of range [:" + to + "] with length "
                    + b.length);
        }
        if (from < 0 || from > to) {
            throw new GoFunctionException("runtime error: slice bounds out of range [" + from + ":" + to + "]");
        }
        return new String(Arrays.copyOfRange(b, from, to), StandardCharsets.UTF_8);
    }

    private static String trunc(int c, String s) throws GoFunctionException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (c < 0 && b.length + c > 0) {
            return bytes(b, b.length + c, b.length);
        }
        if (c >= 0 && b.length > c) {
            return bytes(b, 0, c);
        }
        return s;
    }

    private static String abbrevboth(int left, int right, String s) {
        if (right < 4 || (left > 0 && right < 7)) {
            return s;
        }
        return SprigWords.abbreviate(s, left, right);
    }

    private static String quote(Object[] args, boolean dbl) {
        List<String> out = new ArrayList<>();
        for (Object v : args) {
            if (v != null) {
                out.add(dbl ? GoFmt.sprintf("%q", SprigConvert.strval(v)) : GoFmt.sprintf("'%v'", v));
            }
        }
        return String.join(" ", out);
    }

    private static String cat(Object[] args) {
        List<Object> kept = new ArrayList<>();
        for (Object v : args) {
            if (v != null) {
                kept.add(v);
            }
        }
        String format = "%v ".repeat(kept.size()).trim();
        return GoFmt.sprintf(format, kept.toArray());
    }

    static String indent(int spaces, String v) {
        String pad = " ".repeat(Math.max(spaces, 0));
        return pad + v.replace("\n", "\n" + pad);
    }

    /** strings.Replace(s, old, new, -1), including Go's rule for an empty {@code old}. */
    static String replaceAll(String s, String old, String replacement) {
        if (!old.isEmpty()) {
            return s.replace(old, replacement);
        }
        StringBuilder out = new StringBuilder(replacement);
        s.codePoints().forEach(c -> out.appendCodePoint(c).append(replacement));
        return out.toString();
    }

    /** strings.SplitN (n &lt; 0: all parts; n == 0: none). */
    static List<String> goSplit(String s, String sep, int n) {
        List<String> parts = new ArrayList<>();
        if (n == 0) {
            return parts;
        }
        if (sep.isEmpty()) {
            int[] cps = s.codePoints().toArray();
            for (int k = 0; k < cps.length; k++) {
                if (n > 0 && parts.size() == n - 1) {
                    parts.add(new String(cps, k, cps.length - k));
                    return parts;
                }
                parts.add(new String(cps, k, 1));
            }
            return parts;
        }
        int start = 0;
        while (n < 0 || parts.size() < n - 1) {
            int at = s.indexOf(sep, start);
            if (at < 0) {
                break;
            }
            parts.add(s.substring(start, at));
            start = at + sep.length();
        }
        parts.add(s.substring(start));
        return parts;
    }

    private static Map<String, Object> indexed(List<String> parts) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int k = 0; k < parts.size(); k++) {
            out.put("_" + k, parts.get(k));
        }
        return out;
    }

    /** Sprig's {@code strslice}: a slice's non-nil elements as strings, nil as none, anything else as one. */
    static List<String> strslice(Object v) {
        List<Object> items = SprigConvert.elements(v);
        List<String> out = new ArrayList<>();
        if (items == null) {
            if (v != null) {
                out.add(SprigConvert.strval(v));
            }
            return out;
        }
        for (Object item : items) {
            if (item != null) {
                out.add(SprigConvert.strval(item));
            }
        }
        return out;
    }

    private static List<Object> sortAlpha(Object v) {
        if (SprigConvert.elements(v) == null) {
            return new ArrayList<>(List.of(SprigConvert.strval(v)));
        }
        List<String> items = strslice(v);
        items.sort(SprigConvert::compareStrings);
        return new ArrayList<>(items);
    }
}
