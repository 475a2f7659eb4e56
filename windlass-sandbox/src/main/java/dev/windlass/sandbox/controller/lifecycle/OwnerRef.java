package dev.windlass.sandbox.controller.lifecycle;

import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.api.Meta;
import java.util.List;
import java.util.function.Predicate;

/**
 * One entry of {@code metadata.ownerReferences}, with the raw entry kept so that rewriting the
 * list preserves fields this class does not model.
 */
record OwnerRef(String group, String kind, String name, String uid, boolean blockOwnerDeletion, MapNode raw) {

    static List<OwnerRef> of(MapNode object) {
        if (object == null) {
            return List.of();
        }
        return Meta.of(object).getList("ownerReferences").map(ListNode::items).orElse(List.of()).stream()
                .flatMap(n -> n.asMap().stream())
                .map(OwnerRef::parse)
                .toList();
    }

    private static OwnerRef parse(MapNode raw) {
        String apiVersion = raw.getText("apiVersion").orElse("");
        int slash = apiVersion.lastIndexOf('/');
        return new OwnerRef(slash < 0 ? "" : apiVersion.substring(0, slash), raw.getText("kind").orElse(""),
                raw.getText("name").orElse(""), raw.getText("uid").orElse(""),
                raw.get("blockOwnerDeletion").map(n -> n.equals(Node.of(true))).orElse(false), raw);
    }

    /** {@code object} keeping only the references {@code keep} accepts (the field removed when none remain). */
    static MapNode retain(MapNode object, Predicate<OwnerRef> keep) {
        List<Node> kept = of(object).stream().filter(keep).map(ref -> (Node) ref.raw()).toList();
        return Meta.with(object, "ownerReferences", kept.isEmpty() ? null : new ListNode(kept));
    }
}
