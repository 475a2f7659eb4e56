package dev.windlass.sandbox.http;

import com.sun.net.httpserver.HttpExchange;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.api.ApiException;
import dev.windlass.sandbox.api.WireJson;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/** Writes JSON responses and {@code Status} bodies the way kube-apiserver does. */
final class Responses {

    private Responses() {
    }

    static void json(HttpExchange exchange, int code, Node body) throws IOException {
        send(exchange, code, WireJson.bytes(body));
    }

    static void send(HttpExchange exchange, int code, byte[] body) throws IOException {
        send(exchange, code, body, "application/json");
    }

    static void send(HttpExchange exchange, int code, byte[] body, String contentType) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-cache, private");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(code, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    static void failure(HttpExchange exchange, ApiException error) throws IOException {
        if (error.retryAfterSeconds() > 0) {
            exchange.getResponseHeaders().set("Retry-After", Integer.toString(error.retryAfterSeconds()));
        }
        json(exchange, error.code(), status(error));
    }

    /** The {@code Status} body of a failure. */
    static MapNode status(ApiException error) {
        MapNode.Builder status = MapNode.builder()
                .put("kind", Node.of("Status"))
                .put("apiVersion", Node.of("v1"))
                .put("metadata", MapNode.empty())
                .put("status", Node.of("Failure"))
                .put("message", Node.of(error.getMessage()))
                .put("reason", Node.of(error.reason()));
        if (error.details() != null) {
            status.put("details", details(error.details()));
        }
        status.put("code", Node.of((long) error.code()));
        return status.build();
    }

    /** A {@code Status} of success, as a delete of an object without finalizers returns. */
    static MapNode success(String name, String group, String plural, String uid) {
        MapNode.Builder details = MapNode.builder().put("name", Node.of(name));
        if (!group.isEmpty()) {
            details.put("group", Node.of(group));
        }
        details.put("kind", Node.of(plural)).put("uid", Node.of(uid));
        return MapNode.builder().put("kind", Node.of("Status")).put("apiVersion", Node.of("v1"))
                .put("metadata", MapNode.empty()).put("status", Node.of("Success"))
                .put("details", details.build()).build();
    }

    private static MapNode details(ApiException.Details details) {
        MapNode.Builder out = MapNode.builder();
        if (details.name() != null && !details.name().isEmpty()) {
            out.put("name", Node.of(details.name()));
        }
        if (details.group() != null && !details.group().isEmpty()) {
            out.put("group", Node.of(details.group()));
        }
        if (details.kind() != null && !details.kind().isEmpty()) {
            out.put("kind", Node.of(details.kind()));
        }
        if (!details.causes().isEmpty()) {
            List<Node> causes = new ArrayList<>();
            for (ApiException.Cause cause : details.causes()) {
                causes.add(MapNode.of("reason", cause.reason(), "message", cause.message(), "field", cause.field()));
            }
            out.put("causes", new ListNode(causes));
        }
        return out.build();
    }
}
