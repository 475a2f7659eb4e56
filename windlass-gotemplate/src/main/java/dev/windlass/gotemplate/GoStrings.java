package dev.windlass.gotemplate;

/** Go's {@code strconv.Unquote} and {@code UnquoteChar} for string and character literals in actions. */
final class GoStrings {

    private GoStrings() {
    }

    /** Unquotes a {@code "..."} or {@code `...`} literal; throws {@code invalid syntax} like Go. */
    static String unquote(String quoted) {
        if (quoted.startsWith("`")) {
            if (quoted.length() < 2 || !quoted.endsWith("`")) {
                throw new IllegalArgumentException("invalid syntax");
            }
            return quoted.substring(1, quoted.length() - 1).replace("\r", "");
        }
        if (quoted.length() < 2 || !quoted.startsWith("\"") || !quoted.endsWith("\"")) {
            throw new IllegalArgumentException("invalid syntax");
        }
        String body = quoted.substring(1, quoted.length() - 1);
        StringBuilder out = new StringBuilder(body.length());
        int i = 0;
        while (i < body.length()) {
            String rest = body.substring(i);
            int[] rune = unquoteChar(rest, '"');
            if (rune == null) {
                throw new IllegalArgumentException("invalid syntax");
            }
            if (rune[2] == 1) {
                out.append((char) rune[0]);
            } else {
                out.appendCodePoint(rune[0]);
            }
            i += rune[1];
        }
        return out.toString();
    }

    /**
     * Decodes the first character or escape of {@code s}: {@code [value, charsConsumed, isByte]}, or
     * {@code null} when it is not valid inside {@code quote} quotes.
     */
    static int[] unquoteChar(String s, char quote) {
        if (s.isEmpty()) {
            return null;
        }
        char c = s.charAt(0);
        if (c == quote && (quote == '\'' || quote == '"')) {
            return null;
        }
        if (c != '\\') {
            if (c == '\n' && quote != '`') {
                return null;
            }
            int cp = s.codePointAt(0);
            return new int[] {cp, Character.charCount(cp), 0};
        }
        if (s.length() < 2) {
            return null;
        }
        char e = s.charAt(1);
        return switch (e) {
            case 'a' -> new int[] {7, 2, 0};
            case 'b' -> new int[] {'\b', 2, 0};
            case 'f' -> new int[] {'\f', 2, 0};
            case 'n' -> new int[] {'\n', 2, 0};
            case 'r' -> new int[] {'\r', 2, 0};
            case 't' -> new int[] {'\t', 2, 0};
            case 'v' -> new int[] {11, 2, 0};
            case '\\' -> new int[] {'\\', 2, 0};
            case '\'', '"' -> e == quote ? new int[] {e, 2, 0} : null;
            case 'x' -> hex(s, 2, 1);
            case 'u' -> hex(s, 4, 0);
            case 'U' -> hex(s, 8, 0);
            default -> octal(s, e);
        };
    }

    private static int[] hex(String s, int n, int isByte) {
        if (s.length() < 2 + n) {
            return null;
        }
        int v = 0;
        for (int i = 0; i < n; i++) {
            int d = Character.digit(s.charAt(2 + i), 16);
            if (d < 0) {
                return null;
            }
            v = v * 16 + d;
        }
        if (isByte == 0 && (v > 0x10FFFF || v >= 0xD800 && v < 0xE000)) {
            return null;
        }
        return new int[] {v, 2 + n, isByte};
    }

    private static int[] octal(String s, char first) {
        if (first < '0' || first > '7' || s.length() < 4) {
            return null;
        }
        int v = 0;
        for (int i = 1; i < 4; i++) {
            int d = s.charAt(i) - '0';
            if (d < 0 || d > 7) {
                return null;
            }
            v = v * 8 + d;
        }
        return v > 255 ? null : new int[] {v, 4, 1};
    }
}
