package dev.windlass.helm.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one Go JSON reader of windlass-helm (values, schemas, {@code --set-json}, {@code fromJson}): Go's {@code interface{}} values ({@code float64} numbers as {@link Double},
 * maps as {@link LinkedHashMap}), with {@code encoding/json}'s syntax error texts. Reads either a
 * whole text ({@code json.Unmarshal}) or one value from a position ({@code json.Decoder}).
 */
public final class GoJson {

    /** A syntax error, worded as Go's. */
    public static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;

        SyntaxError(String message) {
            super(message);
        }
    }

    /** One decoded value and the offset just after it. */
    public record Decoded(Object value, int end) {
    }

    private final String text;
    private int pos;

    private GoJson(String text, int pos) {
        this.text = text;
        this.pos = pos;
    }

    /** {@code json.Unmarshal}: the whole text must be one value (surrounding whitespace allowed). */
    public static Object unmarshal(String text) throws SyntaxError {
        GoJson json = new GoJson(text, 0);
        json.skipSpace();
        if (json.pos >= text.length()) {
            throw new SyntaxError("unexpected end of JSON input");
        }
        Object value = json.value();
        json.skipSpace();
        if (json.pos < text.length()) {
            throw new SyntaxError("invalid character " + quoteChar(text.charAt(json.pos)) + " after top-level value");
        }
        return value;
    }

    /** {@code json.Decoder.Decode}: one value starting at {@code from} (after whitespace). */
    public static Decoded decodeOne(String text, int from) throws SyntaxError {
        GoJson json = new GoJson(text, from);
        json.skipSpace();
        if (json.pos >= text.length()) {
            throw new SyntaxError("EOF");
        }
        Object value = json.value();
        return new Decoded(value, json.pos);
    }

    private Object value() throws SyntaxError {
        if (pos >= text.length()) {
            throw new SyntaxError("unexpected end of JSON input");
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
                throw new SyntaxError("invalid character " + quoteChar(c) + " looking for beginning of value");
            }
        };
    }

    private Map<String, Object> object() throws SyntaxError {
        Map<String, Object> out = new LinkedHashMap<>();
        pos++;
        skipSpace();
        if (peek() == '}') {
            pos++;
            return out;
        }
        while (true) {
            skipSpace();
            if (peek() != '"') {
                throw unexpected("looking for beginning of object key string");
            }
            String key = string();
            skipSpace();
            if (peek() != ':') {
                throw unexpected("after object key");
            }
            pos++;
            skipSpace();
            out.put(key, value());
            skipSpace();
            char c = peek();
            pos++;
            if (c == '}') {
                return out;
            }
            if (c != ',') {
                pos--;
                throw unexpected("after object key:value pair");
            }
        }
    }

    private List<Object> array() throws SyntaxError {
        List<Object> out = new ArrayList<>();
        pos++;
        skipSpace();
        if (peek() == ']') {
            pos++;
            return out;
        }
        while (true) {
            skipSpace();
            out.add(value());
            skipSpace();
            char c = peek();
            pos++;
            if (c == ']') {
                return out;
            }
            if (c != ',') {
                pos--;
                throw unexpected("after array element");
            }
        }
    }

    private String string() throws SyntaxError {
        StringBuilder out = new StringBuilder();
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                pos--;
                throw unexpected("in string literal");
            }
            if (c == '\\') {
                escape(out);
            } else {
                out.append(c);
            }
        }
        throw new SyntaxError("unexpected end of JSON input");
    }

    private void escape(StringBuilder out) throws SyntaxError {
        if (pos >= text.length()) {
            throw new SyntaxError("unexpected end of JSON input");
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
                    throw new SyntaxError("unexpected end of JSON input");
                }
                try {
                    out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                } catch (NumberFormatException ex) {
                    throw new SyntaxError("invalid character in \\u hexadecimal character escape");
                }
                pos += 4;
            }
            default -> {
                pos--;
                throw unexpected("in string escape code");
            }
        }
    }

    private Object literal(String word, Object value) throws SyntaxError {
        for (int i = 0; i < word.length(); i++) {
            if (pos >= text.length()) {
                throw new SyntaxError("unexpected end of JSON input");
            }
            if (text.charAt(pos) != word.charAt(i)) {
                throw unexpected("in literal " + word + " (expecting " + quoteChar(word.charAt(i)) + ")");
            }
            pos++;
        }
        return value;
    }

    private Double number() throws SyntaxError {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
        } else if (Character.isDigit(peek())) {
            digits();
        } else {
            throw pos >= text.length() ? new SyntaxError("unexpected end of JSON input") : unexpected("in numeric literal");
        }
        if (peek() == '.') {
            pos++;
            requireDigit();
            digits();
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            requireDigit();
            digits();
        }
        String literal = text.substring(start, pos);
        double d = Double.parseDouble(literal);
        if (Double.isInfinite(d)) {
            throw new SyntaxError("json: cannot unmarshal number " + literal + " into Go value of type float64");
        }
        return d;
    }

    private void requireDigit() throws SyntaxError {
        if (!Character.isDigit(peek())) {
            throw pos >= text.length() ? new SyntaxError("unexpected end of JSON input") : unexpected("in numeric literal");
        }
    }

    private void digits() {
        while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
            pos++;
        }
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipSpace() {
        while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
    }

    private SyntaxError unexpected(String context) {
        if (pos >= text.length()) {
            return new SyntaxError("unexpected end of JSON input");
        }
        return new SyntaxError("invalid character " + quoteChar(text.charAt(pos)) + " " + context);
    }

    private static String quoteChar(char c) {
        if (c == '\'') {
            return "'\\''";
        }
        if (c == '"') {
            return "'\"'";
        }
        return c < 0x20 ? String.format("'\\x%02x'", (int) c) : "'" + c + "'";
    }
}
