package dev.windlass.helm.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * encoding/json's {@code Unmarshal} into {@code interface{}} for {@code fromJson}: objects become
 * maps, arrays lists, numbers float64; syntax errors carry Go's scanner messages
 * ({@code invalid character 'x' looking for beginning of value}, {@code unexpected end of JSON input}).
 */
final class GoJsonReader {

    private final String text;
    private int pos;

    private GoJsonReader(String text) {
        this.text = text;
    }

    /** Parses one JSON value; {@link IllegalArgumentException} carries Go's message. */
    static Object parse(String text) {
        GoJsonReader reader = new GoJsonReader(text);
        reader.space();
        Object value = reader.value();
        reader.space();
        if (reader.pos < text.length()) {
            throw reader.invalid("after top-level value");
        }
        return value;
    }

    private Object value() {
        if (pos >= text.length()) {
            throw new IllegalArgumentException("unexpected end of JSON input");
        }
        char c = text.charAt(pos);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    yield number();
                }
                throw invalid("looking for beginning of value");
            }
        };
    }

    private Map<String, Object> object() {
        Map<String, Object> map = new LinkedHashMap<>();
        pos++;
        space();
        if (peek() == '}') {
            pos++;
            return map;
        }
        while (true) {
            space();
            if (peek() != '"') {
                throw invalidOrEnd("looking for beginning of object key string");
            }
            String key = string();
            space();
            if (peek() != ':') {
                throw invalidOrEnd("after object key");
            }
            pos++;
            space();
            map.put(key, value());
            space();
            char c = peek();
            pos++;
            if (c == '}') {
                return map;
            }
            if (c != ',') {
                pos--;
                throw invalidOrEnd("after object key:value pair");
            }
        }
    }

    private List<Object> array() {
        List<Object> list = new ArrayList<>();
        pos++;
        space();
        if (peek() == ']') {
            pos++;
            return list;
        }
        while (true) {
            space();
            list.add(value());
            space();
            char c = peek();
            pos++;
            if (c == ']') {
                return list;
            }
            if (c != ',') {
                pos--;
                throw invalidOrEnd("after array element");
            }
        }
    }

    private String string() {
        StringBuilder out = new StringBuilder();
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c == '\\') {
                escape(out);
            } else if (c < 0x20) {
                pos--;
                throw invalid("in string literal");
            } else {
                out.append(c);
            }
        }
        throw new IllegalArgumentException("unexpected end of JSON input");
    }

    private void escape(StringBuilder out) {
        if (pos >= text.length()) {
            throw new IllegalArgumentException("unexpected end of JSON input");
        }
        char e = text.charAt(pos++);
        switch (e) {
            case '"', '\\', '/' -> out.append(e);
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case 'u' -> {
                if (pos + 4 > text.length()) {
                    throw new IllegalArgumentException("unexpected end of JSON input");
                }
                out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                pos += 4;
            }
            default -> {
                pos--;
                throw invalid("in string escape code");
            }
        }
    }

    private Object literal(String word, Object value) {
        for (int i = 0; i < word.length(); i++) {
            if (pos >= text.length()) {
                throw new IllegalArgumentException("unexpected end of JSON input");
            }
            if (text.charAt(pos) != word.charAt(i)) {
                throw invalid("in literal " + word + " (expecting '" + word.charAt(i) + "')");
            }
            pos++;
        }
        return value;
    }

    private Double number() {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        digits();
        if (peek() == '.') {
            pos++;
            digits();
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            digits();
        }
        return Double.parseDouble(text.substring(start, pos));
    }

    private void digits() {
        if (pos >= text.length()) {
            throw new IllegalArgumentException("unexpected end of JSON input");
        }
        if (!Character.isDigit(text.charAt(pos)) || text.charAt(pos) > '9') {
            throw invalid("in numeric literal");
        }
        while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
            pos++;
        }
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : 0;
    }

    private void space() {
        while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
    }

    private IllegalArgumentException invalidOrEnd(String context) {
        if (pos >= text.length()) {
            return new IllegalArgumentException("unexpected end of JSON input");
        }
        return invalid(context);
    }

    private IllegalArgumentException invalid(String context) {
        int c = text.codePointAt(pos);
        String shown = c == '\'' ? "'\\''" : c == '"' ? "'\"'" : c < 0x20 ? String.format("'\\x%02x'", c)
                : "'" + new String(Character.toChars(c)) + "'";
        return new IllegalArgumentException("invalid character " + shown + " " + context);
    }
}
