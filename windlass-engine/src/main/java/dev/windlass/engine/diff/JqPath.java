package dev.windlass.engine.diff;

import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The subset of jq path expressions Argo CD users write in {@code jqPathExpressions}, evaluated
 * the way Argo CD runs them: {@code del(<expression>)} on the object. Supported: field access
 * ({@code .a.b}, {@code ."a/b"}, {@code .["a"]}), indexes ({@code .a[0]}), iteration
 * ({@code .a[]}), the {@code ?} suffix, pipes, and {@code select(...)} over comparisons
 * ({@code ==}, {@code !=}) of a relative path with a literal, {@code startswith}/{@code endswith}/
 * {@code contains} with a string, joined by {@code and}/{@code or}. {@link JqPathParser} refuses
 * anything else. As in jq, iterating over null or indexing a scalar is an error without {@code ?};
 * Argo CD then skips the expression, and so does {@link #delete}.
 */
final class JqPath {

    /** One step of a path expression. */
    sealed interface Step permits Field, Index, Iterate, Select {
    }

    record Field(String name, boolean optional) implements Step {
    }

    record Index(int index, boolean optional) implements Step {
    }

    record Iterate(boolean optional) implements Step {
    }

    record Select(Condition condition) implements Step {
    }

    /** A {@code select} condition. */
    sealed interface Condition permits Compare, StringTest, And, Or {
    }

    /** {@code path == literal} or, when {@code negated}, {@code path != literal}. */
    record Compare(List<Step> path, Node literal, boolean negated) implements Condition {
    }

    /** {@code path | startswith("x")}, {@code endswith}, {@code contains}. */
    record StringTest(List<Step> path, String function, String argument) implements Condition {
    }

    record And(Condition left, Condition right) implements Condition {
    }

    record Or(Condition left, Condition right) implements Condition {
    }

    /** A jq runtime error: the whole expression does nothing. */
    private static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failure() {
            super(null, null, false, false);
        }
    }

    private final String text;
    private final List<Step> steps;

    JqPath(String text, List<Step> steps) {
        this.text = text;
        this.steps = List.copyOf(steps);
    }

    String text() {
        return text;
    }

    List<Step> steps() {
        return steps;
    }

    /** {@code document} without every value the expression selects; unchanged when jq would fail. */
    Node delete(Node document) {
        List<FieldPath> paths = new ArrayList<>();
        try {
            collect(document, 0, FieldPath.root(), paths);
        } catch (Failure e) {
            return document;
        }
        paths.sort(Comparator.comparing(JqPath::sortKey, JqPath::compareKeys).reversed());
        Node result = document;
        for (FieldPath path : paths) {
            result = TreeRemoval.remove(result, path);
        }
        return result;
    }

    private void collect(Node node, int index, FieldPath path, List<FieldPath> out) {
        if (index == steps.size()) {
            out.add(path);
            return;
        }
        Step step = steps.get(index);
        if (step instanceof Field field) {
            if (node instanceof MapNode map) {
                collect(map.get(field.name()).orElse(Node.nullNode()), index + 1, path.key(field.name()), out);
            } else if (node.isNull()) {
                collect(node, index + 1, path.key(field.name()), out);
            } else if (!field.optional()) {
                throw new Failure();
            }
        } else if (step instanceof Index at) {
            if (node instanceof ListNode list) {
                int position = at.index() < 0 ? list.size() + at.index() : at.index();
                collect(list.get(position).orElse(Node.nullNode()), index + 1, path.index(Math.max(position, 0)), out);
            } else if (node.isNull()) {
                collect(node, index + 1, path.index(Math.max(at.index(), 0)), out);
            } else if (!at.optional()) {
                throw new Failure();
            }
        } else if (step instanceof Iterate iterate) {
            iterate(node, iterate, index, path, out);
        } else if (step instanceof Select select && holds(select.condition(), node)) {
            collect(node, index + 1, path, out);
        }
    }

    private void iterate(Node node, Iterate iterate, int index, FieldPath path, List<FieldPath> out) {
        if (node instanceof ListNode list) {
            for (int i = 0; i < list.size(); i++) {
                collect(list.items().get(i), index + 1, path.index(i), out);
            }
        } else if (node instanceof MapNode map) {
            map.asJavaMap().forEach((key, value) -> collect(value, index + 1, path.key(key), out));
        } else if (!iterate.optional()) {
            throw new Failure();
        }
    }

    private static boolean holds(Condition condition, Node node) {
        if (condition instanceof Compare compare) {
            return Values.equal(value(compare.path(), node), compare.literal()) != compare.negated();
        }
        if (condition instanceof StringTest test) {
            return stringTest(test, value(test.path(), node));
        }
        if (condition instanceof And and) {
            return holds(and.left(), node) && holds(and.right(), node);
        }
        Or or = (Or) condition;
        return holds(or.left(), node) || holds(or.right(), node);
    }

    private static boolean stringTest(StringTest test, Node value) {
        String text = value.asText().orElseThrow(Failure::new);
        return switch (test.function()) {
            case "startswith" -> text.startsWith(test.argument());
            case "endswith" -> text.endsWith(test.argument());
            default -> text.contains(test.argument());
        };
    }

    /** The value a field/index path reaches from {@code node}; null for missing fields, a failure on scalars. */
    private static Node value(List<Step> path, Node node) {
        Node current = node;
        for (Step step : path) {
            if (current.isNull()) {
                return current;
            }
            if (step instanceof Field field && current instanceof MapNode map) {
                current = map.get(field.name()).orElse(Node.nullNode());
            } else if (step instanceof Index at && current instanceof ListNode list) {
                current = list.get(at.index() < 0 ? list.size() + at.index() : at.index()).orElse(Node.nullNode());
            } else {
                throw new Failure();
            }
        }
        return current;
    }

    private static List<FieldPath.Segment> sortKey(FieldPath path) {
        return path.segments();
    }

    /** jq's path order: segment by segment, indexes by number, keys by text, a prefix first. */
    private static int compareKeys(List<FieldPath.Segment> a, List<FieldPath.Segment> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int order = compareSegments(a.get(i), b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static int compareSegments(FieldPath.Segment a, FieldPath.Segment b) {
        if (a instanceof FieldPath.Index x && b instanceof FieldPath.Index y) {
            return Integer.compare(x.index(), y.index());
        }
        if (a instanceof FieldPath.Key x && b instanceof FieldPath.Key y) {
            return x.name().compareTo(y.name());
        }
        return a instanceof FieldPath.Index ? -1 : 1;
    }

    @Override
    public String toString() {
        return text;
    }
}
