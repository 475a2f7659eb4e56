package dev.windlass.controller.policy;

import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.policy.EnforcementAction;
import dev.windlass.policy.Violation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One constraint's audit result as it accumulates: the total, the count per enforcement action,
 * and the first {@code limit} violations as Gatekeeper lists them in {@code status.violations}
 * ({@code enforcementAction, group, version, kind, message, name, namespace}).
 */
final class AuditTally {

    private final int limit;
    private final List<Node> listed = new ArrayList<>();
    private final Map<EnforcementAction, Long> byAction = new EnumMap<>(EnforcementAction.class);
    private long total;

    AuditTally(int limit) {
        this.limit = limit;
    }

    void add(KubeObject object, Violation violation) {
        total++;
        byAction.merge(violation.action(), 1L, Long::sum);
        if (listed.size() < limit) {
            MapNode.Builder entry = MapNode.builder()
                    .put("enforcementAction", Node.of(violation.action().wireName()))
                    .put("group", Node.of(object.gvk().group()))
                    .put("version", Node.of(object.gvk().version()))
                    .put("kind", Node.of(object.kind()))
                    .put("message", Node.of(violation.message()))
                    .put("name", Node.of(object.name()));
            if (!object.namespace().isEmpty()) {
                entry.put("namespace", Node.of(object.namespace()));
            }
            listed.add(entry.build());
        }
    }

    long total() {
        return total;
    }

    Map<EnforcementAction, Long> byAction() {
        return byAction;
    }

    /** {@code before} with this audit's fields; {@code violations} is left out when there are none. */
    MapNode status(MapNode before, String timestamp) {
        MapNode status = before.with("auditTimestamp", Node.of(timestamp)).with("totalViolations", Node.of(total));
        return listed.isEmpty() ? status.without("violations") : status.with("violations", new ListNode(listed));
    }
}
