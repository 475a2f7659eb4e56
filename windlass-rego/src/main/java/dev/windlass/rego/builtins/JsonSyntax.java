package dev.windlass.rego.builtins;

import java.nio.charset.StandardCharsets;

/**
  * Go's JSON syntax errors for {@code json.unmarshal} (OPA decodes with a {@code json.Decoder}
  * and then looks for a further token): {@code EOF}, {@code unexpected EOF},
  * {@code invalid character 'x' looking for beginning of value} and the scanner's other texts,
  * and {@code error: invalid character '2' after top-level value} for a second value.
  */
final class JsonSyntax {
    private final byte[] s;
    private int i;

    /** A syntax error with Go's message. */
    static final class SyntaxException extends Exception {
        private static final long serialVersionUID = 1L;

        SyntaxException(String message) {
            super(message);
        }
    }

    private JsonSyntax(String text) {
        this.s = text.getBytes(StandardCharsets.UTF_8);
    }

    /** Throws Go's error when {@code text} is not one JSON value (plus whitespace). */
    static void check(String text) throws SyntaxException {
        JsonSyntax scanner = new JsonSyntax(text);
        scanner.skipSpace();
        if (scanner.i == scanner.s.length) {
            throw new SyntaxException("EOF");
        }
        scanner.value();
        scanner.trailing();
    }

    private void trailing() throws SyntaxException {
        if (i < s.length && !isSpace(s[i]) && lastWasScalar) {
            throw error(s[i] & 0xff, "after top-level value");
        }
        skipSpace();
        if (i == s.length) {
            return;
        }
        int start = i;
        int c = s[i] & 0xff;
        String token;
        if (c == '{' || c == '[') {
            token = String.valueOf((char) c);
        } else if (c == '}' || c == ']' || c == ',' || c == ':') {
            throw error(c, "looking for beginning of value");
        } else if (c == 'n' && startsWith("null")) {
            return;
        } else {
            value();
            String text = new String(s, start, i - start, StandardCharsets.UTF_8);
            token = c == '"' ? text.substring(1, text.length() - 1)
                    : c == 't' || c == 'f' ? "%!s(bool=" + text + ")" : text;
        }
        throw new SyntaxException("error: invalid character '" + token + "' after top-level value");
    }

    private boolean lastWasScalar;

    private void value() throws SyntaxException {
        skipSpace();
        if (i == s.length) {
            throw new SyntaxException("unexpected EOF");
        }
        int c = s[i] & 0xff;
        lastWasScalar = c != '{' && c != '[';
        if (c == '{') {
            i++;
            object();
        } else if (c == '[') {
            i++;
            array();
        } else if (c == '"') {
            string();
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            number();
        } else if (c == 't' || c == 'f' || c == 'n') {
            literal(c == 't' ? "true" : c == 'f' ? "false" : "null");
        } else {
            throw error(c, "looking for beginning of value");
        }
    }

    private void object() throws SyntaxException {
        skipSpace();
        if (peek() == '}') {
            i++;
            return;
        }
        while (true) {
            skipSpace();
            int c = next();
            if (c != '"') {
                throw error(c, "looking for beginning of object key string");
            }
            i--;
            string();
            skipSpace();
            c = next();
            if (c != ':') {
                throw error(c, "after object key");
            }
            value();
            skipSpace();
            c = next();
            if (c == '}') {
                return;
            }
            if (c != ',') {
                throw error(c, "after object key:value pair");
            }
        }
    }

    private void array() throws SyntaxException {
        skipSpace();
        if (peek() == ']') {
            i++;
            return;
        }
        while (true) {
            value();
            skipSpace();
            int c = next();
            if (c == ']') {
                return;
            }
            if (c != ',') {
                throw error(c, "after array element");
            }
        }
    }

    private void string() throws SyntaxException {
        i++;
        while (true) {
            int c = next();
            if (c == '"') {
                return;
            }
            if (c == '\\') {
                escape();
            } else if (c < 0x20) {
                throw error(c, "in string literal");
            }
        }
    }

    private void escape() throws SyntaxException {
        int c = next();
        if ("bfnrt\\/\"".indexOf(c) >= 0) {
            return;
        }
        if (c != 'u') {
            throw error(c, "in string escape code");
        }
        for (int k = 0; k < 4; k++) {
            int h = next();
            if (Character.digit(h, 16) < 0) {
                throw error(h, "in \\u hexadecimal character escape");
            }
        }
    }

    private void number() throws SyntaxException {
        if (peek() == '-') {
            i++;
            int c = next();
            if (c < '0' || c > '9') {
                throw error(c, "in numeric literal");
            }
            i--;
        }
        if (next() != '0') {
            digits();
        }
        if (i < s.length && s[i] == '.') {
            i++;
            int c = next();
            if (c < '0' || c > '9') {
                throw error(c, "after decimal point in numeric literal");
            }
            digits();
        }
        if (i < s.length && (s[i] == 'e' || s[i] == 'E')) {
            i++;
            int c = next();
            if (c == '+' || c == '-') {
                c = next();
            }
            if (c < '0' || c > '9') {
                throw error(c, "in exponent of numeric literal");
            }
            digits();
        }
    }

    private void digits() {
        while (i < s.length && s[i] >= '0' && s[i] <= '9') {
            i++;
        }
    }

    private void literal(String word) throws SyntaxException {
        i++;
        for (int k = 1; k < word.length(); k++) {
            int c = next();
            if (c != word.charAt(k)) {
                throw error(c, "in literal " + word + " (expecting '" + word.charAt(k) + "')");
            }
        }
    }

    private boolean startsWith(String word) {
        return new String(s, i, Math.min(word.length(), s.length - i), StandardCharsets.UTF_8).equals(word);
    }

    private int peek() {
        return i < s.length ? s[i] & 0xff : -1;
    }

    /** The next byte; running out of input mid-value is Go's {@code unexpected EOF}. */
    private int next() throws SyntaxException {
        if (i == s.length) {
            throw new SyntaxException("unexpected EOF");
        }
        return s[i++] & 0xff;
    }

    private void skipSpace() {
        while (i < s.length && isSpace(s[i])) {
            i++;
        }
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }

    private static SyntaxException error(int c, String context) {
        return new SyntaxException("invalid character " + quoteChar(c) + " " + context);
    }

    /** Go's quoteChar: the byte as a rune, quoted like strconv.Quote without its double quotes. */
    private static String quoteChar(int c) {
        if (c == '\'') {
            return "'\\''";
        }
        if (c == '"') {
            return "'\"'";
        }
        String q = ExtCalls.goQuote(String.valueOf((char) c));
        String inner = q.substring(1, q.length() - 1);
        if (c >= 0x80 && (c < 0xa1 || c == 0xad)) {
            inner = String.format("\\u%04x", c);
        }
        return "'" + inner + "'";
    }
}
