package dev.windlass.render.conformance;

import dev.windlass.model.tree.FloatNode;
import dev.windlass.model.tree.IntNode;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** Finds the first place where two trees differ, to make a round-trip failure readable. */
final class TreeDiff {

    private TreeDiff() {
    }

    /** {@code path: before -> after} for the first difference, or empty when the trees are equal. */
    static Optional<String> first(Node before, Node after) {
        return first("", before, after);
    }

    private static Optional<String> first(String path, Node before, Node after) {
        if (before.equals(after) || sameNumber(before, after)) {
            return Optional.empty();
        }
        if (before instanceof MapNode a && after instanceof MapNode b) {
            return firstInMaps(path, a, b);
        }
        if (before instanceof ListNode a && after instanceof ListNode b && a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                Optional<String> found = first(path + "[" + i + "]", a.items().get(i), b.items().get(i));
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        return Optional.of(describe(path) + ": " + show(before) + " -> " + show(after));
    }

    private static Optional<String> firstInMaps(String path, MapNode a, MapNode b) {
        Set<String> keys = new LinkedHashSet<>(a.keys());
        keys.addAll(b.keys());
        for (String key : keys) {
            String child = path.isEmpty() ? key : path + "." + key;
            Optional<Node> left = a.get(key);
            Optional<Node> right = b.get(key);
            if (left.isEmpty() || right.isEmpty()) {
                return Optional.of(describe(child) + (left.isEmpty() ? " appeared" : " disappeared"));
            }
            Optional<String> found = first(child, left.get(), right.get());
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * A float with no fraction equals the integer it prints as: the writer prints numbers as Go's
     * encoding/json (and so kubectl) does, and Kubernetes reads {@code 1e18} and
     * {@code 1000000000000000000} as the same value.
     */
    private static boolean sameNumber(Node before, Node after) {
        if (before instanceof FloatNode f && after instanceof IntNode i) {
            return f.isIntegral() && (long) f.value() == i.value();
        }
        if (before instanceof IntNode i && after instanceof FloatNode f) {
            return f.isIntegral() && (long) f.value() == i.value();
        }
        return false;
    }

    private static String describe(String path) {
        return path.isEmpty() ? "(document)" : path;
    }

    private static String show(Node node) {
        String text = node.type() + " " + node;
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }
}
