package dev.windlass.cli.app;

import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.BoolNode;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.IntNode;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.StringNode;
import java.util.List;
import java.util.Optional;

/**
 * Read-only access to the fields of an Argo CD {@code Application} that {@code windlass app} prints,
 * with Argo CD's defaults (project {@code default}, the first of several sources). Missing fields read
 * as empty, as Go's zero values do.
 */
record ApplicationView(MapNode content) {

    static ApplicationView of(KubeObject app) {
        return new ApplicationView(app.content());
    }

    /** {@code NAMESPACE/NAME}, or {@code NAME} without a namespace (Argo CD's QualifiedName). */
    String qualifiedName() {
        String namespace = text(content, "metadata", "namespace");
        String name = text(content, "metadata", "name");
        return namespace.isEmpty() ? name : namespace + "/" + name;
    }

    String name() {
        return text(content, "metadata", "name");
    }

    String namespace() {
        return text(content, "metadata", "namespace");
    }

    String project() {
        String project = text(content, "spec", "project");
        return project.isEmpty() ? "default" : project;
    }

    /** The destination server URL, or its cluster name when no URL is set. */
    String cluster() {
        String server = text(content, "spec", "destination", "server");
        return server.isEmpty() ? text(content, "spec", "destination", "name") : server;
    }

    String destinationNamespace() {
        return text(content, "spec", "destination", "namespace");
    }

    boolean hasMultipleSources() {
        return !list(content, "spec", "sources").isEmpty();
    }

    /** Every source: {@code spec.sources}, or {@code spec.source} alone. */
    List<MapNode> sources() {
        if (hasMultipleSources()) {
            return maps(list(content, "spec", "sources"));
        }
        return List.of(map(content, "spec", "source"));
    }

    /** The source the summary columns show: the first of several, as Argo CD's GetSource. */
    MapNode source() {
        return sources().get(0);
    }

    boolean automated() {
        Optional<MapNode> automated = at(content, "spec", "syncPolicy", "automated").flatMap(Node::asMap);
        return automated.isPresent() && !(automated.get().get("enabled").orElse(BoolNode.TRUE) instanceof BoolNode b && !b.value());
    }

    boolean autoPrune() {
        return automated() && flag(content, "spec", "syncPolicy", "automated", "prune");
    }

    String syncStatus() {
        return text(content, "status", "sync", "status");
    }

    String syncRevision() {
        return text(content, "status", "sync", "revision");
    }

    String health() {
        return text(content, "status", "health", "status");
    }

    List<MapNode> conditions() {
        return maps(list(content, "status", "conditions"));
    }

    List<MapNode> resources() {
        return maps(list(content, "status", "resources"));
    }

    List<MapNode> history() {
        return maps(list(content, "status", "history"));
    }

    Optional<MapNode> operationState() {
        return at(content, "status", "operationState").flatMap(Node::asMap);
    }

    // Field access on any map, shared by the printers.

    static Optional<Node> at(MapNode map, String... keys) {
        return map.at(FieldPath.of(keys)).filter(n -> !n.isNull());
    }

    /** A string field, a number as Go prints it, or empty. */
    static String text(MapNode map, String... keys) {
        return at(map, keys).map(ApplicationView::scalar).orElse("");
    }

    static boolean flag(MapNode map, String... keys) {
        return at(map, keys).filter(BoolNode.class::isInstance).map(n -> ((BoolNode) n).value()).orElse(false);
    }

    static MapNode map(MapNode map, String... keys) {
        return at(map, keys).flatMap(Node::asMap).orElse(MapNode.empty());
    }

    static ListNode list(MapNode map, String... keys) {
        return at(map, keys).flatMap(Node::asList).orElse(ListNode.empty());
    }

    static List<MapNode> maps(ListNode list) {
        return list.items().stream().flatMap(n -> n.asMap().stream()).toList();
    }

    static List<String> strings(ListNode list) {
        return list.items().stream().map(ApplicationView::scalar).toList();
    }

    private static String scalar(Node node) {
        if (node instanceof StringNode s) {
            return s.value();
        }
        if (node instanceof IntNode i) {
            return Long.toString(i.value());
        }
        if (node instanceof BoolNode b) {
            return Boolean.toString(b.value());
        }
        return "";
    }
}
