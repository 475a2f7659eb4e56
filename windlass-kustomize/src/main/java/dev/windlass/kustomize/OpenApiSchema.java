package dev.windlass.kustomize;

import dev.windlass.model.GroupKind;
import dev.windlass.model.patch.MergeSchema;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A merge schema read from a kustomization's {@code openapi: {path: ...}} file: an OpenAPI v2
 * document whose {@code definitions} name their kinds in {@code x-kubernetes-group-version-kind}
 * and their merged lists in {@code x-kubernetes-patch-strategy}, {@code x-kubernetes-patch-merge-key}
 * and {@code x-kubernetes-list-map-keys}, with {@code $ref} links between definitions.
 *
 * <p>As in kustomize, it replaces the built-in schema: a kind the file does not describe has no
 * schema at all, so its lists are replaced by a patch's lists. Kinds are told apart by API version
 * too, so {@link #keyFor} gives the key ({@code group/version} as the group) that {@link #field}
 * looks kinds up by; built-in kinds, when {@link #withBuiltin()} adds them, keep their plain group.
 */
final class OpenApiSchema implements MergeSchema {

    private static final String REF_PREFIX = "#/definitions/";
    /** How many {@code $ref} links a lookup follows in a row before it gives up on a looping file. */
    private static final int MAX_REF_HOPS = 64;

    private final Map<String, MapNode> definitions;
    /** Definition of each kind, by {@code apiVersion} (as objects write it) and kind. */
    private final Map<GroupKind, MapNode> kinds;
    /** Whether the built-in schema serves the built-in kinds too (see {@link #withBuiltin()}). */
    private final boolean withBuiltin;

    private OpenApiSchema(Map<String, MapNode> definitions, Map<GroupKind, MapNode> kinds, boolean withBuiltin) {
        this.definitions = Map.copyOf(definitions);
        this.kinds = Map.copyOf(kinds);
        this.withBuiltin = withBuiltin;
    }

    /**
     * This schema with the built-in one for the built-in kinds, which take precedence: what
     * kustomize ends up with when it looked up the scope of a kind it does not know before a base
     * or component set this schema (its built-in schema is then parsed after the file).
     */
    OpenApiSchema withBuiltin() {
        return new OpenApiSchema(definitions, kinds, true);
    }

    /**
     * The schema in {@code document}.
     *
     * @throws IllegalArgumentException when the document has no {@code definitions} mapping
     */
    static OpenApiSchema of(MapNode document) {
        MapNode defs = document.getMap("definitions").orElseThrow(() -> new IllegalArgumentException(
                "it has no 'definitions' mapping (kustomize reads an OpenAPI v2 document of definitions)"));
        Map<String, MapNode> definitions = new HashMap<>();
        Map<GroupKind, MapNode> kinds = new HashMap<>();
        for (String name : defs.keys()) {
            Optional<MapNode> definition = defs.get(name).flatMap(Node::asMap);
            if (definition.isEmpty()) {
                continue;
            }
            definitions.put(name, definition.get());
            for (Node gvk : definition.get().getList("x-kubernetes-group-version-kind").map(ListNode::items)
                    .orElse(List.of())) {
                gvk.asMap().ifPresent(m -> kinds.putIfAbsent(key(apiVersion(m), text(m, "kind")), definition.get()));
            }
        }
        return new OpenApiSchema(definitions, kinds, false);
    }

    /** The key {@link #field} knows the kind of objects with {@code apiVersion} and {@code kind} by; empty when the file does not describe them. */
    Optional<GroupKind> keyFor(String apiVersion, String kind) {
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        if (withBuiltin && KyamlMerge.builtinGroup(group)) {
            return Optional.of(new GroupKind(group, kind));
        }
        GroupKind key = key(apiVersion, kind);
        return kinds.containsKey(key) ? Optional.of(key) : Optional.empty();
    }

    @Override
    public Optional<FieldSchema> field(GroupKind kind, List<String> path) {
        MapNode at = kinds.get(kind);
        if (at == null && withBuiltin) {
            return MergeSchema.builtin().field(kind, path);
        }
        for (String key : path) {
            if (at == null) {
                return Optional.empty();
            }
            at = child(elementsOf(at), key);
        }
        return Optional.ofNullable(at).map(OpenApiSchema::fieldSchema);
    }

    /** The items' schema of an array, or the schema itself (a path skips list items). */
    private MapNode elementsOf(MapNode schema) {
        if (!"array".equals(text(schema, "type"))) {
            return schema;
        }
        return schema.getMap("items").map(this::resolve).orElse(null);
    }

    private MapNode child(MapNode schema, String key) {
        if (schema == null) {
            return null;
        }
        Optional<MapNode> property = schema.getMap("properties").flatMap(p -> p.getMap(key));
        if (property.isEmpty()) {
            property = schema.getMap("additionalProperties");
        }
        return property.map(this::resolve).orElse(null);
    }

    /** {@code schema} with its {@code $ref} links followed; null when one leads nowhere. */
    private MapNode resolve(MapNode schema) {
        MapNode at = schema;
        for (int hops = 0; at != null && at.getText("$ref").isPresent(); hops++) {
            String ref = at.getText("$ref").orElseThrow();
            if (hops == MAX_REF_HOPS || !ref.startsWith(REF_PREFIX)) {
                return null;
            }
            at = definitions.get(ref.substring(REF_PREFIX.length()));
        }
        return at;
    }

    private static FieldSchema fieldSchema(MapNode schema) {
        List<PatchStrategy> strategies = new ArrayList<>();
        for (String strategy : text(schema, "x-kubernetes-patch-strategy").split(",")) {
            switch (strategy.trim()) {
                case "merge" -> strategies.add(PatchStrategy.MERGE);
                case "replace" -> strategies.add(PatchStrategy.REPLACE);
                case "retainKeys" -> strategies.add(PatchStrategy.RETAIN_KEYS);
                default -> { }
            }
        }
        List<String> mapKeys = schema.getList("x-kubernetes-list-map-keys").map(ListNode::items).orElse(List.of())
                .stream().map(Scalars::text).toList();
        String mergeKey = schema.get("x-kubernetes-patch-merge-key").map(Scalars::text).orElse(null);
        return new FieldSchema(mapKeys.isEmpty() ? ListType.ATOMIC : ListType.MAP, mapKeys, mergeKey, strategies, false);
    }

    private static String apiVersion(MapNode gvk) {
        String group = text(gvk, "group");
        String version = text(gvk, "version");
        return group.isEmpty() ? version : group + "/" + version;
    }

    private static GroupKind key(String apiVersion, String kind) {
        return new GroupKind(apiVersion, kind);
    }

    private static String text(MapNode map, String key) {
        return map.get(key).map(Scalars::text).orElse("");
    }
}
