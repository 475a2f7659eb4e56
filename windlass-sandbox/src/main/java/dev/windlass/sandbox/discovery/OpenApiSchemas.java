package dev.windlass.sandbox.discovery;

import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.resource.ApiResource;
import dev.windlass.sandbox.resource.CustomResource;
import dev.windlass.sandbox.resource.ResourceRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Component schemas of one group version's OpenAPI document: a permissive schema per kind and list
 * kind (unknown fields preserved, so nothing valid is refused), a CRD's own schema when it has one,
 * and the few {@code meta/v1} types the operations refer to. Names follow kube-apiserver's
 * ({@code io.k8s.api.apps.v1.Deployment}, {@code io.argoproj.v1alpha1.Application}).
 */
final class OpenApiSchemas {

    static final String META = "io.k8s.apimachinery.pkg.apis.meta.v1.";
    static final String SCALE = "io.k8s.api.autoscaling.v1.Scale";
    private static final String GVK_EXTENSION = "x-kubernetes-group-version-kind";
    private static final String PRESERVE = "x-kubernetes-preserve-unknown-fields";

    private OpenApiSchemas() {
    }

    /** The component name of {@code kind} in {@code resource}'s group version. */
    static String name(ResourceRegistry registry, ApiResource resource, String kind) {
        String group = resource.group();
        String prefix;
        if (registry.customResource(group, resource.plural()).isPresent()) {
            prefix = reversed(group);
        } else if (group.equals("apiextensions.k8s.io")) {
            prefix = "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions";
        } else {
            prefix = "io.k8s.api." + (group.isEmpty() ? "core" : group.split("\\.")[0]);
        }
        return prefix + "." + resource.version() + "." + kind;
    }

    static MapNode ref(String name) {
        return MapNode.of("$ref", "#/components/schemas/" + name);
    }

    /** Every schema the group version's document refers to. */
    static MapNode components(ResourceRegistry registry, List<ApiResource> resources) {
        MapNode.Builder schemas = MapNode.builder();
        for (ApiResource r : resources) {
            schemas.put(name(registry, r, r.kind()), kind(registry, r));
            String listKind = registry.listKind(r);
            schemas.put(name(registry, r, listKind), list(registry, r, listKind));
            if (r.has(ApiResource.Subresource.SCALE)) {
                schemas.put(SCALE, object("Scale represents a scaling request for a resource.", "autoscaling", "v1",
                        "Scale", Map.of()));
            }
        }
        meta(schemas);
        return schemas.build();
    }

    private static MapNode kind(ResourceRegistry registry, ApiResource r) {
        MapNode crdSchema = registry.customResource(r.group(), r.plural())
                .flatMap(crd -> crd.version(r.version()))
                .map(CustomResource.Version::schema)
                .orElse(MapNode.empty());
        String description = r.kind() + " (" + r.groupVersion() + "); the sandbox accepts every field.";
        if (crdSchema.isEmpty()) {
            return object(description, r.group(), r.version(), r.kind(), Map.of());
        }
        MapNode properties = crdSchema.getMap("properties").orElse(MapNode.empty()).toBuilder()
                .apply(b -> standardFields().forEach(b::put)).build();
        return crdSchema.toBuilder().put("type", Node.of("object")).put("properties", properties)
                .put(GVK_EXTENSION, gvkList(r.group(), r.version(), r.kind())).build();
    }

    private static MapNode list(ResourceRegistry registry, ApiResource r, String listKind) {
        MapNode items = MapNode.of("type", "array", "items", ref(name(registry, r, r.kind())));
        MapNode.Builder properties = MapNode.builder().apply(b -> standardFields().forEach(b::put))
                .put("items", items).put("metadata", MapNode.of("allOf", List.of(ref(META + "ListMeta"))));
        return MapNode.builder()
                .put("description", Node.of(listKind + " is a list of " + r.kind() + "."))
                .put("type", Node.of("object"))
                .put("required", Node.from(List.of("items")))
                .put("properties", properties.build())
                .put(GVK_EXTENSION, gvkList(r.group(), r.version(), listKind))
                .build();
    }

    private static MapNode object(String description, String group, String version, String kind,
            Map<String, Node> extra) {
        MapNode.Builder properties = MapNode.builder().apply(b -> standardFields().forEach(b::put));
        extra.forEach(properties::put);
        return MapNode.builder()
                .put("description", Node.of(description))
                .put("type", Node.of("object"))
                .put("properties", properties.build())
                .put(PRESERVE, Node.of(true))
                .put(GVK_EXTENSION, gvkList(group, version, kind))
                .build();
    }

    private static Map<String, Node> standardFields() {
        Map<String, Node> fields = new java.util.LinkedHashMap<>();
        fields.put("apiVersion", MapNode.of("type", "string",
                "description", "The versioned schema of this representation of an object."));
        fields.put("kind", MapNode.of("type", "string",
                "description", "The REST resource this object represents, in CamelCase."));
        fields.put("metadata", MapNode.of("allOf", List.of(ref(META + "ObjectMeta")), "default", MapNode.empty(),
                "description", "Standard object metadata."));
        return fields;
    }

    private static void meta(MapNode.Builder schemas) {
        MapNode stringMap = MapNode.of("type", "object", "additionalProperties", MapNode.of("type", "string"));
        MapNode objectMeta = MapNode.of(
                "description", "Metadata every persisted object has.",
                "type", "object",
                "properties", MapNode.of("name", MapNode.of("type", "string"),
                        "namespace", MapNode.of("type", "string"),
                        "labels", stringMap, "annotations", stringMap),
                PRESERVE, true);
        schemas.put(META + "ObjectMeta", objectMeta);
        for (String type : List.of("ListMeta", "Status", "Patch", "DeleteOptions")) {
            schemas.put(META + type, MapNode.of("description", type + " (meta/v1).", "type", "object", PRESERVE, true));
        }
    }

    private static Node gvkList(String group, String version, String kind) {
        return Node.list(List.of(gvk(group, version, kind)));
    }

    /** The {@code x-kubernetes-group-version-kind} value of one kind: {@code {group, kind, version}}. */
    static MapNode gvk(String group, String version, String kind) {
        return MapNode.of("group", group, "kind", kind, "version", version);
    }

    private static String reversed(String group) {
        List<String> labels = new ArrayList<>(List.of(group.split("\\.")));
        java.util.Collections.reverse(labels);
        return String.join(".", labels);
    }
}
