package dev.windlass.controller.app;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Location;
import dev.windlass.model.tree.BoolNode;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.IntNode;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.NullNode;
import dev.windlass.model.tree.StringNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Typed reads of an Application's fields that collect an {@code InvalidSpecError} issue (naming the
 * field) for every value of the wrong type, instead of stopping at the first.
 */
final class SpecFields {

    static final String INVALID_SPEC = "InvalidSpecError";

    private final KubeObject application;
    private final List<Issue> issues = new ArrayList<>();

    SpecFields(KubeObject application) {
        this.application = application;
    }

    List<Issue> issues() {
        return List.copyOf(issues);
    }

    void error(FieldPath field, String message) {
        issues.add(Issue.error(INVALID_SPEC, Location.of(application.key(), field), message));
    }

    Optional<MapNode> map(MapNode parent, FieldPath path, String key) {
        Optional<Node> node = present(parent, key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get() instanceof MapNode map) {
            return Optional.of(map);
        }
        error(path.key(key), "must be an object");
        return Optional.empty();
    }

    List<Node> list(MapNode parent, FieldPath path, String key) {
        Optional<Node> node = present(parent, key);
        if (node.isEmpty()) {
            return List.of();
        }
        if (node.get() instanceof ListNode list) {
            return list.items();
        }
        error(path.key(key), "must be a list");
        return List.of();
    }

    String text(MapNode parent, FieldPath path, String key, String fallback) {
        Optional<Node> node = present(parent, key);
        if (node.isEmpty()) {
            return fallback;
        }
        if (node.get() instanceof StringNode text) {
            return text.value();
        }
        if (node.get() instanceof IntNode number) {
            return Long.toString(number.value());
        }
        error(path.key(key), "must be a string");
        return fallback;
    }

    boolean bool(MapNode parent, FieldPath path, String key) {
        Optional<Node> node = present(parent, key);
        if (node.isEmpty()) {
            return false;
        }
        if (node.get() instanceof BoolNode flag) {
            return flag.value();
        }
        error(path.key(key), "must be true or false");
        return false;
    }

    long integer(MapNode parent, FieldPath path, String key, long fallback) {
        Optional<Node> node = present(parent, key);
        if (node.isEmpty()) {
            return fallback;
        }
        if (node.get() instanceof IntNode number) {
            return number.value();
        }
        error(path.key(key), "must be an integer");
        return fallback;
    }

    private static Optional<Node> present(MapNode parent, String key) {
        return parent.get(key).filter(node -> !(node instanceof NullNode));
    }
}
