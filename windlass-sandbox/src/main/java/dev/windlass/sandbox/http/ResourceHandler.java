package dev.windlass.sandbox.http;

import com.sun.net.httpserver.HttpExchange;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.api.ApiException;
import dev.windlass.sandbox.api.DeleteOptions;
import dev.windlass.sandbox.api.ListOptions;
import dev.windlass.sandbox.api.ObjectService;
import dev.windlass.sandbox.api.PatchType;
import dev.windlass.sandbox.api.WireJson;
import dev.windlass.sandbox.api.WriteOptions;
import dev.windlass.sandbox.resource.ApiResource;
import dev.windlass.sandbox.resource.ApiResource.Subresource;
import dev.windlass.sandbox.schema.FieldValidation;
import dev.windlass.sandbox.table.IncludeObject;
import dev.windlass.sandbox.table.TableConverter;
import dev.windlass.sandbox.table.TableMediaType;
import dev.windlass.sandbox.validation.FieldErrors;
import dev.windlass.sandbox.validation.SizeLimits;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Serves one resource request: maps the verb and URL onto {@link ObjectService}. */
final class ResourceHandler {

    private final ObjectService service;
    private final Watches watches;

    ResourceHandler(ObjectService service, Watches watches) {
        this.service = service;
        this.watches = watches;
    }

    void handle(HttpExchange exchange, Verb verb, RequestPath path, ApiResource resource, Query query)
            throws IOException {
        String namespace = path.namespace();
        if (resource.namespaced() && namespace == null && path.name() != null) {
            throw ApiException.notFound(resource.group(), resource.plural(), path.name());
        }
        Subresource sub = subresource(resource, path);
        switch (verb) {
            case GET -> get(exchange, resource, namespace, path.name(), sub, query);
            case LIST -> list(exchange, resource, namespace, query);
            case WATCH -> watches.serve(exchange, resource, namespace, path.name(), query);
            case CREATE -> respond(exchange, 201, service.create(resource, namespace, body(exchange),
                    write(exchange, query, "CreateOptions")));
            case UPDATE -> update(exchange, resource, namespace, path.name(), sub, query);
            case PATCH -> patch(exchange, resource, namespace, path.name(), sub, query);
            case DELETE -> delete(exchange, resource, namespace, path.name(), query);
            case DELETECOLLECTION -> deleteCollection(exchange, resource, namespace, query);
        }
    }

    private void get(HttpExchange exchange, ApiResource resource, String namespace, String name, Subresource sub,
                     Query query) throws IOException {
        MapNode object = service.get(resource, namespace, name);
        Optional<String> table = sub == null ? tableVersion(exchange) : Optional.empty();
        if (table.isPresent()) {
            String rv = object.getMap("metadata").flatMap(m -> m.getText("resourceVersion")).orElse(null);
            respondTable(exchange, table.get(), TableConverter.toTable(resource, List.of(object), rv, null,
                    IncludeObject.parse(query.get("includeObject")), Instant.now(), table.get()));
            return;
        }
        respond(exchange, 200, sub == Subresource.SCALE ? Scales.toScale(resource, object) : object);
    }

    /** A list, or its Table when the client asks for {@code as=Table} (kubectl get). */
    private void list(HttpExchange exchange, ApiResource resource, String namespace, Query query) throws IOException {
        var list = service.list(resource, namespace, listOptions(query));
        Optional<String> table = tableVersion(exchange);
        if (table.isEmpty()) {
            ListWriter.write(exchange, resource, list);
            return;
        }
        respondTable(exchange, table.get(), TableConverter.toTable(resource, list.items(),
                Long.toString(list.resourceVersion()), list.continueToken(),
                IncludeObject.parse(query.get("includeObject")), Instant.now(), table.get()));
    }

    private static Optional<String> tableVersion(HttpExchange exchange) {
        return TableMediaType.requested(exchange.getRequestHeaders().getFirst("Accept"));
    }

    private static void respondTable(HttpExchange exchange, String version, MapNode table) throws IOException {
        Responses.send(exchange, 200, WireJson.bytes(table), TableMediaType.contentType(version));
    }

    private void update(HttpExchange exchange, ApiResource resource, String namespace, String name, Subresource sub,
                        Query query) throws IOException {
        WriteOptions options = write(exchange, query, "UpdateOptions");
        MapNode body = body(exchange);
        if (sub == Subresource.SCALE) {
            MapNode current = service.get(resource, namespace, name);
            MapNode updated = Scales.fromScale(resource, current, body);
            respond(exchange, 200, Scales.toScale(resource, service.update(resource, namespace, name, updated, options,
                    Subresource.SCALE)));
            return;
        }
        respond(exchange, 200, service.update(resource, namespace, name, body, options, sub));
    }

    private void patch(HttpExchange exchange, ApiResource resource, String namespace, String name, Subresource sub,
                       Query query) throws IOException {
        PatchType type = PatchType.fromContentType(exchange.getRequestHeaders().getFirst("Content-Type"));
        WriteOptions options = write(exchange, query, "PatchOptions");
        byte[] body = bytes(exchange);
        if (sub == Subresource.SCALE) {
            MapNode current = service.get(resource, namespace, name);
            MapNode scale = Scales.patchScale(resource, current, type, body);
            MapNode updated = Scales.fromScale(resource, current, scale);
            respond(exchange, 200, Scales.toScale(resource, service.update(resource, namespace, name, updated, options,
                    Subresource.SCALE)));
            return;
        }
        boolean existed = type != PatchType.APPLY_YAML || exists(resource, namespace, name);
        MapNode result = service.patch(resource, namespace, name, type, body, options, sub);
        respond(exchange, existed ? 200 : 201, result);
    }

    private void delete(HttpExchange exchange, ApiResource resource, String namespace, String name, Query query)
            throws IOException {
        DeleteOptions options = DeleteBodies.options(query, bytesOrEmpty(exchange));
        ObjectService.DeleteResult result = service.delete(resource, namespace, name, options);
        if (!result.gone()) {
            respond(exchange, 202, result.object());
        } else if (returnsObject(resource, service)) {
            respond(exchange, 200, result.object());
        } else {
            Responses.json(exchange, 200, Responses.success(name, resource.group(), resource.plural(),
                    result.object().getMap("metadata").flatMap(m -> m.getText("uid")).orElse("")));
        }
    }

    private void deleteCollection(HttpExchange exchange, ApiResource resource, String namespace, Query query)
            throws IOException {
        DeleteOptions options = DeleteBodies.options(query, bytesOrEmpty(exchange));
        var results = service.deleteCollection(resource, namespace, listOptions(query), options);
        MapNode list = MapNode.builder().put("kind", Node.of(resource.listKind()))
                .put("apiVersion", Node.of(resource.groupVersion()))
                .put("metadata", MapNode.empty())
                .put("items", new dev.windlass.model.tree.ListNode(
                        results.stream().map(r -> (Node) r.object()).toList()))
                .build();
        respond(exchange, 200, list);
    }

    private boolean exists(ApiResource resource, String namespace, String name) {
        return service.store().get(ObjectService.key(resource, namespace, name)).isPresent();
    }

    /** Pods and custom resources answer a delete with the object; other built-ins with a Status. */
    private static boolean returnsObject(ApiResource resource, ObjectService service) {
        return resource.plural().equals("pods") && resource.group().isEmpty()
                || service.registry().customResource(resource.group(), resource.plural()).isPresent();
    }

    private static Subresource subresource(ApiResource resource, RequestPath path) {
        if (path.subresource() == null) {
            return null;
        }
        for (Subresource sub : Subresource.values()) {
            if (sub.path().equals(path.subresource()) && resource.has(sub)) {
                return sub;
            }
        }
        if (path.subresource().equals("finalize") && resource.plural().equals("namespaces")) {
            return null;
        }
        throw new ApiException(404, "NotFound", "the server could not find the requested resource: "
                + resource.qualifiedName() + " has no subresource \"" + path.subresource() + "\"", null);
    }

    static ListOptions listOptions(Query query) {
        return new ListOptions(query.get("labelSelector"), query.get("fieldSelector"), query.number("limit", 0),
                query.get("continue"), query.get("resourceVersion"));
    }

    /** The write's options; {@code fieldValidation} is checked here, warnings become {@code Warning} headers. */
    private static WriteOptions write(HttpExchange exchange, Query query, String optionsKind) {
        String fieldValidation = query.get("fieldValidation");
        FieldValidation.parse(fieldValidation, optionsKind);
        return new WriteOptions(query.dryRun(), query.get("fieldManager"),
                exchange.getRequestHeaders().getFirst("User-Agent"), query.flag("force"), false, fieldValidation,
                text -> exchange.getResponseHeaders().add("Warning", "299 - " + FieldErrors.quote(text)));
    }

    private static void respond(HttpExchange exchange, int code, MapNode object) throws IOException {
        Responses.json(exchange, code, object);
    }

    private static MapNode body(HttpExchange exchange) throws IOException {
        requireJson(exchange.getRequestHeaders().getFirst("Content-Type"));
        Node node = WireJson.parse(bytes(exchange));
        return node.asMap().orElseThrow(() -> ApiException.badRequest("the request body must be a JSON object"));
    }

    /**
     * Bodies are JSON (or YAML for apply patches). Protobuf and CBOR get 415, which client-go
     * answers by sending JSON instead.
     */
    private static void requireJson(String contentType) {
        String type = contentType == null ? "application/json" : contentType.split(";", 2)[0].trim();
        if (!type.equals("application/json") && !type.equals("*/*") && !type.isEmpty()) {
            throw new ApiException(415, "UnsupportedMediaType", "the body of the request was in an unknown format - "
                    + "accepted media types include: application/json, application/yaml", null);
        }
    }

    static byte[] bytes(HttpExchange exchange) throws IOException {
        byte[] body = bytesOrEmpty(exchange);
        if (body.length == 0) {
            throw ApiException.badRequest("the request body is empty; send the object as JSON");
        }
        return body;
    }

    private static byte[] bytesOrEmpty(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(SizeLimits.MAX_REQUEST_BYTES + 1);
            SizeLimits.checkRequestBody(body.length);
            return body;
        }
    }
}
