package dev.windlass.server.triggers;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.windlass.pipelines.triggers.Event;
import dev.windlass.pipelines.triggers.EventListenerHandler;
import dev.windlass.pipelines.triggers.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One EventListener over HTTP: POST only (405), body read as bytes up to the limit (413 above), the
 * listener's token bucket (429 with {@code Retry-After}), then the handler's status and JSON.
 */
final class ListenerRoute {

    private final EventListenerHandler handler;
    private final TokenBucket bucket;
    private final long maxBody;
    private final Consumer<String> log;

    ListenerRoute(EventListenerHandler handler, TokenBucket bucket, long maxBody, Consumer<String> log) {
        this.handler = handler;
        this.bucket = bucket;
        this.maxBody = maxBody;
        this.log = log;
    }

    EventListenerHandler handler() {
        return handler;
    }

    void serve(HttpExchange exchange) throws IOException {
        String id = handler.listener().id();
        if (!exchange.getRequestMethod().equals("POST")) {
            exchange.getResponseHeaders().set("Allow", "POST");
            send(exchange, 405, "{\"errorMessage\":\"EventListener " + id + " accepts POST only\"}\n");
            return;
        }
        long declared = length(exchange);
        byte[] body = declared > maxBody ? null : read(exchange.getRequestBody());
        if (body == null) {
            log.accept(id + ": 413 body larger than " + maxBody + " bytes refused");
            send(exchange, 413, "{\"errorMessage\":\"the body is larger than " + maxBody + " bytes\"}\n");
            return;
        }
        long wait = bucket.take();
        if (wait > 0) {
            long seconds = Math.max(1, (wait + 999_999_999L) / 1_000_000_000L);
            exchange.getResponseHeaders().set("Retry-After", Long.toString(seconds));
            log.accept(id + ": 429 rate limit reached");
            send(exchange, 429, "{\"errorMessage\":\"too many events for EventListener " + id + "; retry later\"}\n");
            return;
        }
        Response response = handler.handle(new Event("POST", exchange.getRequestURI().toString(), headers(exchange), body));
        log.accept(TriggerLog.describe(handler.listener(), response));
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        send(exchange, response.status(), response.json());
    }

    private static long length(HttpExchange exchange) {
        try {
            String value = exchange.getRequestHeaders().getFirst("Content-Length");
            return value == null ? -1 : Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The body, or null when it is longer than the limit. */
    private byte[] read(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
            if (total > maxBody) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static Map<String, List<String>> headers(HttpExchange exchange) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }

    static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    /** Routes requests to listeners by path. */
    static final class Router implements HttpHandler {
        private final Map<String, ListenerRoute> routes;
        private final ListenerRoute single;

        Router(Map<String, ListenerRoute> routes, ListenerRoute single) {
            this.routes = Map.copyOf(routes);
            this.single = single;
        }

        @Override
        public void handle(HttpExchange exchange) throws IOException {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                String key = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
                ListenerRoute route = routes.get(key);
                if (route == null) {
                    route = single;
                }
                if (route == null) {
                    send(exchange, 404, "{\"errorMessage\":\"no EventListener at " + path.replace("\"", "")
                            + "; POST to /<namespace>/<name>\"}\n");
                    return;
                }
                route.serve(exchange);
            }
        }
    }
}
