package dev.windlass.sandbox.controller.lifecycle;

import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.api.Meta;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A CRD's status as the apiextensions controllers write it, keeping transition times that did not change. */
final class CrdStatus {

    private CrdStatus() {
    }

    /** Names accepted, established, the names served and the storage version recorded. */
    static MapNode established(MapNode crd, Instant now) {
        MapNode status = crd.getMap("status").orElse(MapNode.empty());
        MapNode spec = crd.getMap("spec").orElse(MapNode.empty());
        List<Node> conditions = new ArrayList<>();
        conditions.add(condition(status, "NamesAccepted", "NoConflicts", "no conflicts found", now));
        conditions.add(condition(status, "Established", "InitialNamesAccepted", "the initial names have been accepted", now));
        return status.with("acceptedNames", spec.getMap("names").orElse(MapNode.empty()))
                .with("conditions", new ListNode(conditions))
                .with("storedVersions", storedVersions(status, spec));
    }

    /** The established status plus {@code Terminating}: instances are being deleted. */
    static MapNode terminating(MapNode crd, Instant now) {
        MapNode status = crd.getMap("status").orElse(MapNode.empty());
        List<Node> conditions = new ArrayList<>(conditions(status).stream()
                .filter(c -> !c.getText("type").orElse("").equals("Terminating")).toList());
        conditions.add(condition(status, "Terminating", "InstanceDeletionInProgress",
                "CustomResource deletion is in progress", now));
        return status.with("conditions", new ListNode(conditions));
    }

    private static ListNode storedVersions(MapNode status, MapNode spec) {
        Set<String> versions = new LinkedHashSet<>();
        status.getList("storedVersions").ifPresent(l -> l.items().forEach(n -> n.asText().ifPresent(versions::add)));
        spec.getList("versions").map(ListNode::items).orElse(List.of()).stream()
                .flatMap(n -> n.asMap().stream())
                .filter(v -> v.get("storage").map(b -> b.equals(Node.of(true))).orElse(false))
                .forEach(v -> v.getText("name").ifPresent(versions::add));
        return new ListNode(versions.stream().map(v -> (Node) Node.of(v)).toList());
    }

    private static MapNode condition(MapNode status, String type, String reason, String message, Instant now) {
        Optional<MapNode> before = conditions(status).stream()
                .filter(c -> c.getText("type").orElse("").equals(type) && c.getText("status").orElse("").equals("True"))
                .findFirst();
        String since = before.flatMap(c -> c.getText("lastTransitionTime")).orElse(Meta.timestamp(now));
        return MapNode.of("type", type, "status", "True", "lastTransitionTime", since, "reason", reason,
                "message", message);
    }

    private static List<MapNode> conditions(MapNode status) {
        return status.getList("conditions").map(ListNode::items).orElse(List.of()).stream()
                .flatMap(n -> n.asMap().stream()).toList();
    }
}
