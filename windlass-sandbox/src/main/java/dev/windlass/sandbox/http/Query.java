package dev.windlass.sandbox.http;

import dev.windlass.sandbox.api.ApiException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** A request's query parameters, decoded; the last value of a repeated parameter wins. */
final class Query {

    private final Map<String, String> values;

    private Query(Map<String, String> values) {
        this.values = values;
    }

    static Query parse(String rawQuery) {
        Map<String, String> values = new HashMap<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String key = decode(eq < 0 ? pair : pair.substring(0, eq));
                values.put(key, eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        return new Query(values);
    }

    String get(String name) {
        return values.get(name);
    }

    boolean flag(String name) {
        String value = values.get(name);
        return value != null && (value.equals("true") || value.equals("1") || value.isEmpty());
    }

    long number(String name, long fallback) {
        String value = values.get(name);
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + ": Invalid value: \"" + value + "\": must be an integer");
        }
    }

    /** {@code dryRun=All}; any other value is refused as the real server does. */
    boolean dryRun() {
        String value = values.get("dryRun");
        if (value == null || value.isEmpty()) {
            return false;
        }
        if (!value.equals("All")) {
            throw ApiException.badRequest("dryRun: Unsupported value: \"" + value + "\": supported values: \"All\"");
        }
        return true;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
