package dev.windlass.sandbox.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.windlass.model.tree.MapNode;
import dev.windlass.sandbox.api.ApiException;
import dev.windlass.sandbox.api.ObjectService;
import dev.windlass.sandbox.resource.ApiResource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The root handler: public health endpoints, bearer-token authentication, fault injection,
 * discovery, then resource requests. Every refusal is a {@code Status} body.
 */
final class ApiHandler implements HttpHandler {

    private static final Logger LOG = Logger.getLogger(ApiHandler.class.getName());

    private final ObjectService service;
    private final ResourceHandler resources;
    private final MetaEndpoints meta;
    private final AdminEndpoints admin;
    private final Authenticator authenticator;
    private final RequestGate gate;
    private final BooleanSupplier ready;

    ApiHandler(ObjectService service, Watches watches, Authenticator authenticator, RequestGate gate,
               BooleanSupplier ready) {
        this.service = service;
        this.resources = new ResourceHandler(service, watches);
        this.meta = new MetaEndpoints(service.registry());
        this.admin = new AdminEndpoints(gate.faults());
        this.authenticator = authenticator;
        this.gate = gate;
        this.ready = ready;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            route(exchange);
        } catch (ApiException e) {
            Responses.failure(exchange, e);
        } catch (UncheckedIOException e) {
            exchange.close();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "request failed: " + exchange.getRequestMethod() + " " + exchange.getRequestURI(), e);
            Responses.failure(exchange, new ApiException(500, "InternalError",
                    "Internal error occurred: " + e, null));
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        if (meta.servesPublic(path)) {
            meta.servePublic(exchange, path, ready.getAsBoolean());
            return;
        }
        authenticator.check(exchange);
        Query query = Query.parse(exchange.getRequestURI().getRawQuery());
        if (admin.serves(path)) {
            admin.serve(exchange, path);
            return;
        }
        RequestPath request = RequestPath.parse(path);
        if (request == null) {
            gate.admit("get", "", "");
            meta.serve(exchange, path);
            return;
        }
        ApiResource resource = service.registry().find(request.group(), request.version(), request.resource())
                .orElseThrow(() -> new ApiException(404, "NotFound", "the server could not find the requested resource"
                        + " (" + request.groupVersion() + " " + request.resource() + " is not served)", null));
        Verb verb = Verb.of(exchange.getRequestMethod(), request, query);
        if (verb == null || !resource.verbs().contains(verb.wireName()) && request.subresource() == null) {
            throw ApiException.methodNotAllowed("the server does not allow this method on the requested resource: "
                    + exchange.getRequestMethod() + " " + resource.qualifiedName());
        }
        gate.admit(verb.wireName(), resource.group(), resource.plural());
        resources.handle(exchange, verb, request, resource, query);
    }


}
