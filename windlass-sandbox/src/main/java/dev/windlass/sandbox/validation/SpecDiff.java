package dev.windlass.sandbox.validation;

import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The short list of changed fields that follows a {@code Forbidden} message about a changed spec
 * (kube-apiserver prints a go-cmp diff there): one {@code - path: old} / {@code + path: new} pair
 * per changed leaf, at most {@value #MAX_CHANGES} of them.
 */
final class SpecDiff {

    static final int MAX_CHANGES = 10;

    private SpecDiff() {
    }

    /** The diff of {@code before} and {@code after} under {@code path}, as lines each starting with two spaces. */
    static String of(String path, Node before, Node after) {
        List<String> lines = new ArrayList<>();
        collect(path, before, after, lines);
        return String.join("\n", lines);
    }

    private static void collect(String path, Node before, Node after, List<String> lines) {
        if (lines.size() >= MAX_CHANGES * 2 || equal(before, after)) {
            return;
        }
        if (before instanceof MapNode b && after instanceof MapNode a) {
            Set<String> keys = new LinkedHashSet<>(b.keys());
            keys.addAll(a.keys());
            for (String key : keys) {
                collect(path + "." + key, b.get(key).orElse(null), a.get(key).orElse(null), lines);
            }
            return;
        }
        if (before instanceof ListNode b && after instanceof ListNode a && b.size() == a.size()) {
            for (int i = 0; i < b.size(); i++) {
                collect(path + "[" + i + "]", b.items().get(i), a.items().get(i), lines);
            }
            return;
        }
        if (before != null) {
            lines.add("  - " + path + ": " + FieldErrors.render(before));
        }
        if (after != null) {
            lines.add("  + " + path + ": " + FieldErrors.render(after));
        }
    }

    private static boolean equal(Node before, Node after) {
        return before == null ? after == null : before.equals(after);
    }
}
