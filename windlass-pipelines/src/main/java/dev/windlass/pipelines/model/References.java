package dev.windlass.pipelines.model;

import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.StringNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the pipeline tasks a tree refers to through {@code $(tasks.<name>.results.…)} (or {@code finally.}). */
final class References {

    private static final Pattern RESULT = Pattern.compile("\\$\\((tasks|finally)\\.([^.()\\[\\]]+)\\.results[.\\[]");

    private References() {
    }

    /**
     * Each task named in a {@code $(<section>.<name>.results…)} reference under {@code node} (found at
     * {@code at}), with the path of its first mention.
     */
    static Map<String, FieldPath> find(Node node, FieldPath at, String section) {
        Map<String, FieldPath> out = new LinkedHashMap<>();
        collect(node, at, section, out);
        return out;
    }

    static Set<String> in(Node node, String section) {
        return find(node, FieldPath.root(), section).keySet();
    }

    private static void collect(Node node, FieldPath at, String section, Map<String, FieldPath> out) {
        if (node instanceof StringNode text) {
            Matcher matcher = RESULT.matcher(text.value());
            while (matcher.find()) {
                if (matcher.group(1).equals(section)) {
                    out.putIfAbsent(matcher.group(2), at);
                }
            }
        } else if (node instanceof MapNode map) {
            map.asJavaMap().forEach((key, child) -> collect(child, at.key(key), section, out));
        } else if (node instanceof ListNode list) {
            for (int i = 0; i < list.size(); i++) {
                collect(list.items().get(i), at.index(i), section, out);
            }
        }
    }
}
