package dev.windlass.gotemplate;

import java.nio.charset.StandardCharsets;

/** Go's {@code strconv.Quote} and {@code %#U} for the messages the parser and executor write. */
final class GoQuote {

    private GoQuote() {
    }

    /** {@code strconv.Quote}: double-quoted, Go escapes, printable runes kept. */
    static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        s.codePoints().forEach(cp -> appendRune(out, cp, '"'));
        return out.append('"').toString();
    }

    /** Appends one rune as Go's quoting writes it inside {@code quoteChar} quotes. */
    static void appendRune(StringBuilder out, int cp, char quoteChar) {
        if (cp == quoteChar || cp == '\\') {
            out.append('\\').appendCodePoint(cp);
            return;
        }
        if (isPrint(cp)) {
            out.appendCodePoint(cp);
            return;
        }
        switch (cp) {
            case 7 -> out.append("\\a");
            case '\b' -> out.append("\\b");
            case '\f' -> out.append("\\f");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            case 11 -> out.append("\\v");
            default -> {
                if (cp < ' ' || cp == 0x7f) {
                    out.append(String.format("\\x%02x", cp));
                } else if (cp < 0x10000) {
                    out.append(String.format("\\u%04x", cp));
                } else {
                    out.append(String.format("\\U%08x", cp));
                }
            }
        }
    }

    /** Go's {@code %#U}: {@code U+0041 'A'}, without the quoted rune when it is not printable. */
    static String unicode(int cp) {
        String code = String.format("U+%04X", cp);
        return isPrint(cp) ? code + " '" + new String(Character.toChars(cp)) + "'" : code;
    }

    /** Approximates Go's {@code unicode.IsPrint}: letters, marks, numbers, punctuation, symbols and ASCII space. */
    static boolean isPrint(int cp) {
        if (cp == ' ') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.SURROGATE,
                    Character.UNASSIGNED, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }

    /** The UTF-8 length of {@code s}: Go's {@code len} of a string. */
    static int utf8Length(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
