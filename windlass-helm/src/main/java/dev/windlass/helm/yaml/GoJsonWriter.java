package dev.windlass.helm.yaml;

import dev.windlass.gotemplate.GoObject;
import dev.windlass.gotemplate.GoValues;
import dev.windlass.gotemplate.GoNilList;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Go's {@code encoding/json.Marshal} of template values, as Helm's {@code toJson} prints them:
 * map keys sorted, HTML characters escaped, floats in JSON's shortest form, byte slices as base64.
 * Values json cannot encode (NaN, infinities, functions) fail with Go's message.
 */
public final class GoJsonWriter {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private GoJsonWriter() {
    }

    /** The JSON text of {@code value}; an {@link IllegalArgumentException} carries Go's error text. */
    public static String marshal(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null || value instanceof GoNilList) {
            out.append("null");
        } else if (value instanceof String s) {
            quote(s, out);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long
                || value instanceof Short || value instanceof Byte || value instanceof java.math.BigInteger) {
            out.append(value);
        } else if (value instanceof Double || value instanceof Float) {
            out.append(number(((Number) value).doubleValue()));
        } else if (value instanceof byte[] bytes) {
            out.append('"').append(Base64.getEncoder().encodeToString(bytes)).append('"');
        } else if (value instanceof Map<?, ?> map) {
            writeMap(map, out);
        } else if (value instanceof Collection<?> list) {
            writeList(list, out);
        } else if (value instanceof JsonMarshaler marshaler) {
            write(marshaler.jsonValue(), out);
        } else {
            throw new IllegalArgumentException("json: unsupported type: " + typeName(value));
        }
    }

    static String typeName(Object value) {
        return value instanceof GoObject ? GoValues.typeName(value) : value.getClass().getSimpleName();
    }

    /** JSON's text for a float64, failing for NaN and infinities as encoding/json does. */
    static String number(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            throw new IllegalArgumentException("json: unsupported value: " + GoFloatFormat.formatG(x));
        }
        return GoFloatFormat.formatJson(x);
    }

    private static void writeMap(Map<?, ?> map, StringBuilder out) {
        out.append('{');
        boolean first = true;
        for (String key : sortedKeys(map)) {
            if (!first) {
                out.append(',');
            }
            first = false;
            quote(key, out);
            out.append(':');
            write(map.get(key), out);
        }
        out.append('}');
    }

    /** The keys of a Go {@code map[string]…} in Go's byte order. */
    static List<String> sortedKeys(Map<?, ?> map) {
        List<String> keys = new ArrayList<>();
        for (Object key : map.keySet()) {
            keys.add(String.valueOf(key));
        }
        keys.sort(GoJsonWriter::compareBytes);
        return keys;
    }

    static int compareBytes(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static void writeList(Collection<?> list, StringBuilder out) {
        out.append('[');
        boolean first = true;
        for (Object item : list) {
            if (!first) {
                out.append(',');
            }
            first = false;
            write(item, out);
        }
        out.append(']');
    }

    private static void quote(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '<', '>', '&', '\u2028', '\u2029' -> unicodeEscape(c, out);
                default -> {
                    if (c < 0x20) {
                        unicodeEscape(c, out);
                    } else if (Character.isSurrogate(c) && !validSurrogatePair(s, i)) {
                        out.append("\\ufffd");
                    } else if (Character.isHighSurrogate(c)) {
                        out.append(c).append(s.charAt(++i));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean validSurrogatePair(String s, int i) {
        return Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }

    private static void unicodeEscape(char c, StringBuilder out) {
        out.append("\\u").append(HEX[(c >> 12) & 0xF]).append(HEX[(c >> 8) & 0xF]).append(HEX[(c >> 4) & 0xF])
                .append(HEX[c & 0xF]);
    }
}
