package dev.windlass.sandbox.apply;

import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.api.WireJson;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How the API server eases {@code kubectl apply --server-side} onto objects that client-side
 * {@code kubectl apply} managed: an apply by the manager {@code kubectl} may take, without
 * {@code --force-conflicts}, every conflicting field that the
 * {@code kubectl.kubernetes.io/last-applied-configuration} annotation sets to its live value; and
 * when the object has that annotation, such an apply rewrites it to the applied configuration so
 * a later client-side apply still computes the right three-way patch. Other managers opt out.
 */
final class LastAppliedUpgrade {

    static final String ANNOTATION = "kubectl.kubernetes.io/last-applied-configuration";
    private static final String KUBECTL = "kubectl";
    private static final int ANNOTATIONS_SIZE_LIMIT = 256 * 1024;

    private LastAppliedUpgrade() {
    }

    /** Whether kubectl applies and every conflict lies on a field the annotation sets to its live value. */
    static boolean covers(ApplyRequest request, List<ApplyConflict> conflicts) {
        if (!KUBECTL.equals(request.manager()) || request.live() == null) {
            return false;
        }
        Optional<MapNode> lastApplied = lastApplied(request.live())
                .filter(object -> object.getText("apiVersion").filter(request.apiVersion()::equals).isPresent());
        if (lastApplied.isEmpty()) {
            return false;
        }
        SchemaCursor cursor = new SchemaCursor(request.kind(), request.schema());
        FieldSet allowed;
        try {
            Comparison differences = Comparison.of(lastApplied.get(), ManagedFields.strip(request.live()), cursor);
            allowed = AppliedFieldSet.of(lastApplied.get(), cursor).difference(differences.added())
                    .difference(differences.modified()).difference(differences.removed());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return conflicts.stream().allMatch(conflict -> allowed.contains(conflict.path()));
    }

    /** {@code result} with the annotation rewritten to the applied configuration, when kubectl applied and it exists. */
    static ApplyResult syncAnnotation(ApplyRequest request, ApplyResult result) {
        if (!KUBECTL.equals(request.manager()) || !(result instanceof ApplyResult.Applied applied)) {
            return result;
        }
        MapNode object = applied.object();
        MapNode metadata = object.getMap("metadata").orElse(MapNode.empty());
        MapNode annotations = metadata.getMap("annotations").orElse(MapNode.empty());
        if (!annotations.containsKey(ANNOTATION)) {
            return result;
        }
        MapNode updatedAnnotations = annotations.with(ANNOTATION, Node.of(encode(request.config())));
        if (size(updatedAnnotations) > ANNOTATIONS_SIZE_LIMIT) {
            updatedAnnotations = annotations.without(ANNOTATION);
        }
        if (updatedAnnotations.equals(annotations)) {
            return result;
        }
        MapNode updated = object.with("metadata", metadata.with("annotations", updatedAnnotations));
        return new ApplyResult.Applied(updated, true);
    }

    private static Optional<MapNode> lastApplied(MapNode live) {
        Optional<String> text = live.getMap("metadata").flatMap(m -> m.getMap("annotations"))
                .flatMap(a -> a.getText(ANNOTATION)).filter(t -> !t.isBlank());
        try {
            return text.flatMap(t -> WireJson.parse(t.getBytes(java.nio.charset.StandardCharsets.UTF_8)).asMap());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The configuration without the annotation itself, as compact JSON with sorted keys and a final newline. */
    private static String encode(MapNode config) {
        MapNode metadata = config.getMap("metadata").orElse(MapNode.empty());
        MapNode annotations = metadata.getMap("annotations").orElse(MapNode.empty()).without(ANNOTATION);
        MapNode stripped = config.with("metadata", metadata.with("annotations", annotations));
        return WireJson.text(sorted(stripped)) + "\n";
    }

    private static Node sorted(Node node) {
        if (node instanceof MapNode map) {
            MapNode.Builder out = MapNode.builder();
            new TreeMap<>(map.asJavaMap()).forEach((key, value) -> out.put(key, sorted(value)));
            return out.build();
        }
        if (node instanceof ListNode list) {
            return new ListNode(list.items().stream().map(LastAppliedUpgrade::sorted).toList());
        }
        return node;
    }

    private static int size(MapNode annotations) {
        return annotations.asJavaMap().entrySet().stream()
                .mapToInt(e -> e.getKey().length() + e.getValue().asText().map(String::length).orElse(0)).sum();
    }
}
