package dev.windlass.model.patch;

import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The directive keys of strategic merge patch and the clean-up of patch values that are taken
 * whole: a value added where the original had nothing keeps no directives and no nulls, as the
 * API server stores it.
 */
final class SmpDirectives {

    static final String PATCH = "$patch";
    static final String RETAIN_KEYS = "$retainKeys";
    static final String SET_ELEMENT_ORDER = "$setElementOrder";
    static final String DELETE_FROM_PRIMITIVE_LIST = "$deleteFromPrimitiveList";

    static final String REPLACE = "replace";
    static final String DELETE = "delete";
    static final String MERGE = "merge";

    private SmpDirectives() {
    }

    /** The {@code $patch} value of a map, if it has one; fails when it is not a string. */
    static Optional<String> patchDirective(MapNode map, List<String> path) {
        Optional<Node> value = map.get(PATCH);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(value.get().asText().orElseThrow(() -> invalid(path,
                "$patch must be one of replace, delete, merge, not " + JsonValues.show(value.get()))));
    }

    /**
     * The field a prefixed directive key refers to ({@code $setElementOrder/containers} →
     * {@code containers}), or empty when {@code key} does not start with {@code prefix}.
     */
    static Optional<String> fieldOf(String key, String prefix, List<String> path) {
        if (!key.startsWith(prefix)) {
            return Optional.empty();
        }
        if (key.length() <= prefix.length() + 1 || key.charAt(prefix.length()) != '/') {
            throw invalid(path, "\"" + key + "\" is not of the form " + prefix + "/<field>");
        }
        return Optional.of(key.substring(prefix.length() + 1));
    }

    /** Whether {@code key} is a directive rather than a field. */
    static boolean isDirectiveKey(String key) {
        return key.equals(PATCH) || key.equals(RETAIN_KEYS)
                || key.startsWith(SET_ELEMENT_ORDER + "/") || key.startsWith(DELETE_FROM_PRIMITIVE_LIST + "/");
    }

    /**
     * {@code value} as stored when taken whole: maps with a {@code $patch} are dropped (empty),
     * other directive keys and null map values are removed, at every depth.
     */
    static Optional<Node> clean(Node value) {
        if (value instanceof MapNode map) {
            if (map.containsKey(PATCH)) {
                return Optional.empty();
            }
            MapNode.Builder out = MapNode.builder();
            for (Map.Entry<String, Node> entry : map.asJavaMap().entrySet()) {
                if (entry.getValue().isNull() || isDirectiveKey(entry.getKey())) {
                    continue;
                }
                clean(entry.getValue()).ifPresent(v -> out.put(entry.getKey(), v));
            }
            return Optional.of(out.build());
        }
        if (value instanceof ListNode list) {
            return Optional.of(cleanList(list));
        }
        return Optional.of(value);
    }

    /** A list's items, cleaned, without the items that are directives. */
    static ListNode cleanList(ListNode list) {
        List<Node> items = new ArrayList<>(list.size());
        for (Node item : list.items()) {
            clean(item).ifPresent(items::add);
        }
        return new ListNode(items);
    }

    static PatchException invalid(List<String> path, String message) {
        return new PatchException(PatchException.Kind.INVALID_DIRECTIVE, where(path) + message);
    }

    /** {@code "spec.template: "}, or nothing at the root, to put before a message. */
    static String where(List<String> path) {
        return path.isEmpty() ? "" : String.join(".", path) + ": ";
    }
}
