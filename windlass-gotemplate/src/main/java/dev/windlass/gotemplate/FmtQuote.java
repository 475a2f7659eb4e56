package dev.windlass.gotemplate;

import java.nio.charset.StandardCharsets;

/** Go's {@code strconv} quoting: {@code Quote}, {@code QuoteToASCII}, {@code QuoteRune}, {@code CanBackquote}. */
final class FmtQuote {

    private static final String HEX = "0123456789abcdef";

    private FmtQuote() {
    }

    /** {@code strconv.IsPrint}: letters, marks, numbers, punctuation, symbols and the ASCII space. */
    static boolean isPrint(int r) {
        if (r == ' ') {
            return true;
        }
        if (r < 0 || r > Character.MAX_CODE_POINT) {
            return false;
        }
        switch (Character.getType(r)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.DASH_PUNCTUATION,
                    Character.START_PUNCTUATION, Character.END_PUNCTUATION, Character.CONNECTOR_PUNCTUATION,
                    Character.OTHER_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL:
                return true;
            default:
                return false;
        }
    }

    static String quote(String s, boolean asciiOnly) {
        return quoteBytes(s.getBytes(StandardCharsets.UTF_8), asciiOnly);
    }

    /** Quotes UTF-8 bytes; bytes that are not valid UTF-8 become {@code \xNN}. */
    static String quoteBytes(byte[] bytes, boolean asciiOnly) {
        StringBuilder out = new StringBuilder(bytes.length + 2).append('"');
        int i = 0;
        while (i < bytes.length) {
            int[] decoded = decodeRune(bytes, i);
            int r = decoded[0];
            int width = decoded[1];
            i += width;
            if (r < 0) {
                out.append("\\x").append(HEX.charAt((bytes[i - 1] >> 4) & 15)).append(HEX.charAt(bytes[i - 1] & 15));
                continue;
            }
            appendEscaped(out, r, '"', asciiOnly);
        }
        return out.append('"').toString();
    }

    static String quoteRune(int r, boolean asciiOnly) {
        if (r < 0 || r > Character.MAX_CODE_POINT || (r >= 0xD800 && r <= 0xDFFF)) {
            r = 0xFFFD;
        }
        StringBuilder out = new StringBuilder().append('\'');
        appendEscaped(out, r, '\'', asciiOnly);
        return out.append('\'').toString();
    }

    private static void appendEscaped(StringBuilder out, int r, char quote, boolean asciiOnly) {
        if (r == quote || r == '\\') {
            out.append('\\').appendCodePoint(r);
            return;
        }
        if (asciiOnly ? r < 0x80 && isPrint(r) : isPrint(r)) {
            out.appendCodePoint(r);
            return;
        }
        switch (r) {
            case 7 -> out.append("\\a");
            case '\b' -> out.append("\\b");
            case '\f' -> out.append("\\f");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            case 11 -> out.append("\\v");
            default -> appendNumericEscape(out, r);
        }
    }

    private static void appendNumericEscape(StringBuilder out, int r) {
        if (r < ' ' || r == 0x7f) {
            out.append("\\x").append(HEX.charAt(r >> 4)).append(HEX.charAt(r & 15));
        } else if (r < 0x10000) {
            out.append("\\u");
            appendHex(out, r, 4);
        } else {
            out.append("\\U");
            appendHex(out, r, 8);
        }
    }

    private static void appendHex(StringBuilder out, int r, int digits) {
        for (int s = (digits - 1) * 4; s >= 0; s -= 4) {
            out.append(HEX.charAt((r >> s) & 15));
        }
    }

    /** {@code strconv.CanBackquote}. */
    static boolean canBackquote(String s) {
        for (int i = 0; i < s.length(); ) {
            int r = s.codePointAt(i);
            i += Character.charCount(r);
            if (r == '`' || r == 0xFEFF || (r >= 0xD800 && r <= 0xDFFF)) {
                return false;
            }
            if ((r < ' ' && r != '\t') || r == 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** Decodes one UTF-8 rune at {@code i}: {code point or -1 when invalid, width}. */
    static int[] decodeRune(byte[] b, int i) {
        int c0 = b[i] & 0xFF;
        if (c0 < 0x80) {
            return new int[] {c0, 1};
        }
        int need;
        int min;
        int cp;
        if (c0 >= 0xC2 && c0 <= 0xDF) {
            need = 1;
            min = 0x80;
            cp = c0 & 0x1F;
        } else if (c0 >= 0xE0 && c0 <= 0xEF) {
            need = 2;
            min = 0x800;
            cp = c0 & 0x0F;
        } else if (c0 >= 0xF0 && c0 <= 0xF4) {
            need = 3;
            min = 0x10000;
            cp = c0 & 0x07;
        } else {
            return new int[] {-1, 1};
        }
        if (i + need >= b.length) {
            return new int[] {-1, 1};
        }
        for (int k = 1; k <= need; k++) {
            int c = b[i + k] & 0xFF;
            if ((c & 0xC0) != 0x80) {
                return new int[] {-1, 1};
            }
            cp = (cp << 6) | (c & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return new int[] {-1, 1};
        }
        return new int[] {cp, need + 1};
    }
}
