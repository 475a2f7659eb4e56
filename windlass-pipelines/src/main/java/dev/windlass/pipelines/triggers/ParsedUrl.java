package dev.windlass.pipelines.triggers;

import dev.cel.runtime.CelEvaluationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code parseURL()}: a URL as the map Tekton builds from Go's {@code url.URL}. */
final class ParsedUrl {

    private ParsedUrl() {
    }

    static Object toCel(String text) throws CelEvaluationException {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new CelEvaluationException("failed to decode '" + text + "' in parseURL: " + e.getMessage());
        }
        String rawQuery = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        Map<String, List<String>> queryStrings = query(rawQuery);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("scheme", nz(uri.getScheme()));
        out.put("host", uri.getRawAuthority() == null ? "" : hostPort(uri));
        out.put("path", nz(uri.getPath()));
        out.put("rawQuery", rawQuery);
        out.put("fragment", nz(uri.getFragment()));
        out.put("queryStrings", queryStrings);
        Map<String, Object> flat = new LinkedHashMap<>();
        queryStrings.forEach((k, v) -> flat.put(k, String.join(",", v)));
        out.put("query", flat);
        if (uri.getRawUserInfo() != null) {
            String[] user = uri.getUserInfo().split(":", 2);
            out.put("auth", Map.of("username", user[0], "password", user.length > 1 ? user[1] : ""));
        }
        return out;
    }

    private static String hostPort(URI uri) {
        return uri.getPort() < 0 ? nz(uri.getHost()) : nz(uri.getHost()) + ":" + uri.getPort();
    }

    private static Map<String, List<String>> query(String raw) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("[&]")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            out.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return out;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
