package dev.windlass.kustomize;

import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.ParsedDocument;
import dev.windlass.model.codec.ParsedStream;
import dev.windlass.model.codec.ScalarSchema;
import dev.windlass.model.codec.YamlReader;
import dev.windlass.model.patch.MergeSchema;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The merge schema of one build, set by the {@code openapi:} fields of its kustomizations as
 * kustomize sets its global schema: the top kustomization's field decides first; when it has none,
 * the first base or component (in accumulation order) whose field names a schema sets it for the
 * rest of the build, and patches applied before that use the built-in schema. A {@code path}
 * names a custom schema file ({@link OpenApiSchema}), a {@code version} the built-in schema.
 * Shared with the builds of remote bases.
 */
final class BuildSchema {

    /** The only Kubernetes version whose schema kustomize v5 carries, and Windlass's built-in schema matches. */
    static final String BUILTIN_VERSION = "v1.21.2";

    private static final YamlReader YAML = YamlReader.create(CodecLimits.DEFAULT, ScalarSchema.YAML_1_2).withoutPositions();

    /** Reads a schema file the field names. */
    interface Files {
        byte[] read(Kustomization k, String path, FieldPath field) throws KustomizeFailure;
    }

    private MergeSchema current = MergeSchema.builtin();
    private boolean set;
    /** Whether a resource of a kind kustomize has no built-in data for was loaded while no schema was set. */
    private boolean unknownKindSeen;

    /** The schema patches use now. */
    MergeSchema current() {
        return current;
    }

    /**
     * Notes resources read from files. kustomize looks up the scope of each one's kind; doing so for a
     * kind it has no built-in data for, while no schema is set, makes it parse its built-in schema
     * along with a custom one set later ({@link OpenApiSchema#withBuiltin()}).
     */
    void noteLoaded(List<Resource> resources) {
        if (set || unknownKindSeen) {
            return;
        }
        unknownKindSeen = resources.stream().anyMatch(r -> {
            String apiVersion = r.object().apiVersion();
            return !KyamlMerge.builtinGroup(apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "");
        });
    }

    /**
     * Takes in the {@code openapi} field of {@code k} as its build loads it. The file a
     * {@code path} names is read even when an earlier kustomization already set the schema, as
     * kustomize does; only the top kustomization ({@code top}) replaces a schema already set.
     */
    void load(Kustomization k, boolean top, Files files) throws KustomizeFailure {
        FieldPath field = FieldPath.of("openapi");
        MapNode openapi = openapiField(k, field);
        String path = text(k, openapi, "path");
        String version = text(k, openapi, "version");
        byte[] bytes = openapi.get("path").isPresent() ? files.read(k, path, field.key("path")) : null;
        if (set && !top) {
            return;
        }
        if (bytes != null) {
            if (openapi.get("version").isPresent()) {
                throw KustomizeFailure.at(KustomizationReader.INVALID, k.file(), field, "builtin version and custom"
                        + " schema provided, cannot use both; give either openapi.version or openapi.path");
            }
            OpenApiSchema custom = parse(k, path, bytes, field.key("path"));
            current = unknownKindSeen ? custom.withBuiltin() : custom;
            set = true;
            return;
        }
        if (version.isEmpty()) {
            return;
        }
        if (!version.equals(BUILTIN_VERSION)) {
            throw KustomizeFailure.at(KustomizationReader.INVALID, k.file(), field.key("version"), "the specified"
                    + " OpenAPI version '" + version + "' is not built in; the only built-in version is "
                    + BUILTIN_VERSION + " (or give a schema file in openapi.path)");
        }
        current = MergeSchema.builtin();
        set = true;
    }

    private static MapNode openapiField(Kustomization k, FieldPath field) throws KustomizeFailure {
        Node value = k.document().get("openapi").orElse(Node.nullNode());
        if (value.isNull()) {
            return MapNode.empty();
        }
        return value.asMap().orElseThrow(() -> KustomizeFailure.at(KustomizationReader.INVALID, k.file(), field,
                "openapi is a mapping with 'path' (a schema file) or 'version' (" + BUILTIN_VERSION + ")"));
    }

    private static String text(Kustomization k, MapNode openapi, String key) throws KustomizeFailure {
        Node value = openapi.get(key).orElse(Node.nullNode());
        if (value.asMap().isPresent() || value.asList().isPresent()) {
            throw KustomizeFailure.at(KustomizationReader.INVALID, k.file(), FieldPath.of("openapi", key),
                    "openapi." + key + " is a single string");
        }
        return Scalars.text(value);
    }

    private static OpenApiSchema parse(Kustomization k, String path, byte[] bytes, FieldPath field)
            throws KustomizeFailure {
        ParsedStream parsed = YAML.read(path, new String(bytes, StandardCharsets.UTF_8));
        List<ParsedDocument> documents = parsed.documents().stream().filter(d -> !d.isEmpty()).toList();
        String problem = parsed.hasErrors() ? parsed.issues().get(0).message()
                : documents.size() != 1 || documents.get(0).content().asMap().isEmpty()
                        ? "it does not hold one JSON or YAML mapping" : null;
        try {
            if (problem == null) {
                return OpenApiSchema.of(documents.get(0).content().asMap().orElseThrow());
            }
        } catch (IllegalArgumentException e) {
            problem = e.getMessage();
        }
        throw KustomizeFailure.at(KustomizationReader.INVALID, k.file(), field, "invalid schema file '" + path + "': "
                + problem + "; give an OpenAPI v2 document with 'definitions'");
    }
}
