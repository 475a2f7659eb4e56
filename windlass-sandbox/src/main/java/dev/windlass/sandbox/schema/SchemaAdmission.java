package dev.windlass.sandbox.schema;

import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.api.Admission;
import dev.windlass.sandbox.api.ApiException;
import dev.windlass.sandbox.api.ApiException.Cause;
import dev.windlass.sandbox.api.Meta;
import dev.windlass.sandbox.api.Operation;
import dev.windlass.sandbox.api.WriteOptions;
import dev.windlass.sandbox.resource.ApiResource;
import dev.windlass.sandbox.resource.CustomResource;
import dev.windlass.sandbox.resource.ResourceRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What apiextensions does to a custom resource on create and update (main resource and
 * {@code /status} alike), against the schema of the version being written:
 * <ol>
 *   <li>prune undeclared fields; under {@code fieldValidation=Strict} they are a 400
 *       ({@code Widget in version "v1" cannot be handled as a Widget: strict decoding error:
 *       unknown field "spec.bogus"}), under {@code Warn} (the default) one warning each
 *       ({@code unknown field "spec.bogus"}), under {@code Ignore} nothing;</li>
 *   <li>drop non-nullable nulls and fill in {@code default}s;</li>
 *   <li>validate: the schema, embedded resources' type fields, list-type uniqueness — every
 *       problem in one 422. On update a value equal to the stored one keeps its old problems
 *       (validation ratcheting, on by default since Kubernetes 1.30).</li>
 * </ol>
 * Built-in resources and CRD versions without a schema pass unchanged. Runs before
 * {@code ValidationAdmission}, which checks metadata.
 */
public final class SchemaAdmission implements Admission {

    private final ResourceRegistry registry;
    private final Map<String, Parsed> schemas = new ConcurrentHashMap<>();

    public SchemaAdmission(ResourceRegistry registry) {
        this.registry = registry;
    }

    private record Parsed(MapNode source, Schema schema) {
    }

    @Override
    public MapNode admit(Operation operation, ApiResource resource, MapNode old, MapNode incoming) {
        return admit(operation, resource, old, incoming, WriteOptions.DEFAULT);
    }

    @Override
    public MapNode admit(Operation operation, ApiResource resource, MapNode old, MapNode incoming,
                         WriteOptions options) {
        Optional<Schema> schema = schemaOf(resource);
        if (schema.isEmpty()) {
            return incoming;
        }
        Pruner.Result pruned = Pruner.pruneObject(schema.get(), incoming);
        report(resource, pruned.unknownFields(), options);
        MapNode object = Defaulter.apply(schema.get(), pruned.object());
        List<Violation> violations = new ArrayList<>(SchemaValidator.validate(schema.get(), object));
        violations.addAll(EmbeddedResources.validate(schema.get(), object));
        violations.addAll(ListTypes.validate(schema.get(), object));
        List<Cause> causes = new ArrayList<>();
        for (Violation violation : violations) {
            if (old == null || operation != Operation.UPDATE || !unchanged(violation, old, object)) {
                causes.add(violation.cause());
            }
        }
        if (!causes.isEmpty()) {
            throw ApiException.invalid(resource.group(), resource.kind(), Meta.name(object), causes);
        }
        return object;
    }

    /** The parsed schema of the resource's version, when it is a custom resource with one. */
    Optional<Schema> schemaOf(ApiResource resource) {
        Optional<CustomResource.Version> version = registry.customResource(resource.group(), resource.plural())
                .flatMap(crd -> crd.version(resource.version()));
        if (version.isEmpty() || version.get().schema().isEmpty()) {
            return Optional.empty();
        }
        MapNode source = version.get().schema();
        String key = resource.group() + "/" + resource.plural() + "/" + resource.version();
        Parsed parsed = schemas.get(key);
        if (parsed == null || parsed.source() != source) {
            parsed = new Parsed(source, Schema.parse(source));
            schemas.put(key, parsed);
        }
        return Optional.of(parsed.schema());
    }

    private static void report(ApiResource resource, List<String> unknown, WriteOptions options) {
        if (unknown.isEmpty()) {
            return;
        }
        FieldValidation mode = FieldValidation.parse(options.fieldValidation(), "CreateOptions");
        if (mode == FieldValidation.STRICT) {
            List<String> fields = unknown.stream().map(path -> "unknown field \"" + path + "\"").toList();
            throw ApiException.badRequest(resource.kind() + " in version \"" + resource.version()
                    + "\" cannot be handled as a " + resource.kind() + ": strict decoding error: "
                    + String.join(", ", fields));
        }
        if (mode == FieldValidation.WARN) {
            unknown.forEach(path -> options.warn("unknown field \"" + path + "\""));
        }
    }

    private static boolean unchanged(Violation violation, MapNode old, MapNode object) {
        Optional<Node> before = old.at(violation.location());
        return before.isPresent() && before.equals(object.at(violation.location()));
    }
}
