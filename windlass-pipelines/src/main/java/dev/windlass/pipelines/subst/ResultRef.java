package dev.windlass.pipelines.subst;

import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.StringNode;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reference to another pipeline task's result, {@code $(tasks.t.results.r)}, optionally with an
 * array index or object key ({@code $(tasks.t.results.r[1])}, {@code $(tasks.t.results.r.key)},
 * {@code $(tasks.t.results.r[*])}). These give the DAG its implicit edges.
 */
public record ResultRef(String pipelineTask, String result, Optional<String> selector) {

    private static final Pattern REF = Pattern.compile(
            "\\$\\(tasks\\.([A-Za-z0-9_-]+)\\.results\\.([A-Za-z0-9_.-]+?)((?:\\[[^\\]]*\\])|(?:\\.[A-Za-z0-9_-]+))?\\)");

    /** Every result reference in a string. */
    public static Set<ResultRef> in(String text) {
        Set<ResultRef> refs = new LinkedHashSet<>();
        Matcher matcher = REF.matcher(text);
        while (matcher.find()) {
            refs.add(new ResultRef(matcher.group(1), matcher.group(2), Optional.ofNullable(matcher.group(3))));
        }
        return refs;
    }

    /** Every result reference in the strings of a tree. */
    public static Set<ResultRef> in(Node tree) {
        Set<ResultRef> refs = new LinkedHashSet<>();
        collect(tree, refs);
        return refs;
    }

    private static void collect(Node node, Set<ResultRef> refs) {
        if (node instanceof StringNode text) {
            refs.addAll(in(text.value()));
        } else if (node instanceof MapNode map) {
            map.asJavaMap().values().forEach(value -> collect(value, refs));
        } else if (node instanceof ListNode list) {
            list.items().forEach(item -> collect(item, refs));
        }
    }
}
