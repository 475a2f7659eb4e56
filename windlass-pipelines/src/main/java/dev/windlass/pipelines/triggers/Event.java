package dev.windlass.pipelines.triggers;

import java.util.List;
import java.util.Map;

/**
 * One HTTP request to an EventListener: method, request target (path and query, Tekton's
 * {@code requestURL}), headers (any case) and the raw body bytes (signatures are over these bytes).
 */
public record Event(String method, String target, Map<String, List<String>> headers, byte[] body) {

    public Event {
        headers = Map.copyOf(headers);
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** A POST with a JSON body and single-valued headers: the shape of a webhook delivery. */
    public static Event post(String target, Map<String, String> headers, byte[] body) {
        Map<String, List<String>> multi = new java.util.LinkedHashMap<>();
        headers.forEach((k, v) -> multi.put(k, List.of(v)));
        return new Event("POST", target, multi, body);
    }
}
