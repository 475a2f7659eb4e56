package dev.windlass.pipelines.triggers;

import dev.windlass.pipelines.subst.GoJson;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.NullNode;
import dev.windlass.model.tree.StringNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSONPath subset TriggerBindings use, over the event {@code {body, header, extensions, context}}:
 * dotted fields ({@code body.head_commit.id}), indexes ({@code body.commits[0]}, negative from the end),
 * quoted keys ({@code body['a.b']}), and {@code [*]}; Kubernetes' relaxed forms {@code .body.x},
 * {@code {.body.x}} too. A missing field is an error, as Tekton does not allow missing keys.
 */
final class EventPath {

    /** The value's text as Tekton inserts it, or why there is none. */
    record Found(String text, String problem) {
    }

    private EventPath() {
    }

    static Found evaluate(Node event, String expression) {
        String path = expression.trim();
        if (path.startsWith("{") && path.endsWith("}")) {
            path = path.substring(1, path.length() - 1);
        }
        if (path.startsWith(".")) {
            path = path.substring(1);
        }
        List<Node> current = List.of(event);
        int i = 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '.') {
                i++;
                continue;
            }
            if (c == '[') {
                int end = path.indexOf(']', i);
                if (end < 0) {
                    return new Found(null, "unclosed [ in " + expression);
                }
                String inside = path.substring(i + 1, end);
                i = end + 1;
                StepResult next = bracket(current, inside, expression);
                if (next.problem != null) {
                    return new Found(null, next.problem);
                }
                current = next.nodes;
                continue;
            }
            int end = i;
            while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                end++;
            }
            String field = path.substring(i, end);
            i = end;
            StepResult next = field.equals("*") ? all(current) : field(current, field);
            if (next.problem != null) {
                return new Found(null, next.problem);
            }
            current = next.nodes;
        }
        return new Found(print(current), null);
    }

    /** Nodes reached by one step, or a problem. */
    private record StepResult(List<Node> nodes, String problem) {
    }

    private static StepResult field(List<Node> nodes, String name) {
        List<Node> out = new ArrayList<>();
        for (Node n : nodes) {
            if (!(n instanceof MapNode m) || m.get(name).isEmpty()) {
                return new StepResult(null, name + " is not found");
            }
            out.add(m.get(name).get());
        }
        return new StepResult(out, null);
    }

    private static StepResult bracket(List<Node> nodes, String inside, String expression) {
        String text = inside.trim();
        if (text.equals("*")) {
            return all(nodes);
        }
        boolean quoted = text.length() >= 2 && (text.charAt(0) == '\'' || text.charAt(0) == '"')
                && text.charAt(text.length() - 1) == text.charAt(0);
        if (quoted) {
            return field(nodes, text.substring(1, text.length() - 1));
        }
        int index;
        try {
            index = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return new StepResult(null, "unsupported JSONPath [" + inside + "] in " + expression
                    + "; use a field, an index, a quoted key or [*]");
        }
        List<Node> out = new ArrayList<>();
        for (Node n : nodes) {
            if (!(n instanceof ListNode l)) {
                return new StepResult(null, "[" + index + "] is not found: not a list");
            }
            int at = index < 0 ? l.size() + index : index;
            if (at < 0 || at >= l.size()) {
                return new StepResult(null, "array index out of bounds: index " + index + ", length " + l.size());
            }
            out.add(l.items().get(at));
        }
        return new StepResult(out, null);
    }

    private static StepResult all(List<Node> nodes) {
        List<Node> out = new ArrayList<>();
        for (Node n : nodes) {
            if (n instanceof ListNode l) {
                out.addAll(l.items());
            } else if (n instanceof MapNode m) {
                m.keys().stream().sorted().forEach(k -> out.add(m.get(k).orElseThrow()));
            }
        }
        return new StepResult(out, null);
    }

    private static String print(List<Node> nodes) {
        if (nodes.size() == 1) {
            Node n = nodes.get(0);
            if (n instanceof NullNode) {
                return "null";
            }
            return n instanceof StringNode s ? GoJson.escapedString(s.value()) : GoJson.write(n);
        }
        return GoJson.write(Node.list(nodes));
    }
}
