package dev.windlass.sandbox.validation;

import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.api.ApiException.Cause;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Update rules of Secrets and ConfigMaps: once {@code immutable: true}, neither the data nor the
 * flag may change; a Secret's {@code type} never changes. A Secret's {@code stringData} counts as
 * the base64 entries it becomes in {@code data}.
 */
final class StoredDataRules {

    static final String IMMUTABLE_SET = "field is immutable when `immutable` is set";

    private StoredDataRules() {
    }

    static List<Cause> secret(MapNode newObject, MapNode oldObject) {
        List<Cause> causes = new ArrayList<>(ImmutableFields.unchanged("type", newObject.get("type"),
                oldObject.get("type"), Node.of("Opaque")));
        if (immutable(oldObject)) {
            causes.addAll(flag(newObject));
            if (!secretData(newObject).equals(secretData(oldObject))) {
                causes.add(FieldErrors.forbidden("data", IMMUTABLE_SET));
            }
        }
        return causes;
    }

    static List<Cause> configMap(MapNode newObject, MapNode oldObject) {
        List<Cause> causes = new ArrayList<>();
        if (immutable(oldObject)) {
            causes.addAll(flag(newObject));
            for (String field : List.of("data", "binaryData")) {
                if (!map(newObject, field).equals(map(oldObject, field))) {
                    causes.add(FieldErrors.forbidden(field, IMMUTABLE_SET));
                }
            }
        }
        return causes;
    }

    /** The data a Secret stores: {@code data} with each {@code stringData} entry base64-encoded over it. */
    static MapNode secretData(MapNode secret) {
        MapNode.Builder data = map(secret, "data").toBuilder();
        map(secret, "stringData").asJavaMap().forEach((key, value) -> data.put(key, Node.of(Base64.getEncoder()
                .encodeToString(value.asText().orElse(value.toString()).getBytes(StandardCharsets.UTF_8)))));
        return data.build();
    }

    private static List<Cause> flag(MapNode newObject) {
        return immutable(newObject) ? List.of() : List.of(FieldErrors.forbidden("immutable", IMMUTABLE_SET));
    }

    private static boolean immutable(MapNode object) {
        return object.get("immutable").map(Node::toString).filter("true"::equals).isPresent();
    }

    private static MapNode map(MapNode object, String field) {
        Optional<MapNode> value = object.getMap(field);
        return value.orElse(MapNode.empty());
    }
}
