package dev.windlass.sandbox.http;

import com.sun.net.httpserver.HttpExchange;
import dev.windlass.model.tree.MapNode;
import dev.windlass.sandbox.api.ApiException;
import dev.windlass.sandbox.api.WireJson;
import dev.windlass.sandbox.discovery.DiscoveryDocuments;
import dev.windlass.sandbox.discovery.DiscoveryFormat;
import dev.windlass.sandbox.discovery.OpenApiDocuments;
import dev.windlass.sandbox.discovery.OpenApiV2;
import java.util.Optional;
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
    private final OpenApiDocuments openApi;

    MetaEndpoints(ResourceRegistry registry) {
        this.registry = registry;
        this.openApi = new OpenApiDocuments(registry);
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

    /** Discovery ({@code /api}, {@code /apis}, group and group-version documents) and OpenAPI v3. */
    void serve(HttpExchange exchange, String path) throws IOException {
        String clean = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        DiscoveryFormat format = DiscoveryFormat.fromAccept(exchange.getRequestHeaders().getFirst("Accept"));
        Optional<MapNode> body;
        if (clean.equals("/api")) {
            body = Optional.of(format == DiscoveryFormat.LEGACY ? DiscoveryDocuments.apiVersions(serverAddress(exchange))
                    : DiscoveryDocuments.aggregatedCore(registry, format));
        } else if (clean.equals("/apis")) {
            body = Optional.of(format == DiscoveryFormat.LEGACY ? DiscoveryDocuments.groupList(registry)
                    : DiscoveryDocuments.aggregatedGroups(registry, format));
        } else if (clean.equals("/openapi/v2")) {
            serveV2(exchange);
            return;
        } else if (clean.equals("/openapi/v3")) {
            body = Optional.of(openApi.index());
            format = DiscoveryFormat.LEGACY;
        } else if (clean.startsWith("/openapi/v3/")) {
            body = openApi.document(clean.substring("/openapi/v3/".length()));
            format = DiscoveryFormat.LEGACY;
        } else {
            body = groupDocuments(clean);
            format = DiscoveryFormat.LEGACY;
        }
        if (body.isEmpty()) {
            throw new ApiException(404, "NotFound", "the server could not find the requested resource " + path, null);
        }
        exchange.getResponseHeaders().set("Vary", "Accept");
        Responses.send(exchange, 200, WireJson.bytes(body.get()), format.contentType());
    }

    private static void serveV2(HttpExchange exchange) throws IOException {
        if (OpenApiV2.wantsProtobuf(exchange.getRequestHeaders().getFirst("Accept"))) {
            Responses.send(exchange, 200, OpenApiV2.protobuf(), OpenApiV2.PROTOBUF);
        } else {
            Responses.json(exchange, 200, OpenApiV2.json());
        }
    }

    /** {@code /api/v1}, {@code /apis/{group}} and {@code /apis/{group}/{version}}. */
    private Optional<MapNode> groupDocuments(String path) {
        String[] parts = path.substring(1).split("/");
        if (parts.length == 2 && parts[0].equals("api")) {
            return DiscoveryDocuments.resourceList(registry, "", parts[1]);
        }
        if (parts.length == 2 && parts[0].equals("apis")) {
            return DiscoveryDocuments.group(registry, parts[1]);
        }
        if (parts.length == 3 && parts[0].equals("apis")) {
            return DiscoveryDocuments.resourceList(registry, parts[1], parts[2]);
        }
        return Optional.empty();
    }

    private static String serverAddress(HttpExchange exchange) {
        var local = exchange.getLocalAddress();
        return local.getHostString() + ":" + local.getPort();
    }

    static MapNode version() {
        return MapNode.of("major", MAJOR, "minor", MINOR, "gitVersion", "v" + MAJOR + "." + MINOR + ".0-windlass",
                "gitCommit", "", "gitTreeState", "clean", "buildDate", "1970-01-01T00:00:00Z",
                "goVersion", "java" + Runtime.version().feature(), "compiler", "windlass",
                "platform", System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT) + "/"
                        + System.getProperty("os.arch"));
    }

}
