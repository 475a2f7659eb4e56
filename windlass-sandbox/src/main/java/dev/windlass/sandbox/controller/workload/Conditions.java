package dev.windlass.sandbox.controller.workload;

import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Status conditions: find one by type, set one keeping its transition time while its status holds. */
final class Conditions {

    private Conditions() {
    }

    static Optional<MapNode> find(MapNode status, String type) {
        return Trees.list(status, "conditions").stream().flatMap(n -> n.asMap().stream())
                .filter(c -> Trees.text(c, "", "type").equals(type)).findFirst();
    }

    static boolean isTrue(MapNode status, String type) {
        return find(status, type).filter(c -> Trees.text(c, "", "status").equals("True")).isPresent();
    }

    /** A condition with the time fields {@code timeFields} (e.g. lastUpdateTime, lastTransitionTime) set to {@code now}. */
    static MapNode of(String type, String status, String reason, String message, String now, List<String> timeFields) {
        MapNode.Builder builder = MapNode.builder().put("type", Node.of(type)).put("status", Node.of(status));
        for (String field : timeFields) {
            builder.put(field, Node.of(now));
        }
        if (reason != null) {
            builder.put("reason", Node.of(reason));
        }
        if (message != null) {
            builder.put("message", Node.of(message));
        }
        return builder.build();
    }

    /**
     * {@code conditions} with {@code condition} in place of the one of its type. Unchanged when the
     * stored one has the same status, reason and message; otherwise the new one goes last (as the
     * controllers append it), keeping the stored lastTransitionTime while the status holds.
     */
    static ListNode set(ListNode conditions, MapNode condition) {
        String type = Trees.text(condition, "", "type");
        List<Node> result = new ArrayList<>();
        MapNode merged = condition;
        for (Node node : conditions.items()) {
            MapNode existing = node.asMap().orElse(MapNode.empty());
            if (!Trees.text(existing, "", "type").equals(type)) {
                result.add(node);
                continue;
            }
            merged = merge(existing, condition);
            if (merged == existing) {
                return conditions;
            }
        }
        result.add(merged);
        return new ListNode(result);
    }

    /** Like {@link #set} but always writes {@code condition} (a fresh lastUpdateTime), keeping the transition time. */
    static ListNode replace(ListNode conditions, MapNode condition) {
        String type = Trees.text(condition, "", "type");
        List<Node> result = new ArrayList<>();
        MapNode merged = condition;
        for (Node node : conditions.items()) {
            MapNode existing = node.asMap().orElse(MapNode.empty());
            if (!Trees.text(existing, "", "type").equals(type)) {
                result.add(node);
            } else if (same(existing, condition, "status") && existing.containsKey("lastTransitionTime")) {
                merged = condition.with("lastTransitionTime", existing.get("lastTransitionTime").orElseThrow());
            }
        }
        result.add(merged);
        return new ListNode(result);
    }

    private static MapNode merge(MapNode existing, MapNode condition) {
        boolean sameStatus = same(existing, condition, "status");
        if (sameStatus && same(existing, condition, "reason") && same(existing, condition, "message")) {
            return existing;
        }
        if (sameStatus && existing.containsKey("lastTransitionTime")) {
            return condition.with("lastTransitionTime", existing.get("lastTransitionTime").orElseThrow());
        }
        return condition;
    }

    private static boolean same(MapNode a, MapNode b, String field) {
        return a.get(field).equals(b.get(field));
    }
}
