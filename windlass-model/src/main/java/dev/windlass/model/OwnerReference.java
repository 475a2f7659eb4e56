package dev.windlass.model;

import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.Optional;

/** One entry of {@code metadata.ownerReferences}. Missing booleans read as {@code false}. */
public record OwnerReference(String apiVersion, String kind, String name, String uid,
                             boolean controller, boolean blockOwnerDeletion) {

    static Optional<OwnerReference> from(Node node) {
        return node.asMap().map(OwnerReference::fromMap);
    }

    private static OwnerReference fromMap(MapNode map) {
        return new OwnerReference(
                map.getText("apiVersion").orElse(""),
                map.getText("kind").orElse(""),
                map.getText("name").orElse(""),
                map.getText("uid").orElse(""),
                flag(map, "controller"),
                flag(map, "blockOwnerDeletion"));
    }

    private static boolean flag(MapNode map, String key) {
        return map.get(key).map(n -> n.equals(Node.of(true))).orElse(false);
    }

    public GroupVersionKind gvk() {
        return GroupVersionKind.of(apiVersion, kind);
    }
}
