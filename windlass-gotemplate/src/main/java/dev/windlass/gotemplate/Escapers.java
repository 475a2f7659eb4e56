package dev.windlass.gotemplate;

import java.nio.charset.StandardCharsets;

/** Go's {@code HTMLEscapeString}, {@code JSEscapeString} and {@code url.QueryEscape}. */
final class Escapers {

    private static final String HEX = "0123456789ABCDEF";

    private Escapers() {
    }

    static String html(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("&#34;");
                case '\'' -> out.append("&#39;");
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case 0 -> out.append('\uFFFD');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String js(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '\\' -> out.append("\\\\");
                case '\'' -> out.append("\\'");
                case '"' -> out.append("\\\"");
                case '<' -> out.append("\\u003C");
                case '>' -> out.append("\\u003E");
                case '&' -> out.append("\\u0026");
                case '=' -> out.append("\\u003D");
                default -> {
                    if (cp < ' ') {
                        out.append("\\u00").append(HEX.charAt(cp >> 4)).append(HEX.charAt(cp & 0xf));
                    } else if (cp < 0x80 || GoQuote.isPrint(cp)) {
                        out.appendCodePoint(cp);
                    } else {
                        out.append(String.format("\\u%04X", cp));
                    }
                }
            }
        }
        return out.toString();
    }

    static String queryEscape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
                    || c == '.' || c == '~') {
                out.append((char) c);
            } else if (c == ' ') {
                out.append('+');
            } else {
                out.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xf));
            }
        }
        return out.toString();
    }
}
