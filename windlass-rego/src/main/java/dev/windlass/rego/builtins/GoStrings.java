package dev.windlass.rego.builtins;

import java.util.ArrayList;
import java.util.List;

/** Go's {@code strings} package behaviours that differ from Java's: cutsets, spaces, replacers, split. */
final class GoStrings {
    private GoStrings() {}

    /** {@code strings.TrimLeft}: drops leading code points found in the cutset. */
    static String trimLeft(String s, String cutset) {
        int i = 0;
        while (i < s.length()) {
            int c = s.codePointAt(i);
            if (cutset.indexOf(c) < 0) {
                break;
            }
            i += Character.charCount(c);
        }
        return s.substring(i);
    }

    /** {@code strings.TrimRight}: drops trailing code points found in the cutset. */
    static String trimRight(String s, String cutset) {
        int end = s.length();
        while (end > 0) {
            int c = s.codePointBefore(end);
            if (cutset.indexOf(c) < 0) {
                break;
            }
            end -= Character.charCount(c);
        }
        return s.substring(0, end);
    }

    /** Go's {@code unicode.IsSpace}. */
    static boolean isSpace(int c) {
        switch (c) {
            case '\t': case '\n': case 0x0B: case '\f': case '\r': case ' ': case 0x85: case 0xA0:
            case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000:
                return true;
            default:
                return c >= 0x2000 && c <= 0x200A;
        }
    }

    /** {@code strings.TrimSpace}. */
    static String trimSpace(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && isSpace(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }

    /**
      * {@code strings.NewReplacer(oldnew...).Replace(s)}: left to right, no overlaps; where several
      * olds match at one position the earliest pair wins; an empty old matches between every
      * code point and at both ends.
      */
    static String replaceAll(String s, List<String> oldNew) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i <= s.length()) {
            int pair = matchAt(s, i, oldNew);
            if (pair < 0) {
                if (i == s.length()) {
                    break;
                }
                int c = s.codePointAt(i);
                out.appendCodePoint(c);
                i += Character.charCount(c);
                continue;
            }
            String old = oldNew.get(pair);
            out.append(oldNew.get(pair + 1));
            if (!old.isEmpty()) {
                i += old.length();
            } else if (i < s.length()) {
                int c = s.codePointAt(i);
                out.appendCodePoint(c);
                i += Character.charCount(c);
            } else {
                break;
            }
        }
        return out.toString();
    }

    private static int matchAt(String s, int i, List<String> oldNew) {
        for (int p = 0; p < oldNew.size(); p += 2) {
            if (s.startsWith(oldNew.get(p), i)) {
                return p;
            }
        }
        return -1;
    }

    /** {@code strings.Split}: an empty separator splits into code points. */
    static List<String> split(String s, String sep) {
        List<String> out = new ArrayList<>();
        if (sep.isEmpty()) {
            s.codePoints().forEach(c -> out.add(new String(Character.toChars(c))));
            return out;
        }
        int start = 0;
        int at;
        while ((at = s.indexOf(sep, start)) >= 0) {
            out.add(s.substring(start, at));
            start = at + sep.length();
        }
        out.add(s.substring(start));
        return out;
    }

    /** {@code strings.Count}: non-overlapping occurrences; an empty substring counts code points plus one. */
    static int count(String s, String sub) {
        if (sub.isEmpty()) {
            return s.codePointCount(0, s.length()) + 1;
        }
        int n = 0;
        int at = 0;
        while ((at = s.indexOf(sub, at)) >= 0) {
            n++;
            at += sub.length();
        }
        return n;
    }
}
