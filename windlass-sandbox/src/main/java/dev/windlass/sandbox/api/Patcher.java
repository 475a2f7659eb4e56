package dev.windlass.sandbox.api;

import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.ParsedStream;
import dev.windlass.model.codec.ScalarSchema;
import dev.windlass.model.codec.YamlReader;
import dev.windlass.model.patch.JsonMergePatch;
import dev.windlass.model.patch.JsonPatch;
import dev.windlass.model.patch.MergeSchema;
import dev.windlass.model.patch.PatchException;
import dev.windlass.model.patch.StrategicMergePatch;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.resource.ApiResource;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Turns a patch request into the object to store, by patch type. */
final class Patcher {

    private static final YamlReader APPLY_READER = YamlReader.create(CodecLimits.DEFAULT, ScalarSchema.KUBERNETES);

    private final FieldManagement fields;

    Patcher(FieldManagement fields) {
        this.fields = fields;
    }

    /** The patched object, and whether its managedFields are already final (apply). */
    record Outcome(MapNode object, boolean applied) {
        WriteOptions fieldsTracked(WriteOptions options) {
            return applied ? options.withFieldsTracked() : options;
        }
    }

    Outcome patch(ApiResource resource, boolean custom, String namespace, String name, MapNode current,
                  PatchType type, byte[] body, WriteOptions options) {
        try {
            return switch (type) {
                case JSON -> new Outcome(object(resource, JsonPatch.apply(current, WireJson.parse(body))), false);
                case MERGE -> new Outcome(object(resource, JsonMergePatch.apply(current, mergePatch(WireJson.parse(body)))), false);
                case STRATEGIC -> new Outcome(strategic(resource, custom, current, WireJson.parse(body)), false);
                case APPLY_YAML, APPLY_CBOR -> new Outcome(apply(resource, namespace, name, current, body, options), true);
            };
        } catch (PatchException e) {
            // The real server answers a patch that does not apply with empty details, so kubectl
            // prints "The request is invalid: <message>"; naming the object would hide the message.
            throw e.kind() == PatchException.Kind.INVALID_PATCH
                    ? ApiException.badRequest(e.getMessage())
                    : new ApiException(422, "Invalid", e.getMessage(), new ApiException.Details("", "", "",
                    List.of()));
        }
    }

    private static MapNode strategic(ApiResource resource, boolean custom, MapNode current, Node patch) {
        if (custom) {
            throw new ApiException(415, "UnsupportedMediaType", "strategic merge patch is not supported for "
                    + resource.qualifiedName() + ", a custom resource; use a JSON merge patch "
                    + "(application/merge-patch+json) or server-side apply", null);
        }
        return object(resource, StrategicMergePatch.apply(resource.groupKind(), current, patch, MergeSchema.builtin()));
    }

    /** The API server takes only an object as a merge patch; RFC 7386 alone would replace the target. */
    private static Node mergePatch(Node patch) {
        if (!(patch instanceof MapNode)) {
            throw ApiException.badRequest("a JSON merge patch must be a JSON object");
        }
        return patch;
    }

    private MapNode apply(ApiResource resource, String namespace, String name, MapNode current, byte[] body,
                          WriteOptions options) {
        if (options.fieldManager() == null || options.fieldManager().isEmpty()) {
            throw ApiException.invalid("meta.k8s.io", "PatchOptions", "", List.of(new ApiException.Cause(
                    "FieldValueRequired", "Required value: is required for apply patch", "fieldManager")));
        }
        MapNode applied = object(resource, parseYaml(body));
        String sentName = Meta.name(applied);
        if (!sentName.equals(name)) {
            throw ApiException.badRequest("the name of the object (" + sentName
                    + ") does not match the name on the URL (" + name + ")");
        }
        MapNode withNamespace = resource.namespaced() && Meta.namespace(applied).isEmpty()
                ? Meta.with(applied, "namespace", Node.of(namespace)) : applied;
        return fields.apply(resource, current, withNamespace, options.fieldManager(), options.force());
    }

    private static Node parseYaml(byte[] body) {
        ParsedStream stream = APPLY_READER.read("apply patch", new String(body, StandardCharsets.UTF_8));
        if (stream.hasErrors() || stream.documents().size() != 1) {
            String why = stream.issues().isEmpty() ? "send exactly one YAML or JSON object"
                    : stream.issues().get(0).message();
            throw ApiException.badRequest("error decoding the apply patch: " + why);
        }
        return stream.documents().get(0).content();
    }

    private static MapNode object(ApiResource resource, Node patched) {
        if (patched instanceof MapNode map) {
            return map;
        }
        throw ApiException.badRequest("the patched " + resource.kind() + " is not a JSON object");
    }
}
