package dev.windlass.gotemplate.sprig;

import dev.windlass.gotemplate.GoFunctionException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** net/url's Parse and URL.String as Sprig's urlParse and urlJoin use them. */
final class SprigUrl {

    private static final String HEX = "0123456789ABCDEF";

    private SprigUrl() {
    }

    static Map<String, Object> parse(String raw) throws GoFunctionException {
        String rest = raw;
        String fragment = "";
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            fragment = unescape(rest.substring(hash + 1), raw);
            rest = rest.substring(0, hash);
        }
        String scheme = "";
        int colon = rest.indexOf(':');
        if (colon > 0 && rest.substring(0, colon).matches("[A-Za-z][A-Za-z0-9+.-]*")) {
            scheme = rest.substring(0, colon).toLowerCase();
            rest = rest.substring(colon + 1);
        } else if (colon == 0) {
            throw new GoFunctionException("unable to parse url: parse \"" + raw + "\": missing protocol scheme");
        }
        String query = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        String opaque = "";
        String user = "";
        String host = "";
        if (!scheme.isEmpty() && !rest.startsWith("/")) {
            opaque = rest;
            rest = "";
        } else if (rest.startsWith("//")) {
            String authority = rest.substring(2);
            int slash = authority.indexOf('/');
            rest = slash >= 0 ? authority.substring(slash) : "";
            authority = slash >= 0 ? authority.substring(0, slash) : authority;
            int at = authority.lastIndexOf('@');
            if (at >= 0) {
                user = authority.substring(0, at);
                authority = authority.substring(at + 1);
            }
            host = authority;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("scheme", scheme);
        out.put("host", host);
        out.put("hostname", hostname(host));
        out.put("path", unescape(rest, raw));
        out.put("query", query);
        out.put("opaque", opaque);
        out.put("fragment", fragment);
        out.put("userinfo", user);
        return out;
    }

    private static String hostname(String host) {
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end > 0 ? host.substring(1, end) : host.substring(1);
        }
        int colon = host.lastIndexOf(':');
        return colon >= 0 ? host.substring(0, colon) : host;
    }

    private static String unescape(String s, String raw) throws GoFunctionException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '%') {
                if (i + 2 >= b.length || Character.digit(b[i + 1], 16) < 0 || Character.digit(b[i + 2], 16) < 0) {
                    String bad = new String(b, i, Math.min(3, b.length - i), StandardCharsets.UTF_8);
                    throw new GoFunctionException("unable to parse url: parse \"" + raw + "\": invalid URL escape \""
                            + bad + "\"");
                }
                out.write(Character.digit(b[i + 1], 16) * 16 + Character.digit(b[i + 2], 16));
                i += 2;
            } else {
                out.write(b[i]);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String field(Map<String, Object> d, String key) throws GoFunctionException {
        if (!d.containsKey(key)) {
            return "";
        }
        Object v = d.get(key);
        if (!(v instanceof String s)) {
            throw new GoFunctionException("unable to parse " + key + " key, must be of type string, but "
                    + SprigConvert.kind(v) + " found");
        }
        return s;
    }

    static String join(Map<String, Object> d) throws GoFunctionException {
        String scheme = field(d, "scheme");
        String host = field(d, "host");
        String path = field(d, "path");
        String query = field(d, "query");
        String opaque = field(d, "opaque");
        String fragment = field(d, "fragment");
        String user = field(d, "userinfo");
        StringBuilder out = new StringBuilder();
        if (!scheme.isEmpty()) {
            out.append(scheme).append(':');
        }
        if (!opaque.isEmpty()) {
            out.append(opaque);
        } else {
            if (!scheme.isEmpty() || !host.isEmpty() || !user.isEmpty()) {
                if (!host.isEmpty() || !path.isEmpty() || !user.isEmpty()) {
                    out.append("//");
                }
                if (!user.isEmpty()) {
                    out.append(user).append('@');
                }
                out.append(host);
            }
            String escaped = escape(path, "$&+,/:;=@");
            if (!escaped.isEmpty() && escaped.charAt(0) != '/' && !host.isEmpty()) {
                out.append('/');
            }
            if (out.length() == 0 && escaped.split("/", 2)[0].contains(":")) {
                out.append("./");
            }
            out.append(escaped);
        }
        if (!query.isEmpty()) {
            out.append('?').append(query);
        }
        if (!fragment.isEmpty()) {
            out.append('#').append(escape(fragment, "$&+,/:;=@!()*?"));
        }
        return out.toString();
    }

    private static String escape(String s, String allowed) {
        StringBuilder out = new StringBuilder();
        for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-_.~".indexOf(c) >= 0
                    || (c < 128 && allowed.indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 15));
            }
        }
        return out.toString();
    }
}
