package dev.windlass.helm.chart;

/**
 * Go's {@code filepath.Match} on {@code /}-separated names: {@code *} and {@code ?} never match
 * {@code /}, {@code [...]} classes with {@code ^} negation and ranges, {@code \} escapes. A
 * malformed pattern fails with Go's {@code syntax error in pattern}.
 */
public final class GoGlob {

    static final String BAD_PATTERN = "syntax error in pattern";

    private GoGlob() {
    }

    /** Whether {@code name} matches {@code pattern} as a whole. */
    public static boolean match(String pattern, String name) throws BadPattern {
        return match(pattern, 0, name, 0);
    }

    /** {@link #match}, with a malformed pattern matching nothing (as Helm treats {@code --show-only} globs). */
    public static boolean matches(String pattern, String name) {
        try {
            return match(pattern, name);
        } catch (BadPattern e) {
            return false;
        }
    }

    private static boolean match(String p, int pi, String s, int si) throws BadPattern {
        while (pi < p.length()) {
            char c = p.charAt(pi);
            if (c == '*') {
                while (pi < p.length() && p.charAt(pi) == '*') {
                    pi++;
                }
                for (int k = si; ; k++) {
                    if (match(p, pi, s, k)) {
                        return true;
                    }
                    if (k >= s.length() || s.charAt(k) == '/') {
                        checkRest(p, pi);
                        return false;
                    }
                }
            }
            if (si >= s.length()) {
                checkRest(p, pi);
                return false;
            }
            if (c == '?') {
                if (s.charAt(si) == '/') {
                    checkRest(p, pi + 1);
                    return false;
                }
                pi++;
            } else if (c == '[') {
                int end = classEnd(p, pi);
                if (!classMatches(p, pi + 1, end, s.charAt(si))) {
                    checkRest(p, end + 1);
                    return false;
                }
                pi = end + 1;
            } else {
                if (c == '\\') {
                    pi++;
                    if (pi >= p.length()) {
                        throw new BadPattern();
                    }
                    c = p.charAt(pi);
                }
                if (c != s.charAt(si)) {
                    checkRest(p, pi + 1);
                    return false;
                }
                pi++;
            }
            si++;
        }
        return si == s.length();
    }

    /** Go reports a bad pattern even when the name stops matching early; check what is left. */
    private static void checkRest(String p, int from) throws BadPattern {
        int i = from;
        while (i < p.length()) {
            char c = p.charAt(i);
            if (c == '\\') {
                if (i + 1 >= p.length()) {
                    throw new BadPattern();
                }
                i += 2;
            } else if (c == '[') {
                i = classEnd(p, i) + 1;
            } else {
                i++;
            }
        }
    }

    /** The index of the class's closing {@code ]}. */
    private static int classEnd(String p, int open) throws BadPattern {
        int i = open + 1;
        if (i < p.length() && p.charAt(i) == '^') {
            i++;
        }
        boolean first = true;
        while (i < p.length()) {
            char c = p.charAt(i);
            if (c == ']' && !first) {
                return i;
            }
            if (c == ']' || c == '-') {
                throw new BadPattern();
            }
            i = classChar(p, i);
            if (i < p.length() && p.charAt(i) == '-') {
                i = classChar(p, i + 1);
            }
            first = false;
        }
        throw new BadPattern();
    }

    private static int classChar(String p, int i) throws BadPattern {
        if (i >= p.length()) {
            throw new BadPattern();
        }
        char c = p.charAt(i);
        if (c == '-' || c == ']') {
            throw new BadPattern();
        }
        if (c == '\\') {
            if (i + 1 >= p.length()) {
                throw new BadPattern();
            }
            return i + 2;
        }
        return i + 1;
    }

    private static boolean classMatches(String p, int from, int end, char ch) {
        int i = from;
        boolean negate = p.charAt(i) == '^';
        if (negate) {
            i++;
        }
        boolean matched = false;
        while (i < end) {
            char lo = p.charAt(i) == '\\' ? p.charAt(++i) : p.charAt(i);
            i++;
            char hi = lo;
            if (i < end && p.charAt(i) == '-') {
                i++;
                hi = p.charAt(i) == '\\' ? p.charAt(++i) : p.charAt(i);
                i++;
            }
            if (lo <= ch && ch <= hi) {
                matched = true;
            }
        }
        return matched != negate;
    }

    /** Go's {@code filepath.ErrBadPattern}. */
    public static final class BadPattern extends Exception {
        private static final long serialVersionUID = 1L;

        BadPattern() {
            super(BAD_PATTERN);
        }
    }
}
