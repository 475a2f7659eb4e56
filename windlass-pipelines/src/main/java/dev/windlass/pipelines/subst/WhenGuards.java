package dev.windlass.pipelines.subst;

import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.StringNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Substitution in {@code when} guards as Tekton does it: {@code values} expand whole array
 * references in place, an {@code input} that is a whole array reference becomes the array as JSON
 * text (compared as one string), {@code cel} is substituted as a string.
 */
final class WhenGuards {

    private WhenGuards() {
    }

    static Node apply(Node when, Replacements table) {
        if (!(when instanceof ListNode list)) {
            return Substitution.apply(when, table);
        }
        List<Node> out = new ArrayList<>();
        for (Node item : list.items()) {
            out.add(item instanceof MapNode guard ? guard(guard, table) : Substitution.apply(item, table));
        }
        return new ListNode(out);
    }

    private static MapNode guard(MapNode guard, Replacements table) {
        MapNode.Builder out = MapNode.builder();
        guard.asJavaMap().forEach((key, value) -> {
            if (key.equals("input") && value instanceof StringNode text) {
                Optional<List<String>> array = Substitution.wholeArray(text.value(), table);
                out.put(key, new StringNode(array.map(WhenGuards::json).orElseGet(
                        () -> Substitution.apply(text.value(), table))));
            } else {
                out.put(key, Substitution.apply(value, table));
            }
        });
        return out.build();
    }

    /** A JSON array of strings, escaped as Go's encoding/json does (HTML-safe). */
    static String json(List<String> values) {
        return GoJson.write(new ListNode(values.stream().<Node>map(StringNode::new).toList()));
    }
}
