package dev.windlass.controller.app;

import dev.windlass.model.Issue;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/**
 * The status an Application gets at the end of a reconcile, built from the stored one: the refresh
 * fields are replaced, the operation state and history carried over unless the reconcile changed
 * them, and conditions recomputed (keeping the transition times of those that did not change).
 */
final class StatusDraft {

    private final MapNode previous;
    private final Map<String, Node> fields;
    private final List<MapNode> conditions = new ArrayList<>();
    private final List<String> syncErrors = new ArrayList<>();
    private boolean operationCleared;

    StatusDraft(MapNode previous) {
        this.previous = previous;
        this.fields = new LinkedHashMap<>(previous.asJavaMap());
    }

    MapNode previous() {
        return previous;
    }

    void compared(Comparison comparison, ApplicationSpec spec, Instant now) {
        fields.put("sync", ComparedStatus.sync(comparison, spec));
        fields.put("health", ComparedStatus.health(comparison));
        if (!comparison.failed()) {
            fields.put("resources", ComparedStatus.resources(comparison));
            fields.put("summary", ComparedStatus.summary(comparison));
        }
        fields.put("sourceType", Node.of("Directory"));
        fields.put("reconciledAt", Node.of(Timestamps.format(now)));
        for (Issue issue : comparison.issues()) {
            if (issue.isError() || issue.code().equals(TargetObjects.COMPARISON_ERROR)
                    || issue.code().equals("RepeatedResourceWarning")) {
                conditions.add(Conditions.of(issue, now));
            }
        }
    }

    void invalid(List<Issue> issues, Instant now) {
        fields.put("sync", MapNode.of("status", Node.of("Unknown")));
        fields.put("health", MapNode.of("status", Node.of("Unknown")));
        fields.put("reconciledAt", Node.of(Timestamps.format(now)));
        for (Issue issue : issues) {
            if (issue.isError()) {
                conditions.add(Conditions.of(issue, now));
            }
        }
    }

    void orphans(String message, Instant now) {
        conditions.add(Conditions.condition(OrphanedResources.CONDITION, message, now));
    }

    void syncError(String message) {
        syncErrors.add(message);
    }

    void operationState(MapNode state) {
        fields.put("operationState", state);
    }

    void history(ListNode history) {
        fields.put("history", history);
    }

    void clearOperation() {
        operationCleared = true;
    }

    boolean operationCleared() {
        return operationCleared;
    }

    MapNode build(Instant now) {
        List<MapNode> all = new ArrayList<>(conditions);
        for (String message : syncErrors) {
            all.add(Conditions.condition("SyncError", message, now));
        }
        failedOperation().ifPresent(message -> all.add(Conditions.condition("SyncError", message, now)));
        ListNode merged = Conditions.merge(all, previous.getList("conditions"));
        if (merged.isEmpty()) {
            fields.remove("conditions");
        } else {
            fields.put("conditions", merged);
        }
        return MapNode.copyOf(fields);
    }

    /** A failed last operation at the revision just compared is reported as a SyncError condition. */
    private Optional<String> failedOperation() {
        MapNode built = MapNode.copyOf(fields);
        Optional<MapNode> state = built.getMap("operationState");
        String phase = state.flatMap(s -> s.getText("phase")).orElse("");
        if (!phase.equals("Failed") && !phase.equals("Error")) {
            return Optional.empty();
        }
        String revision = state.flatMap(s -> s.getMap("syncResult")).flatMap(r -> r.getText("revision")).orElse("");
        String current = built.getMap("sync").flatMap(s -> s.getText("revision")).orElse("");
        if (!revision.isEmpty() && !revision.equals(current)) {
            return Optional.empty();
        }
        String message = state.flatMap(s -> s.getText("message")).orElse(phase);
        return syncErrors.stream().anyMatch(e -> e.contains(message)) ? Optional.empty() : Optional.of(message);
    }
}
