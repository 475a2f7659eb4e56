package dev.windlass.gotemplate.sprig;

import dev.windlass.gotemplate.GoFmt;
import dev.windlass.gotemplate.GoFunctionException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A JSON reader with encoding/json's error messages ({@code invalid character 'x' looking for ...}). */
final class SprigJsonReader {

    private final byte[] in;
    private int pos;

    SprigJsonReader(byte[] in) {
        this.in = in;
    }

    Object readTop() throws GoFunctionException {
        skipSpace();
        Object v = value("looking for beginning of value");
        skipSpace();
        if (pos < in.length) {
            throw invalid("after top-level value");
        }
        return v;
    }

    private GoFunctionException invalid(String context) {
        if (pos >= in.length) {
            return new GoFunctionException("unexpected end of JSON input");
        }
        int c = in[pos] & 0xFF;
        return new GoFunctionException("invalid character " + quoteChar(c) + " " + context);
    }

    private static String quoteChar(int c) {
        if (c == '\'') {
            return "'\\''";
        }
        if (c == '"') {
            return "'\"'";
        }
        String q = c < 0x80 ? GoFmt.quote(String.valueOf((char) c)) : "\"\\x" + Integer.toHexString(c) + "\"";
        return "'" + q.substring(1, q.length() - 1) + "'";
    }

    private void skipSpace() {
        while (pos < in.length && (in[pos] == ' ' || in[pos] == '\t' || in[pos] == '\n' || in[pos] == '\r')) {
            pos++;
        }
    }

    private Object value(String context) throws GoFunctionException {
        if (pos >= in.length) {
            throw new GoFunctionException("unexpected end of JSON input");
        }
        byte c = in[pos];
        switch (c) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
                return string();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", null);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw invalid(context);
        }
    }

    private Object literal(String word, Object result) throws GoFunctionException {
        for (int i = 0; i < word.length(); i++) {
            if (pos >= in.length) {
                throw new GoFunctionException("unexpected end of JSON input");
            }
            if (in[pos] != word.charAt(i)) {
                throw invalid("in literal " + word + " (expecting '" + word.charAt(i) + "')");
            }
            pos++;
        }
        return result;
    }

    private Object number() throws GoFunctionException {
        int start = pos;
        if (in[pos] == '-') {
            pos++;
        }
        if (pos >= in.length) {
            throw new GoFunctionException("unexpected end of JSON input");
        }
        if (in[pos] == '0') {
            pos++;
        } else if (in[pos] >= '1' && in[pos] <= '9') {
            digits();
        } else {
            throw invalid("in numeric literal");
        }
        if (pos < in.length && in[pos] == '.') {
            pos++;
            requireDigit();
            digits();
        }
        if (pos < in.length && (in[pos] == 'e' || in[pos] == 'E')) {
            pos++;
            if (pos < in.length && (in[pos] == '+' || in[pos] == '-')) {
                pos++;
            }
            requireDigit();
            digits();
        }
        String text = new String(in, start, pos - start, StandardCharsets.US_ASCII);
        double d = Double.parseDouble(text);
        if (Double.isInfinite(d)) {
            throw new GoFunctionException("json: cannot unmarshal number " + text + " into Go value of type float64");
        }
        return d;
    }

    private void requireDigit() throws GoFunctionException {
        if (pos >= in.length) {
            throw new GoFunctionException("unexpected end of JSON input");
        }
        if (in[pos] < '0' || in[pos] > '9') {
            throw invalid("in numeric literal");
        }
    }

    private void digits() {
        while (pos < in.length && in[pos] >= '0' && in[pos] <= '9') {
            pos++;
        }
    }

    private String string() throws GoFunctionException {
        pos++;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            if (pos >= in.length) {
                throw new GoFunctionException("unexpected end of JSON input");
            }
            int c = in[pos] & 0xFF;
            if (c == '"') {
                pos++;
                return new String(out.toByteArray(), StandardCharsets.UTF_8);
            }
            if (c < 0x20) {
                throw invalid("in string literal");
            }
            if (c == '\\') {
                escape(out);
            } else {
                out.write(c);
                pos++;
            }
        }
    }

    private void escape(ByteArrayOutputStream out) throws GoFunctionException {
        pos++;
        if (pos >= in.length) {
            throw new GoFunctionException("unexpected end of JSON input");
        }
        char e = (char) in[pos];
        String simple = switch (e) {
            case '"' -> "\"";
            case '\\' -> "\\";
            case '/' -> "/";
            case 'b' -> "\b";
            case 'f' -> "\f";
            case 'n' -> "\n";
            case 'r' -> "\r";
            case 't' -> "\t";
            default -> null;
        };
        if (simple != null) {
            out.writeBytes(simple.getBytes(StandardCharsets.UTF_8));
            pos++;
            return;
        }
        if (e != 'u') {
            throw invalid("in string escape code");
        }
        pos++;
        int cp = hex4();
        if (Character.isHighSurrogate((char) cp) && pos + 1 < in.length && in[pos] == '\\' && in[pos + 1] == 'u') {
            int save = pos;
            pos += 2;
            int low = hex4();
            if (Character.isLowSurrogate((char) low)) {
                cp = Character.toCodePoint((char) cp, (char) low);
            } else {
                pos = save;
            }
        }
        if (cp >= 0xD800 && cp <= 0xDFFF) {
            cp = 0xFFFD;
        }
        out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
    }

    private int hex4() throws GoFunctionException {
        int v = 0;
        for (int i = 0; i < 4; i++) {
            if (pos >= in.length) {
                throw new GoFunctionException("unexpected end of JSON input");
            }
            int d = Character.digit(in[pos], 16);
            if (d < 0) {
                throw invalid("in \\u hexadecimal character escape");
            }
            v = v * 16 + d;
            pos++;
        }
        return v;
    }

    private Object object() throws GoFunctionException {
        pos++;
        Map<String, Object> out = new LinkedHashMap<>();
        skipSpace();
        if (pos < in.length && in[pos] == '}') {
            pos++;
            return out;
        }
        while (true) {
            skipSpace();
            if (pos >= in.length || in[pos] != '"') {
                throw invalid("looking for beginning of object key string");
            }
            String key = string();
            skipSpace();
            if (pos >= in.length || in[pos] != ':') {
                throw invalid("after object key");
            }
            pos++;
            skipSpace();
            out.put(key, value("looking for beginning of value"));
            skipSpace();
            if (pos < in.length && in[pos] == ',') {
                pos++;
                continue;
            }
            if (pos < in.length && in[pos] == '}') {
                pos++;
                return out;
            }
            throw invalid("after object key:value pair");
        }
    }

    private Object array() throws GoFunctionException {
        pos++;
        List<Object> out = new ArrayList<>();
        skipSpace();
        if (pos < in.length && in[pos] == ']') {
            pos++;
            return out;
        }
        while (true) {
            skipSpace();
            out.add(value("looking for beginning of value"));
            skipSpace();
            if (pos < in.length && in[pos] == ',') {
                pos++;
                continue;
            }
            if (pos < in.length && in[pos] == ']') {
                pos++;
                return out;
            }
            throw invalid("after array element");
        }
    }
}
