package dev.windlass.controller.policy;

import dev.windlass.engine.cluster.ResourceType;
import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which kinds the audit lists: those some constraint's {@code spec.match.kinds} names (as
 * Gatekeeper's {@code --audit-match-kind-only}), every listable kind when a constraint has no
 * {@code kinds}; an empty or {@code *} group or kind list matches every group or kind.
 */
final class AuditKinds {

    private AuditKinds() {
    }

    /** The kinds among {@code served} that {@code constraints} match, in discovery order. */
    static List<ResourceType> of(List<KubeObject> constraints, List<ResourceType> served) {
        Set<ResourceType> chosen = new LinkedHashSet<>();
        for (KubeObject constraint : constraints) {
            ListNode kinds = constraint.field(FieldPath.of("spec", "match", "kinds")).flatMap(Node::asList)
                    .orElse(ListNode.empty());
            if (kinds.items().isEmpty()) {
                return served;
            }
            for (Node entry : kinds.items()) {
                MapNode selector = entry.asMap().orElse(MapNode.empty());
                List<String> groups = texts(selector, "apiGroups");
                List<String> names = texts(selector, "kinds");
                for (ResourceType type : served) {
                    if (matches(groups, type.gvk().group()) && matches(names, type.gvk().kind())) {
                        chosen.add(type);
                    }
                }
            }
        }
        return new ArrayList<>(chosen);
    }

    /** An empty list or {@code *} matches everything, as in Gatekeeper's kinds matcher. */
    private static boolean matches(List<String> allowed, String value) {
        return allowed.isEmpty() || allowed.contains("*") || allowed.contains(value);
    }

    private static List<String> texts(MapNode map, String key) {
        List<String> out = new ArrayList<>();
        map.getList(key).ifPresent(list -> list.items().forEach(item -> item.asText().ifPresent(out::add)));
        return out;
    }
}
