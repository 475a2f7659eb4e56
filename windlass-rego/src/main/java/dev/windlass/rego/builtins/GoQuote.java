package dev.windlass.rego.builtins;

/** Go's {@code strconv.Quote} and {@code QuoteToASCII}: a double-quoted string with Go escapes. */
final class GoQuote {
    private GoQuote() {}

    /** {@code strconv.Quote}: printable characters kept, others escaped. */
    static String quote(String s) {
        return quote(s, false);
    }

    /** {@code strconv.Quote}, or {@code QuoteToASCII} when {@code asciiOnly}. */
    static String quote(String s, boolean asciiOnly) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        s.codePoints().forEach(c -> appendRune(out, c, asciiOnly));
        return out.append('"').toString();
    }

    /** {@code strconv.QuoteRune}: a single-quoted character. */
    static String quoteRune(int c) {
        StringBuilder out = new StringBuilder().append('\'');
        if (c == '\'') {
            out.append("\\'");
        } else if (c == '"') {
            out.append('"');
        } else {
            appendRune(out, c, false);
        }
        return out.append('\'').toString();
    }

    private static void appendRune(StringBuilder out, int c, boolean asciiOnly) {
        switch (c) {
            case 0x07: out.append("\\a"); return;
            case '\b': out.append("\\b"); return;
            case '\f': out.append("\\f"); return;
            case '\n': out.append("\\n"); return;
            case '\r': out.append("\\r"); return;
            case '\t': out.append("\\t"); return;
            case 0x0B: out.append("\\v"); return;
            case '\\': out.append("\\\\"); return;
            case '"': out.append("\\\""); return;
            default: break;
        }
        if (c < 0x80 ? c >= 0x20 && c < 0x7F : !asciiOnly && printable(c)) {
            out.appendCodePoint(c);
        } else if (c < 0x80) {
            out.append(String.format("\\x%02x", c));
        } else if (Character.isSurrogate((char) c) && c <= 0xFFFF) {
            out.append("\\ufffd");
        } else if (c < 0x10000) {
            out.append(String.format("\\u%04x", c));
        } else {
            out.append(String.format("\\U%08x", c));
        }
    }

    private static boolean printable(int c) {
        int type = Character.getType(c);
        return type != Character.CONTROL && type != Character.FORMAT && type != Character.UNASSIGNED
                && type != Character.PRIVATE_USE && type != Character.SURROGATE
                && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR
                && (type != Character.SPACE_SEPARATOR || c == 0x20);
    }
}
