package dev.windlass.kustomize;

import dev.windlass.kustomize.TransformerConfig.Category;
import dev.windlass.kustomize.TransformerConfig.NameBackReference;
import dev.windlass.model.Issue;
import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.JsonReader;
import dev.windlass.model.codec.ParsedDocument;
import dev.windlass.model.codec.ParsedStream;
import dev.windlass.model.codec.ScalarSchema;
import dev.windlass.model.codec.YamlReader;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a file named by a kustomization's {@code crds}: OpenAPI definitions by type name (JSON or
 * YAML, kustomize's {@code nameToApiMap}). For each definition that looks like a Kubernetes type
 * (it has kind, apiVersion and metadata properties) its properties, followed through {@code $ref},
 * add to the configuration: {@code x-kubernetes-object-ref-api-version} with
 * {@code x-kubernetes-object-ref-kind} a name reference (at the {@code x-kubernetes-object-ref-name-key}
 * field, {@code name} by default), {@code x-kubernetes-annotation} an annotation field,
 * {@code x-kubernetes-label-selector} a label field and {@code x-kubernetes-identity} a prefix field.
 * The kind is the type name after its last dot.
 */
final class CrdReferenceLoader {

    static final String INVALID = "KustomizeCrdInvalid";

    private static final YamlReader YAML = YamlReader.create(CodecLimits.DEFAULT, ScalarSchema.YAML_1_2).withoutPositions();
    private static final JsonReader JSON = JsonReader.create(CodecLimits.DEFAULT);
    /** Deeper {@code $ref} chains are cycles; kustomize would not return from them. */
    private static final int MAX_DEPTH = 64;

    private final MapNode definitions;
    private final EnumMap<Category, List<FieldSpec>> specs = new EnumMap<>(Category.class);
    private final List<NameBackReference> references = new ArrayList<>();

    private CrdReferenceLoader(MapNode definitions) {
        this.definitions = definitions;
    }

    /** The configuration {@code text} (the file {@code crdFile} at {@code field} of the kustomization) adds. */
    static TransformerConfig load(String kustomizationFile, FieldPath field, String crdFile, String text)
            throws KustomizeFailure {
        MapNode definitions = parse(kustomizationFile, field, crdFile, text);
        TransformerConfig result = TransformerConfig.empty();
        for (Map.Entry<String, Node> entry : definitions.asJavaMap().entrySet()) {
            if (!looksLikeKubernetesType(properties(entry.getValue()))) {
                continue;
            }
            CrdReferenceLoader loader = new CrdReferenceLoader(definitions);
            String[] parts = entry.getKey().split("\\.", -1);
            try {
                loader.addType(parts[parts.length - 1], entry.getKey(), List.of(), 0);
                result = result.merge(new TransformerConfig(loader.specs, loader.references));
            } catch (TransformerConfig.Conflict e) {
                throw KustomizeFailure.at(INVALID, kustomizationFile, field, "CRD file '" + crdFile + "': "
                        + e.getMessage());
            }
        }
        return result;
    }

    private static MapNode parse(String kustomizationFile, FieldPath field, String crdFile, String text)
            throws KustomizeFailure {
        ParsedStream parsed = text.startsWith("{") ? JSON.read(crdFile, text) : YAML.read(crdFile, text);
        if (parsed.hasErrors()) {
            Issue first = parsed.issues().stream().filter(Issue::isError).findFirst().orElseThrow();
            throw KustomizeFailure.at(INVALID, kustomizationFile, field, "unable to parse open API definition from '"
                    + crdFile + "': " + first.message());
        }
        List<ParsedDocument> documents = parsed.documents().stream().filter(d -> !d.isEmpty()).toList();
        if (documents.isEmpty() || documents.get(0).content().isNull()) {
            return MapNode.empty();
        }
        return documents.get(0).content().asMap().orElseThrow(() -> KustomizeFailure.at(INVALID, kustomizationFile,
                field, "'" + crdFile + "' is not a map of OpenAPI definitions by type name"));
    }

    private void addType(String kind, String typeName, List<String> path, int depth) throws TransformerConfig.Conflict {
        Node definition = definitions.get(typeName).orElse(null);
        if (definition == null || depth > MAX_DEPTH) {
            return;
        }
        for (Map.Entry<String, Node> property : properties(definition).asJavaMap().entrySet()) {
            MapNode schema = property.getValue().asMap().orElse(MapNode.empty());
            List<String> at = plus(path, property.getKey());
            if (schema.get("x-kubernetes-annotation").map(CrdReferenceLoader::isString).orElse(false)) {
                add(Category.COMMON_ANNOTATIONS, spec(kind, at));
            }
            if (schema.get("x-kubernetes-label-selector").map(CrdReferenceLoader::isString).orElse(false)) {
                add(Category.COMMON_LABELS, spec(kind, at));
            }
            if (schema.get("x-kubernetes-identity").map(CrdReferenceLoader::isString).orElse(false)) {
                add(Category.NAME_PREFIX, spec(kind, at));
            }
            String version = string(schema, "x-kubernetes-object-ref-api-version");
            String refKind = string(schema, "x-kubernetes-object-ref-kind");
            if (version != null && refKind != null) {
                String nameKey = string(schema, "x-kubernetes-object-ref-name-key");
                addReference(new NameBackReference("", version, refKind,
                        List.of(spec(kind, plus(at, nameKey == null ? "name" : nameKey)))));
            }
            String ref = string(schema, "$ref");
            if (ref != null && !ref.isEmpty()) {
                addType(kind, ref, at, depth + 1);
            }
        }
    }

    private void add(Category category, FieldSpec spec) throws TransformerConfig.Conflict {
        specs.put(category, TransformerConfig.mergeAll(specs.getOrDefault(category, List.of()), List.of(spec)));
    }

    private void addReference(NameBackReference reference) throws TransformerConfig.Conflict {
        List<NameBackReference> merged = TransformerConfig.mergeOne(references, reference);
        references.clear();
        references.addAll(merged);
    }

    private static boolean looksLikeKubernetesType(MapNode properties) {
        return properties.containsKey("kind") && properties.containsKey("apiVersion") && properties.containsKey("metadata");
    }

    private static MapNode properties(Node definition) {
        MapNode map = definition.asMap().orElse(MapNode.empty());
        MapNode schema = map.getMap("Schema").or(() -> map.getMap("schema")).orElse(MapNode.empty());
        return schema.getMap("properties").orElse(MapNode.empty());
    }

    private static boolean isString(Node node) {
        return node.asText().isPresent();
    }

    private static String string(MapNode schema, String key) {
        return schema.get(key).flatMap(Node::asText).orElse(null);
    }

    private static FieldSpec spec(String kind, List<String> path) {
        return new FieldSpec("", "", kind, path, false);
    }

    private static List<String> plus(List<String> path, String segment) {
        List<String> out = new ArrayList<>(path);
        out.add(segment);
        return out;
    }
}
