package dev.windlass.rego.builtins;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
  * Go's {@code net/url} query escaping: {@code QueryEscape} keeps {@code A-Za-z0-9-_.~} and
  * writes a space as {@code +}; {@code QueryUnescape} and {@code ParseQuery} fail with
  * {@code invalid URL escape "%zz"} and {@code invalid semicolon separator in query}.
  */
final class UrlQuery {
    private UrlQuery() {}

    static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (isUnreserved(c)) {
                out.append((char) c);
            } else if (c == ' ') {
                out.append('+');
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '_' || c == '.' || c == '~';
    }

    static String unescape(String s) throws EncodingCodecs.DecodeException {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '%') {
                if (i + 2 >= s.length() || !isHex(s.charAt(i + 1)) || !isHex(s.charAt(i + 2))) {
                    String bad = s.substring(i, Math.min(s.length(), i + 3));
                    throw new EncodingCodecs.DecodeException("invalid URL escape " + goQuote(bad));
                }
                i += 2;
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '%') {
                out.write(Character.digit(bytes[i + 1], 16) << 4 | Character.digit(bytes[i + 2], 16));
                i += 2;
            } else {
                out.write(bytes[i] == '+' ? ' ' : bytes[i]);
            }
        }
        return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static String goQuote(String s) {
        StringBuilder out = new StringBuilder();
        JsonText.quote(s, out);
        return out.toString();
    }

    /** {@code url.Values.Encode}: keys sorted, values in order. */
    static String encode(Map<String, List<String>> values) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, List<String>> e : new TreeMap<>(values).entrySet()) {
            for (String v : e.getValue()) {
                if (out.length() > 0) {
                    out.append('&');
                }
                out.append(escape(e.getKey())).append('=').append(escape(v));
            }
        }
        return out.toString();
    }

    /** {@code url.ParseQuery}; the first error wins but parsing goes on, as Go's does. */
    static Map<String, List<String>> parse(String query) throws EncodingCodecs.DecodeException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        EncodingCodecs.DecodeException first = null;
        for (String part : query.split("&", -1)) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.contains(";")) {
                first = first != null ? first
                        : new EncodingCodecs.DecodeException("invalid semicolon separator in query");
                continue;
            }
            int eq = part.indexOf('=');
            String key = eq < 0 ? part : part.substring(0, eq);
            String value = eq < 0 ? "" : part.substring(eq + 1);
            try {
                String k = unescape(key);
                String v = unescape(value);
                out.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
            } catch (EncodingCodecs.DecodeException e) {
                first = first != null ? first : e;
            }
        }
        if (first != null) {
            throw first;
        }
        return out;
    }
}
