package dev.windlass.controller.app;

import dev.windlass.model.Issue;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Argo CD's {@code status.conditions}: {@code {type, message, lastTransitionTime}} entries. A
 * condition that was already there with the same type and message keeps its transition time, so
 * repeated refreshes do not look like new problems.
 */
final class Conditions {

    /** The most conditions written; the rest are summarised in the last one. */
    static final int MAX = 20;

    private Conditions() {
    }

    /** A condition for an issue: its code is the type, its location prefixes the message. */
    static MapNode of(Issue issue, Instant now) {
        return condition(issue.code(), describe(issue), now);
    }

    static MapNode condition(String type, String message, Instant now) {
        return MapNode.of("type", Node.of(type), "message", Node.of(message),
                "lastTransitionTime", Node.of(Timestamps.format(now)));
    }

    /** The message of an issue with its place: {@code file:line:col: message} or {@code object field: message}. */
    static String describe(Issue issue) {
        String place = issue.location().toString();
        return place.isEmpty() ? issue.message() : place + ": " + issue.message();
    }

    /** {@code fresh} with the transition times of equal conditions in {@code previous} kept. */
    static ListNode merge(List<MapNode> fresh, Optional<ListNode> previous) {
        List<Node> merged = new ArrayList<>();
        for (MapNode condition : fresh.subList(0, Math.min(fresh.size(), MAX))) {
            merged.add(previous.flatMap(list -> same(list, condition)).orElse(condition));
        }
        return new ListNode(merged);
    }

    private static Optional<MapNode> same(ListNode previous, MapNode condition) {
        for (Node node : previous.items()) {
            if (node instanceof MapNode old && old.getText("type").equals(condition.getText("type"))
                    && old.getText("message").equals(condition.getText("message"))) {
                return Optional.of(old);
            }
        }
        return Optional.empty();
    }
}
