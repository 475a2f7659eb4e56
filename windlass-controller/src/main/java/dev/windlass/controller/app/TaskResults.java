package dev.windlass.controller.app;

import dev.windlass.engine.sync.SyncPlan;
import dev.windlass.engine.sync.SyncResultStatus;
import dev.windlass.engine.sync.SyncTask;
import dev.windlass.engine.sync.TaskState;
import dev.windlass.engine.sync.TaskStatus;
import dev.windlass.model.ResourceKey;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-task states of a sync operation and their form in {@code operationState.syncResult.resources}
 * (Argo CD's shape: {@code group, version, kind, namespace, name, status, message, hookPhase, hookType,
 * syncPhase}). The stored entries are the operation's progress: after a restart they are matched back
 * to the tasks of the same plan, so nothing is applied twice.
 */
final class TaskResults {

    private final SyncPlan plan;
    private final Map<String, TaskState> states;

    private TaskResults(SyncPlan plan, Map<String, TaskState> states) {
        this.plan = plan;
        this.states = states;
    }

    /** The states stored in {@code resources}, matched to the tasks of {@code plan}. */
    static TaskResults restore(SyncPlan plan, ListNode resources) {
        Map<String, MapNode> stored = new HashMap<>();
        for (Node node : resources.items()) {
            if (node instanceof MapNode entry) {
                stored.put(identity(entry), entry);
            }
        }
        Map<String, TaskState> states = new LinkedHashMap<>();
        for (SyncTask task : plan.tasks()) {
            MapNode entry = stored.get(identity(task));
            if (entry != null) {
                states.put(task.id(), stateOf(entry));
            }
        }
        return new TaskResults(plan, states);
    }

    Map<String, TaskState> states() {
        return Map.copyOf(states);
    }

    boolean isEmpty() {
        return states.isEmpty();
    }

    void record(SyncTask task, TaskState state) {
        states.put(task.id(), state);
    }

    void replaceAll(Map<String, TaskState> settled) {
        states.clear();
        settled.forEach((id, state) -> {
            if (state.status() != TaskStatus.PENDING) {
                states.put(id, state);
            }
        });
    }

    ListNode toNode() {
        List<Node> entries = new ArrayList<>();
        for (SyncTask task : plan.tasks()) {
            TaskState state = states.getOrDefault(task.id(), TaskState.PENDING);
            SyncResultStatus.of(task, state).ifPresent(result -> entries.add(entry(result)));
        }
        return new ListNode(entries);
    }

    private static MapNode entry(SyncResultStatus result) {
        ResourceKey key = result.key();
        MapNode.Builder entry = MapNode.builder();
        if (!key.group().isEmpty()) {
            entry.put("group", Node.of(key.group()));
        }
        entry.put("version", Node.of(result.version()));
        entry.put("kind", Node.of(key.kind()));
        if (!key.namespace().isEmpty()) {
            entry.put("namespace", Node.of(key.namespace()));
        }
        entry.put("name", Node.of(key.name()));
        entry.put("status", Node.of(result.status().text()));
        entry.put("message", Node.of(result.message()));
        result.hookType().ifPresent(type -> entry.put("hookType", Node.of(type.text())));
        entry.put("hookPhase", Node.of(result.hookPhase().text()));
        entry.put("syncPhase", Node.of(result.syncPhase().text()));
        return entry.build();
    }

    private static TaskState stateOf(MapNode entry) {
        String status = entry.getText("status").orElse("");
        String phase = entry.getText("hookPhase").orElse("");
        String message = entry.getText("message").orElse("");
        if (status.equals("SyncFailed") || phase.equals("Failed") || phase.equals("Error")) {
            return TaskState.failed(message);
        }
        if (status.equals("PruneSkipped")) {
            return TaskState.skipped(message);
        }
        return phase.equals("Running") ? TaskState.running(message) : TaskState.succeeded(message);
    }

    private static String identity(SyncTask task) {
        ResourceKey key = task.key();
        return task.phase().text() + "|" + key.group() + "|" + key.kind() + "|" + key.namespace() + "|" + key.name()
                + "|" + (task.isPrune() || task.action() == dev.windlass.engine.sync.SyncAction.PRUNE_SKIPPED ? "prune" : "apply");
    }

    private static String identity(MapNode entry) {
        String status = entry.getText("status").orElse("");
        boolean prune = status.equals("Pruned") || status.equals("PruneSkipped")
                || entry.getText("message").orElse("").startsWith(SyncRunner.PRUNE_FAILED);
        return entry.getText("syncPhase").orElse("Sync") + "|" + entry.getText("group").orElse("") + "|"
                + entry.getText("kind").orElse("") + "|" + entry.getText("namespace").orElse("") + "|"
                + entry.getText("name").orElse("") + "|" + (prune ? "prune" : "apply");
    }
}
