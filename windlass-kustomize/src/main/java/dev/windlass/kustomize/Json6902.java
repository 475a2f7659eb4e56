package dev.windlass.kustomize;

import dev.windlass.model.patch.JsonPatch;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.List;

/**
 * JSON 6902 patches as kustomize applies them (evanphx/json-patch v4): like RFC 6902, except that
 * {@code replace} of a key missing from an existing object adds it. A missing parent is still an
 * error. Operations run in order, each on the result of the one before.
 */
final class Json6902 {

    private Json6902() {
    }

    static Node apply(Node target, Node patchDocument) {
        Node document = target;
        for (JsonPatch.Operation operation : JsonPatch.parse(patchDocument).operations()) {
            JsonPatch.Operation effective = replacesMissingKey(document, operation)
                    ? new JsonPatch.Operation(JsonPatch.Op.ADD, operation.path(), operation.from(), operation.value())
                    : operation;
            document = JsonPatch.of(List.of(effective)).apply(document);
        }
        return document;
    }

    private static boolean replacesMissingKey(Node document, JsonPatch.Operation operation) {
        if (operation.op() != JsonPatch.Op.REPLACE || operation.path().isRoot()) {
            return false;
        }
        Node parent = document;
        for (String token : operation.path().parent().tokens()) {
            if (parent instanceof MapNode map) {
                parent = map.get(token).orElse(null);
            } else if (parent != null && parent.asList().isPresent() && token.matches("0|[1-9][0-9]{0,8}")) {
                List<Node> items = parent.asList().orElseThrow().items();
                int index = Integer.parseInt(token);
                parent = index < items.size() ? items.get(index) : null;
            } else {
                return false;
            }
        }
        return parent instanceof MapNode map && !map.containsKey(operation.path().last());
    }
}
