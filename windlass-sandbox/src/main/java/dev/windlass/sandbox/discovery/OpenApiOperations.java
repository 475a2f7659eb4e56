package dev.windlass.sandbox.discovery;

import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.resource.ApiResource;
import dev.windlass.sandbox.resource.ApiResource.Subresource;
import dev.windlass.sandbox.resource.ResourceRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code paths} of one group version's OpenAPI document: collection, item, all-namespaces,
 * {@code status} and {@code scale} paths with one operation per served verb. Every POST, PUT and
 * PATCH declares the {@code fieldValidation} query parameter and carries
 * {@code x-kubernetes-group-version-kind}, which is how kubectl decides the server validates
 * fields itself. PATCH bodies offer JSON patch, merge patch and apply patch, but not strategic
 * merge patch: see {@link OpenApiDocuments} for why.
 */
final class OpenApiOperations {

    /** PATCH body types; strategic merge patch is left out on purpose (kubectl then uses its compiled-in types). */
    static final List<String> PATCH_TYPES =
            List.of("application/apply-patch+yaml", "application/json-patch+json", "application/merge-patch+json");
    private static final List<String> LIST_PARAMETERS = List.of("allowWatchBookmarks", "continue", "fieldSelector",
            "labelSelector", "limit", "resourceVersion", "resourceVersionMatch", "sendInitialEvents",
            "timeoutSeconds", "watch");
    private static final String META_STATUS = OpenApiSchemas.META + "Status";
    private static final List<String> WRITE_PARAMETERS = List.of("dryRun", "fieldManager", "fieldValidation");

    private final ResourceRegistry registry;
    private final ApiResource resource;
    private final String gvName;

    private OpenApiOperations(ResourceRegistry registry, ApiResource resource) {
        this.registry = registry;
        this.resource = resource;
        this.gvName = pascal(resource.group()) + pascal(resource.version());
    }

    /** Adds {@code resource}'s paths to {@code paths}. */
    static void addPaths(MapNode.Builder paths, ResourceRegistry registry, ApiResource resource) {
        new OpenApiOperations(registry, resource).add(paths);
    }

    private void add(MapNode.Builder paths) {
        String prefix = resource.group().isEmpty() ? "/api/" + resource.version()
                : "/apis/" + resource.group() + "/" + resource.version();
        String collection = prefix + (resource.namespaced() ? "/namespaces/{namespace}/" : "/") + resource.plural();
        String scope = resource.namespaced() ? "Namespaced" : "";
        String kindRef = OpenApiSchemas.name(registry, resource, resource.kind());
        String listRef = OpenApiSchemas.name(registry, resource, registry.listKind(resource));
        MapNode gvk = OpenApiSchemas.gvk(resource.group(), resource.version(), resource.kind());

        MapNode.Builder items = pathItem(false);
        verb("list", () -> items.put("get", op("list", "list", scope, "", listRef, null, LIST_PARAMETERS, gvk)));
        verb("create", () -> items.put("post", op("post", "create", scope, "", kindRef, kindRef, WRITE_PARAMETERS, gvk)));
        verb("deletecollection", () -> items.put("delete", op("deletecollection", "delete", "Collection" + scope, "",
                META_STATUS, null, List.of("dryRun", "gracePeriodSeconds", "propagationPolicy"), gvk)));
        paths.put(collection, items.build());

        paths.put(collection + "/{name}", item(kindRef, scope, "", gvk, true));
        if (resource.namespaced() && resource.verbs().contains("list")) {
            paths.put(prefix + "/" + resource.plural(), MapNode.of("get", op("list", "list", "", "ForAllNamespaces",
                    listRef, null, LIST_PARAMETERS, gvk)));
        }
        if (resource.has(Subresource.STATUS)) {
            paths.put(collection + "/{name}/status", item(kindRef, scope, "Status", gvk, false));
        }
        if (resource.has(Subresource.SCALE)) {
            MapNode scaleGvk = OpenApiSchemas.gvk("autoscaling", "v1", "Scale");
            paths.put(collection + "/{name}/scale", item(OpenApiSchemas.SCALE, scope, "Scale", scaleGvk, false));
        }
    }

    private MapNode item(String ref, String scope, String suffix, MapNode gvk, boolean canDelete) {
        MapNode.Builder item = pathItem(true);
        verb("get", () -> item.put("get", op("get", "read", scope, suffix, ref, null, List.of(), gvk)));
        verb("update", () -> item.put("put", op("put", "replace", scope, suffix, ref, ref, WRITE_PARAMETERS, gvk)));
        verb("patch", () -> item.put("patch", op("patch", "patch", scope, suffix, ref, OpenApiSchemas.META + "Patch",
                List.of("dryRun", "fieldManager", "fieldValidation", "force"), gvk)));
        if (canDelete) {
            verb("delete", () -> item.put("delete", op("delete", "delete", scope, suffix, META_STATUS,
                    OpenApiSchemas.META + "DeleteOptions", List.of("dryRun", "gracePeriodSeconds",
                            "propagationPolicy"), gvk)));
        }
        return item.build();
    }

    private void verb(String verb, Runnable addOperation) {
        if (resource.verbs().contains(verb)) {
            addOperation.run();
        }
    }

    private MapNode.Builder pathItem(boolean named) {
        List<Node> parameters = new ArrayList<>();
        if (named) {
            parameters.add(OpenApiParameters.path("name", "name of the " + resource.kind()));
        }
        if (resource.namespaced()) {
            parameters.add(OpenApiParameters.path("namespace", "object name and auth scope, such as for teams and projects"));
        }
        parameters.add(OpenApiParameters.query("pretty"));
        return MapNode.builder().put("parameters", Node.list(parameters));
    }

    /**
     * One operation. {@code action} is the {@code x-kubernetes-action}, {@code idVerb} the first word
     * of the operation id, {@code bodyRef} the request body schema (null for none).
     */
    private MapNode op(String action, String idVerb, String scope, String suffix, String responseRef, String bodyRef,
            List<String> queryParameters, MapNode gvk) {
        String operationId = idVerb + gvName + scope + resource.kind() + suffix;
        MapNode.Builder op = MapNode.builder()
                .put("tags", Node.from(List.of(tag())))
                .put("description", Node.of(idVerb + " " + resource.kind() + suffix))
                .put("operationId", Node.of(operationId))
                .put("parameters", Node.list(queryParameters.stream().map(OpenApiParameters::query).toList()));
        if (bodyRef != null) {
            List<String> types = action.equals("patch") ? PATCH_TYPES : List.of("*/*");
            MapNode.Builder content = MapNode.builder();
            types.forEach(t -> content.put(t, MapNode.of("schema", OpenApiSchemas.ref(bodyRef))));
            op.put("requestBody", MapNode.of("content", content.build(), "required", !action.equals("delete")));
        }
        MapNode ok = response("OK", responseRef);
        MapNode.Builder responses = MapNode.builder().put("200", ok);
        if (action.equals("post") || action.equals("put") || action.equals("patch")) {
            responses.put("201", response("Created", responseRef));
        }
        if (action.equals("post") || action.equals("delete")) {
            responses.put("202", response("Accepted", responseRef));
        }
        responses.put("401", MapNode.of("description", "Unauthorized"));
        return op.put("responses", responses.build())
                .put("x-kubernetes-action", Node.of(action))
                .put("x-kubernetes-group-version-kind", gvk)
                .build();
    }

    private static MapNode response(String description, String ref) {
        MapNode schema = MapNode.of("schema", OpenApiSchemas.ref(ref));
        return MapNode.of("description", description,
                "content", MapNode.of("application/json", schema, "application/yaml", schema));
    }

    private String tag() {
        String group = pascal(resource.group());
        return Character.toLowerCase(group.charAt(0)) + group.substring(1) + "_" + resource.version();
    }

    /** {@code rbac.authorization.k8s.io} → {@code RbacAuthorization}, {@code ""} → {@code Core}, {@code v1} → {@code V1}. */
    static String pascal(String name) {
        if (name.isEmpty()) {
            return "Core";
        }
        String trimmed = name.endsWith(".k8s.io") ? name.substring(0, name.length() - ".k8s.io".length()) : name;
        StringBuilder out = new StringBuilder();
        for (String part : trimmed.split("[.\\-]")) {
            if (!part.isEmpty()) {
                out.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
        }
        return out.toString();
    }
}
