package dev.windlass.sandbox.api;

import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.resource.ApiResource;
import java.util.List;

/** Checks that a request body is an object of the URL's kind, name and namespace. */
final class BodyChecks {

    private BodyChecks() {
    }

    static void kindMatches(ApiResource resource, MapNode body) {
        String kind = body.getText("kind").orElse("");
        String apiVersion = body.getText("apiVersion").orElse("");
        if (kind.isEmpty()) {
            throw ApiException.badRequest("Object 'Kind' is missing in the request body; set kind: " + resource.kind());
        }
        if (apiVersion.isEmpty()) {
            throw ApiException.badRequest("Object 'apiVersion' is missing in the request body; set apiVersion: "
                    + resource.groupVersion());
        }
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        if (!kind.equals(resource.kind()) || !group.equals(resource.group())) {
            throw ApiException.badRequest("the API version in the data (" + apiVersion + ") and kind (" + kind
                    + ") do not match the URL, which serves " + resource.groupVersion() + " " + resource.kind());
        }
    }

    static void nameMatches(ApiResource resource, String urlName, MapNode body) {
        String name = Meta.name(body);
        if (!name.isEmpty() && !name.equals(urlName)) {
            throw ApiException.badRequest("the name of the object (" + name
                    + ") does not match the name on the URL (" + urlName + ")");
        }
    }

    /** The body with the request's namespace set (namespaced) or removed (cluster-scoped). */
    static MapNode namespaceMatches(ApiResource resource, String urlNamespace, MapNode body) {
        String namespace = Meta.namespace(body);
        if (!resource.namespaced()) {
            return namespace.isEmpty() ? body : Meta.with(body, "namespace", null);
        }
        if (urlNamespace == null || urlNamespace.isEmpty()) {
            throw ApiException.badRequest("a namespace is required to create or change " + resource.qualifiedName()
                    + "; use the /namespaces/{namespace}/ URL");
        }
        if (!namespace.isEmpty() && !namespace.equals(urlNamespace)) {
            throw ApiException.badRequest("the namespace of the provided object (" + namespace
                    + ") does not match the namespace sent on the request (" + urlNamespace + ")");
        }
        return Meta.with(body, "namespace", Node.of(urlNamespace));
    }

    /** A body that names a resourceVersion must name the stored one. */
    static void versionMatches(ApiResource resource, MapNode current, MapNode body) {
        String sent = Meta.text(body, "resourceVersion").orElse(null);
        String stored = Meta.text(current, "resourceVersion").orElse("");
        if (sent != null && !sent.equals(stored)) {
            throw conflict(resource, Meta.name(current),
                    "the object has been modified; please apply your changes to the latest version and try again");
        }
    }

    static ApiException conflict(ApiResource resource, String name, String why) {
        return new ApiException(409, "Conflict", "Operation cannot be fulfilled on " + resource.qualifiedName()
                + " \"" + name + "\": " + why,
                new ApiException.Details(name, resource.group(), resource.plural(), List.of()));
    }
}
