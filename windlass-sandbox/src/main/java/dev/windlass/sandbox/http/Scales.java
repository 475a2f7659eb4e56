package dev.windlass.sandbox.http;

import dev.windlass.model.patch.JsonMergePatch;
import dev.windlass.model.patch.JsonPatch;
import dev.windlass.model.tree.IntNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.api.ApiException;
import dev.windlass.sandbox.api.PatchType;
import dev.windlass.sandbox.api.WireJson;
import dev.windlass.sandbox.query.LabelSelector;
import dev.windlass.sandbox.resource.ApiResource;
import java.util.List;

/** The {@code /scale} subresource: an {@code autoscaling/v1 Scale} view of a workload's replicas. */
final class Scales {

    private Scales() {
    }

    static MapNode toScale(ApiResource resource, MapNode object) {
        MapNode metadata = object.getMap("metadata").orElse(MapNode.empty());
        MapNode.Builder meta = MapNode.builder();
        for (String field : List.of("name", "namespace", "uid", "resourceVersion", "creationTimestamp")) {
            metadata.get(field).ifPresent(v -> meta.put(field, v));
        }
        MapNode spec = object.getMap("spec").orElse(MapNode.empty());
        MapNode status = object.getMap("status").orElse(MapNode.empty());
        MapNode.Builder scaleStatus = MapNode.builder().put("replicas", status.get("replicas").orElse(Node.of(0L)));
        selector(spec).ifPresent(s -> scaleStatus.put("selector", Node.of(s)));
        return MapNode.builder().put("kind", Node.of("Scale")).put("apiVersion", Node.of("autoscaling/v1"))
                .put("metadata", meta.build())
                .put("spec", MapNode.of("replicas", spec.get("replicas").orElse(Node.of(1L))))
                .put("status", scaleStatus.build()).build();
    }

    /** The workload with the Scale's {@code spec.replicas}, carrying its resourceVersion precondition. */
    static MapNode fromScale(ApiResource resource, MapNode current, MapNode scale) {
        Node replicas = scale.getMap("spec").flatMap(s -> s.get("replicas"))
                .filter(n -> n instanceof IntNode i && i.value() >= 0)
                .orElseThrow(() -> ApiException.invalid("autoscaling", "Scale", resource.plural(), List.of(
                        new ApiException.Cause("FieldValueInvalid",
                                "Invalid value: must be a non-negative integer", "spec.replicas"))));
        MapNode spec = current.getMap("spec").orElse(MapNode.empty()).with("replicas", replicas);
        MapNode updated = current.with("spec", spec);
        String version = scale.getMap("metadata").flatMap(m -> m.getText("resourceVersion")).orElse("");
        MapNode metadata = updated.getMap("metadata").orElse(MapNode.empty());
        return updated.with("metadata", version.isEmpty() ? metadata.without("resourceVersion")
                : metadata.with("resourceVersion", Node.of(version)));
    }

    static MapNode patchScale(ApiResource resource, MapNode current, PatchType type, byte[] body) {
        MapNode scale = toScale(resource, current);
        Node patched = switch (type) {
            case JSON -> JsonPatch.apply(scale, WireJson.parse(body));
            case MERGE, STRATEGIC -> JsonMergePatch.apply(scale, WireJson.parse(body));
            default -> throw new ApiException(415, "UnsupportedMediaType",
                    "apply patches are not supported on the scale subresource", null);
        };
        return patched.asMap().orElseThrow(() -> ApiException.badRequest("the patched Scale is not an object"));
    }

    /** {@code spec.selector} in the string form of a label selector ({@code app=web,tier in (a,b)}). */
    private static java.util.Optional<String> selector(MapNode spec) {
        return spec.getMap("selector").map(selector -> LabelSelector.fromNode(selector).toString());
    }

}
