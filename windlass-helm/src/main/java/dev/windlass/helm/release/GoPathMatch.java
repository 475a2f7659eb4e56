package dev.windlass.helm.release;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Go's {@code path/filepath.Match} with {@code /} separators: {@code *} matches any run of
 * non-separator characters, {@code ?} one non-separator character, {@code [...]} a character class
 * ({@code ^} negates, {@code a-z} ranges), {@code \} escapes. A malformed pattern matches nothing
 * (Helm ignores Match's error).
 */
final class GoPathMatch {

    private GoPathMatch() {
    }

    static boolean matches(String pattern, String name) {
        String regex = toRegex(pattern);
        if (regex == null) {
            return false;
        }
        try {
            return Pattern.compile(regex, Pattern.DOTALL).matcher(name).matches();
        } catch (PatternSyntaxException e) {
            return false;
        }
    }

    private static String toRegex(String pattern) {
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '*') {
                regex.append("[^/]*");
                i++;
            } else if (c == '?') {
                regex.append("[^/]");
                i++;
            } else if (c == '\\') {
                if (i + 1 >= pattern.length()) {
                    return null;
                }
                regex.append(Pattern.quote(String.valueOf(pattern.charAt(i + 1))));
                i += 2;
            } else if (c == '[') {
                i = characterClass(pattern, i + 1, regex);
                if (i < 0) {
                    return null;
                }
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        return regex.toString();
    }

    /** Appends the class starting after {@code [}; returns the index after {@code ]}, or -1 when malformed. */
    private static int characterClass(String pattern, int start, StringBuilder regex) {
        int i = start;
        StringBuilder cls = new StringBuilder("[");
        if (i < pattern.length() && pattern.charAt(i) == '^') {
            cls.append('^');
            i++;
        }
        int ranges = 0;
        while (i < pattern.length() && (pattern.charAt(i) != ']' || ranges == 0)) {
            int[] lo = classChar(pattern, i);
            if (lo == null) {
                return -1;
            }
            i = lo[1];
            cls.append(escapeClass(lo[0]));
            if (i < pattern.length() && pattern.charAt(i) == '-') {
                int[] hi = classChar(pattern, i + 1);
                if (hi == null || hi[0] < lo[0]) {
                    return -1;
                }
                cls.append('-').append(escapeClass(hi[0]));
                i = hi[1];
            }
            ranges++;
        }
        if (i >= pattern.length()) {
            return -1;
        }
        regex.append(cls).append(']');
        return i + 1;
    }

    private static int[] classChar(String pattern, int i) {
        if (i >= pattern.length()) {
            return null;
        }
        char c = pattern.charAt(i);
        if (c == '-' || c == ']') {
            return null;
        }
        if (c == '\\') {
            if (i + 1 >= pattern.length()) {
                return null;
            }
            return new int[] {pattern.charAt(i + 1), i + 2};
        }
        return new int[] {c, i + 1};
    }

    private static String escapeClass(int c) {
        return "\\x{" + Integer.toHexString(c) + "}";
    }
}
