package dev.windlass.kube;

import dev.windlass.engine.cluster.ClusterException;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.http.HttpClient;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Plain REST calls on fabric8's HTTP client (authentication, TLS and retries configured by fabric8),
 * with bodies as node trees: one method per verb the adapter needs, unsuccessful answers mapped to
 * {@link ClusterException}.
 */
final class ApiClient {

    static final String JSON = "application/json";
    static final String APPLY_PATCH = "application/apply-patch+yaml";
    static final String MERGE_PATCH = "application/merge-patch+json";

    /** One answer: its HTTP code and parsed body (an empty map when there is none). */
    record Answer(int code, MapNode body) {
        boolean ok() {
            return code >= 200 && code < 300;
        }
    }

    private final HttpClient http;
    private final String base;
    private final long timeoutMillis;

    ApiClient(HttpClient http, Config config) {
        this.http = http;
        String url = config.getMasterUrl();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.timeoutMillis = config.getRequestTimeout();
    }

    /** {@code path} with the query parameters whose value is not null, URL-encoded. */
    static String query(String path, Map<String, String> parameters) {
        StringJoiner joined = new StringJoiner("&");
        parameters.forEach((key, value) -> {
            if (value != null) {
                joined.add(key + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return joined.length() == 0 ? path : path + "?" + joined;
    }

    /** A small ordered parameter map: {@code params("a", "1", "b", null)}. */
    static Map<String, String> params(String... keysAndValues) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            out.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }

    /** Sends one request and returns the answer whatever its code; only transport failures throw. */
    Answer send(String verb, ObjectRef ref, String method, String path, String contentType, Node body,
            String accept) throws ClusterException {
        HttpRequest.Builder request = http.newHttpRequestBuilder().uri(base + path)
                .header("Accept", accept == null ? JSON : accept);
        if (body != null) {
            request.method(method, contentType, JsonBodies.write(body));
        } else {
            request.method(method, null, null);
        }
        if (timeoutMillis > 0) {
            request.timeout(timeoutMillis, TimeUnit.MILLISECONDS);
        }
        try {
            HttpResponse<byte[]> response = http.sendAsync(request.build(), byte[].class).get();
            MapNode parsed = JsonBodies.readMap(response.body());
            if (parsed.isEmpty() && response.body() != null && response.body().length > 0 && response.isSuccessful()) {
                throw KubeMessages.notAnObject(verb, ref);
            }
            return new Answer(response.code(), parsed);
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause() == null ? failed : failed.getCause();
            throw KubeMessages.unreachable(verb, ref, cause);
        } catch (InterruptedException interrupted) {
            throw KubeMessages.interrupted(verb, ref, interrupted);
        }
    }

    /** Sends one request and returns the body of a successful answer; anything else throws. */
    MapNode call(String verb, ObjectRef ref, String method, String path, String contentType, Node body)
            throws ClusterException {
        Answer answer = send(verb, ref, method, path, contentType, body, null);
        if (!answer.ok()) {
            throw Failures.fromStatus(verb, ref, answer.code(), answer.body());
        }
        return answer.body();
    }
}
