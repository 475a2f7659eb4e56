package dev.windlass.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.windlass.controller.api.ApplicationOperations;
import dev.windlass.controller.api.OperationException;
import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.server.HttpExchanges.Refused;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The {@code /api/v1/applications} routes, mirroring Argo CD's REST API where it has one: list, get
 * (with {@code ?refresh=normal|hard}), delete ({@code ?cascade=}), {@code POST …/sync} and
 * {@code …/rollback}; plus Windlass' {@code GET …/diff} and {@code POST …/refresh}. Names are
 * {@code NAME} with an optional {@code ?appNamespace=}, or {@code NAMESPACE%2FNAME}.
 */
final class ApplicationRoutes implements HttpHandler {

    static final String PREFIX = "/api/v1/applications";
    private static final Logger LOG = Logger.getLogger(ApplicationRoutes.class.getName());
    private static final Pattern NAME = Pattern.compile("[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?");
    private static final Pattern NAMESPACE = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");

    private final ApplicationOperations operations;
    private final int maxRequestBytes;

    ApplicationRoutes(ApplicationOperations operations, int maxRequestBytes) {
        this.operations = operations;
        this.maxRequestBytes = maxRequestBytes;
    }

    /** One parsed request: method, the application's full name (empty for the collection), action and query. */
    private record Call(String method, String path, String name, String action, Map<String, String> query) {
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            try {
                Response response = route(exchange);
                HttpExchanges.sendJson(exchange, response.status(), response.body());
            } catch (Refused refused) {
                if (!refused.allow().isEmpty()) {
                    exchange.getResponseHeaders().set("Allow", refused.allow());
                }
                HttpExchanges.sendError(exchange, refused.error());
            } catch (OperationException e) {
                HttpExchanges.sendError(exchange, ApiError.of(e));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "API request " + exchange.getRequestMethod() + " "
                        + exchange.getRequestURI().getRawPath() + " failed", e);
                String detail = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
                HttpExchanges.sendError(exchange, ApiError.internal(ServerMessages.internal(detail)));
            }
        }
    }

    private record Response(int status, Node body) {
        static Response ok(Node body) {
            return new Response(200, body);
        }
    }

    private Response route(HttpExchange exchange) throws IOException, Refused, OperationException {
        Call call = parse(exchange);
        if (call.name().isEmpty()) {
            requireMethod(call, "GET");
            return Response.ok(ApiJson.applications(list(call.query().getOrDefault("appNamespace", ""))));
        }
        return switch (call.action()) {
            case "" -> application(call);
            case "diff" -> {
                requireMethod(call, "GET");
                yield Response.ok(ApiJson.items(operations.diff(call.name()).stream().map(ApiJson::difference).toList()));
            }
            case "sync" -> {
                requireMethod(call, "POST");
                MapNode body = jsonBody(exchange, "sync request");
                yield Response.ok(operations.sync(call.name(), parseBody(() -> ApiJson.syncRequestFrom(body))).content());
            }
            case "refresh" -> {
                requireMethod(call, "POST");
                yield Response.ok(operations.refresh(call.name()).content());
            }
            case "rollback" -> {
                requireMethod(call, "POST");
                MapNode body = jsonBody(exchange, "rollback request");
                yield Response.ok(operations.rollback(call.name(), parseBody(() -> ApiJson.rollbackIdFrom(body))).content());
            }
            default -> throw new Refused(ApiError.notFound(ServerMessages.noSuchPath(call.path())));
        };
    }

    /** {@code GET} (optionally refreshing first, as Argo CD's {@code ?refresh=}) and {@code DELETE} of one application. */
    private Response application(Call call) throws Refused, OperationException {
        if (call.method().equals("DELETE")) {
            String cascade = call.query().getOrDefault("cascade", "true");
            if (!cascade.equals("true") && !cascade.equals("false")) {
                throw new Refused(ApiError.badRequest(ServerMessages.badChoice("cascade", cascade, "true, false")));
            }
            operations.delete(call.name(), Boolean.parseBoolean(cascade));
            return Response.ok(MapNode.empty());
        }
        requireMethod(call, "GET, DELETE");
        String refresh = call.query().getOrDefault("refresh", "");
        KubeObject app = switch (refresh) {
            case "" -> operations.get(call.name())
                    .orElseThrow(() -> new OperationException(OperationException.Reason.NOT_FOUND,
                            ServerMessages.notFound(call.name())));
            case "normal", "hard" -> operations.refresh(call.name());
            default -> throw new Refused(ApiError.badRequest(ServerMessages.badChoice("refresh", refresh, "normal, hard")));
        };
        return Response.ok(app.content());
    }

    private List<KubeObject> list(String appNamespace) {
        List<KubeObject> all = operations.list();
        return appNamespace.isEmpty() ? all : all.stream().filter(a -> a.namespace().equals(appNamespace)).toList();
    }

    private static Call parse(HttpExchange exchange) throws Refused {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        Map<String, String> query = HttpExchanges.query(exchange);
        boolean collection = path.equals(PREFIX) || path.equals(PREFIX + "/");
        if (!collection && !path.startsWith(PREFIX + "/")) {
            throw new Refused(ApiError.notFound(ServerMessages.noSuchPath(path)));
        }
        String rest = collection ? "" : path.substring(PREFIX.length() + 1);
        if (rest.isEmpty()) {
            return new Call(method, path, "", "", query);
        }
        String[] segments = rest.split("/", -1);
        if (segments.length > 2) {
            throw new Refused(ApiError.notFound(ServerMessages.noSuchPath(path)));
        }
        String name = fullName(HttpExchanges.decode(segments[0], false), query.getOrDefault("appNamespace", ""));
        return new Call(method, path, name, segments.length == 2 ? segments[1] : "", query);
    }

    /** {@code NAMESPACE/NAME}, or {@code NAME} when no namespace is given; both parts checked. */
    static String fullName(String segment, String appNamespace) throws Refused {
        int slash = segment.indexOf('/');
        String name = slash < 0 ? segment : segment.substring(slash + 1);
        String namespace = slash < 0 ? appNamespace : segment.substring(0, slash);
        if (slash >= 0 && !appNamespace.isEmpty() && !appNamespace.equals(namespace)) {
            throw new Refused(ApiError.badRequest(ServerMessages.twoNamespaces(segment, appNamespace)));
        }
        if (!NAME.matcher(name).matches()) {
            throw new Refused(ApiError.badRequest(ServerMessages.badName("application name", name)));
        }
        if (!namespace.isEmpty() && !NAMESPACE.matcher(namespace).matches()) {
            throw new Refused(ApiError.badRequest(ServerMessages.badName("namespace", namespace)));
        }
        return namespace.isEmpty() ? name : namespace + "/" + name;
    }

    private static void requireMethod(Call call, String allowed) throws Refused {
        for (String method : allowed.split(", ")) {
            if (method.equals(call.method())) {
                return;
            }
        }
        throw new Refused(ApiError.methodNotAllowed(ServerMessages.methodNotAllowed(call.method(), call.path(), allowed)),
                allowed);
    }

    private MapNode jsonBody(HttpExchange exchange, String what) throws IOException, Refused {
        String text = HttpExchanges.body(exchange, maxRequestBytes);
        if (text.isBlank()) {
            return MapNode.empty();
        }
        return parseBody(() -> ApiJson.readObject(what, text, maxRequestBytes));
    }

    private interface BodyParser<T> {
        T parse() throws ApiJson.BadJson;
    }

    private static <T> T parseBody(BodyParser<T> parser) throws Refused {
        try {
            return parser.parse();
        } catch (ApiJson.BadJson e) {
            throw new Refused(ApiError.badRequest(e.getMessage()));
        }
    }
}
