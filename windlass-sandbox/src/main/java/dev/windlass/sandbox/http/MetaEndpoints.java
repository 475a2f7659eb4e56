package dev.windlass.sandbox.http;

import com.sun.net.httpserver.HttpExchange;
import dev.windlass.model.tree.MapNode;
import dev.windlass.sandbox.api.ApiException;
import dev.windlass.sandbox.resource.ResourceRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/** Health, version, discovery and OpenAPI: everything that is not a resource. */
final class MetaEndpoints {

    /** The Kubernetes version the sandbox's API surface follows. */
    static final String MAJOR = "1";
    static final String MINOR = "31";

    private static final Set<String> PUBLIC = Set.of("/healthz", "/readyz", "/livez", "/version");

    private final ResourceRegistry registry;

    MetaEndpoints(ResourceRegistry registry) {
        this.registry = registry;
    }

    boolean servesPublic(String path) {
        return PUBLIC.contains(path) || path.startsWith("/healthz/") || path.startsWith("/readyz/")
                || path.startsWith("/livez/");
    }

    void servePublic(HttpExchange exchange, String path, boolean ready) throws IOException {
        if (path.equals("/version")) {
            Responses.json(exchange, 200, version());
            return;
        }
        boolean ok = !path.startsWith("/readyz") || ready;
        byte[] body = (ok ? "ok" : "not ready: the sandbox is starting or stopping").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(ok ? 200 : 503, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    void serve(HttpExchange exchange, String path) throws IOException {
        throw new ApiException(404, "NotFound", "the server could not find the requested resource " + path, null);
    }

    static MapNode version() {
        return MapNode.of("major", MAJOR, "minor", MINOR, "gitVersion", "v" + MAJOR + "." + MINOR + ".0-windlass",
                "gitCommit", "", "gitTreeState", "clean", "buildDate", "1970-01-01T00:00:00Z",
                "goVersion", "java" + Runtime.version().feature(), "compiler", "windlass",
                "platform", System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT) + "/"
                        + System.getProperty("os.arch"));
    }

    ResourceRegistry registry() {
        return registry;
    }
}
