package dev.windlass.controller.app;

import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds {@code status.operationState} and {@code status.history[]} in Argo CD's shape.
 */
final class OperationStates {

    private OperationStates() {
    }

    /** The stored state of {@code operation} when it is the one running now; empty for a new operation. */
    static Optional<MapNode> running(MapNode status, Operation operation) {
        return status.getMap("operationState")
                .filter(state -> state.getText("phase").orElse("").equals(OperationPhase.RUNNING.text()))
                .filter(state -> state.getMap("operation").map(op -> op.equals(operation.toNode())).orElse(false));
    }

    static MapNode state(Operation operation, OperationPhase phase, String message, Instant startedAt,
            Optional<Instant> finishedAt, long retryCount, String revision, MapNode source, ListNode resources) {
        MapNode.Builder state = MapNode.builder()
                .put("operation", operation.toNode())
                .put("phase", Node.of(phase.text()))
                .put("message", Node.of(message))
                .put("startedAt", Node.of(Timestamps.format(startedAt)));
        finishedAt.ifPresent(at -> state.put("finishedAt", Node.of(Timestamps.format(at))));
        if (retryCount > 0) {
            state.put("retryCount", Node.of(retryCount));
        }
        MapNode.Builder result = MapNode.builder().put("revision", Node.of(revision)).put("source", source);
        if (!resources.isEmpty()) {
            result.put("resources", resources);
        }
        return state.put("syncResult", result.build()).build();
    }

    static Instant startedAt(MapNode state, Instant fallback) {
        return state.getText("startedAt").map(Instant::parse).orElse(fallback);
    }

    static long retryCount(MapNode state) {
        return state.get("retryCount").filter(n -> n instanceof dev.windlass.model.tree.IntNode)
                .map(n -> ((dev.windlass.model.tree.IntNode) n).value()).orElse(0L);
    }

    static ListNode resources(MapNode state) {
        return state.getMap("syncResult").flatMap(result -> result.getList("resources")).orElse(ListNode.empty());
    }

    /** {@code history} with a deployment appended and trimmed to the newest {@code limit} entries. */
    static ListNode appendHistory(Optional<ListNode> history, String revision, MapNode source, Instant startedAt,
            Instant deployedAt, Operation operation, int limit) {
        List<Node> entries = new ArrayList<>(history.map(ListNode::items).orElse(List.of()));
        long nextId = 0;
        for (Node entry : entries) {
            if (entry instanceof MapNode map && map.get("id").orElse(null) instanceof dev.windlass.model.tree.IntNode id) {
                nextId = Math.max(nextId, id.value() + 1);
            }
        }
        entries.add(MapNode.builder()
                .put("id", Node.of(nextId))
                .put("revision", Node.of(revision))
                .put("deployedAt", Node.of(Timestamps.format(deployedAt)))
                .put("deployStartedAt", Node.of(Timestamps.format(startedAt)))
                .put("source", source)
                .put("initiatedBy", operation.toNode().getMap("initiatedBy").orElse(MapNode.empty()))
                .build());
        int keep = Math.max(1, limit);
        return new ListNode(entries.subList(Math.max(0, entries.size() - keep), entries.size()));
    }

    /** The history entry with {@code id}. */
    static Optional<MapNode> historyEntry(MapNode status, long id) {
        for (Node entry : status.getList("history").map(ListNode::items).orElse(List.of())) {
            if (entry instanceof MapNode map && map.get("id").orElse(null) instanceof dev.windlass.model.tree.IntNode n
                    && n.value() == id) {
                return Optional.of(map);
            }
        }
        return Optional.empty();
    }
}
