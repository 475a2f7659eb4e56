package dev.windlass.sandbox.table;

import dev.windlass.model.tree.BoolNode;
import dev.windlass.model.tree.FloatNode;
import dev.windlass.model.tree.IntNode;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.StringNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A parsed Kubernetes JSONPath expression (the {@code k8s.io/client-go/util/jsonpath} subset that
 * CRD printer columns use): fields {@code .a.b} (with {@code \.} escapes), {@code ..} recursive
 * descent, {@code *} wildcards, indexes and slices {@code [0]}, {@code [-1]}, {@code [1:3]},
 * {@code [*]}, unions {@code [0,2]}, quoted keys {@code ['a.b']} and filters
 * {@code [?(@.type=="Ready")]} with {@code == != < > <= >=} or bare existence.
 * Missing keys yield no result rather than an error, as printer columns allow.
 */
final class JsonPath {

    /** One step of a path, applied to every value the previous step produced. */
    sealed interface Step permits Field, Recursive, Wildcard, Slice, Union, Filter, Literal {
    }

    /** A map key. */
    record Field(String name) implements Step {
    }

    /** {@code ..}: the value and every value below it. */
    record Recursive() implements Step {
    }

    /** {@code *}: every member of a map or item of a list. */
    record Wildcard() implements Step {
    }

    /** {@code [i]} ({@code index} true) or {@code [start:end:step]}; null bounds are open. */
    record Slice(Integer start, Integer end, Integer step, boolean index) implements Step {
    }

    /** {@code [a,b]}: the results of each branch, in order. */
    record Union(List<JsonPath> branches) implements Step {
    }

    /** {@code [?(left op right)]}, or {@code [?(left)]} with operator {@code exists}. */
    record Filter(JsonPath left, String operator, JsonPath right) implements Step {
    }

    /** A constant (string, number or boolean) on the right of a filter comparison. */
    record Literal(Node value) implements Step {
    }

    private final String text;
    private final List<Step> steps;

    JsonPath(String text, List<Step> steps) {
        this.text = text;
        this.steps = List.copyOf(steps);
    }

    /** Parses {@code text} such as {@code .status.conditions[?(@.type=="Ready")].status}. */
    static JsonPath parse(String text) {
        return new JsonPathParser(text).parse();
    }

    String text() {
        return text;
    }

    List<Step> steps() {
        return steps;
    }

    /** Every value the path selects below {@code root}, in document order; empty when it selects nothing or fails. */
    List<Node> evaluate(Node root) {
        try {
            return apply(List.of(root));
        } catch (EvaluationException e) {
            return List.of();
        }
    }

    private List<Node> apply(List<Node> input) {
        List<Node> current = input;
        for (Step step : steps) {
            current = applyStep(step, current);
        }
        return current;
    }

    private static List<Node> applyStep(Step step, List<Node> input) {
        List<Node> out = new ArrayList<>();
        for (Node value : input) {
            if (step instanceof Field f) {
                value.asMap().flatMap(m -> m.get(f.name())).ifPresent(out::add);
            } else if (step instanceof Recursive) {
                descendants(value, out);
            } else if (step instanceof Wildcard) {
                members(value, out);
            } else if (step instanceof Slice s) {
                slice(s, value, out);
            } else if (step instanceof Union u) {
                u.branches().forEach(b -> out.addAll(b.apply(List.of(value))));
            } else if (step instanceof Filter f) {
                filter(f, value, out);
            } else if (step instanceof Literal l) {
                out.add(l.value());
            }
        }
        return out;
    }

    private static void descendants(Node value, List<Node> out) {
        out.add(value);
        if (value instanceof MapNode map) {
            map.asJavaMap().values().forEach(child -> descendants(child, out));
        } else if (value instanceof ListNode list) {
            list.items().forEach(child -> descendants(child, out));
        }
    }

    private static void members(Node value, List<Node> out) {
        if (value instanceof MapNode map) {
            out.addAll(map.asJavaMap().values());
        } else if (value instanceof ListNode list) {
            out.addAll(list.items());
        }
    }

    private static void slice(Slice s, Node value, List<Node> out) {
        if (!(value instanceof ListNode list)) {
            throw new EvaluationException();
        }
        int size = list.size();
        if (s.index()) {
            int i = s.start() < 0 ? s.start() + size : s.start();
            if (i < 0 || i >= size) {
                throw new EvaluationException();
            }
            out.add(list.items().get(i));
            return;
        }
        int step = s.step() == null ? 1 : s.step();
        if (step <= 0) {
            throw new EvaluationException();
        }
        int start = clamp(s.start() == null ? 0 : s.start(), size);
        int end = clamp(s.end() == null ? size : s.end(), size);
        for (int i = start; i < end; i += step) {
            out.add(list.items().get(i));
        }
    }

    private static int clamp(int bound, int size) {
        int value = bound < 0 ? bound + size : bound;
        return Math.max(0, Math.min(size, value));
    }

    private static void filter(Filter f, Node value, List<Node> out) {
        if (!(value instanceof ListNode list)) {
            throw new EvaluationException();
        }
        for (Node item : list.items()) {
            List<Node> lefts = f.left().apply(List.of(item));
            if (f.operator().equals("exists")) {
                if (!lefts.isEmpty()) {
                    out.add(item);
                }
                continue;
            }
            List<Node> rights = f.right().apply(List.of(item));
            if (lefts.isEmpty() || rights.isEmpty()) {
                continue;
            }
            if (lefts.size() > 1 || rights.size() > 1) {
                throw new EvaluationException();
            }
            if (compare(f.operator(), lefts.get(0), rights.get(0))) {
                out.add(item);
            }
        }
    }

    /** Go template comparison: same basic kind only (strings, integers, floats, booleans). */
    private static boolean compare(String operator, Node left, Node right) {
        int order;
        if (left instanceof StringNode l && right instanceof StringNode r) {
            order = l.value().compareTo(r.value());
        } else if (left instanceof IntNode l && right instanceof IntNode r) {
            order = Long.compare(l.value(), r.value());
        } else if (left instanceof FloatNode l && right instanceof FloatNode r) {
            order = Double.compare(l.value(), r.value());
        } else if (left instanceof BoolNode l && right instanceof BoolNode r
                && (operator.equals("==") || operator.equals("!="))) {
            order = l.value() == r.value() ? 0 : 1;
        } else {
            throw new EvaluationException();
        }
        return switch (operator) {
            case "==" -> order == 0;
            case "!=" -> order != 0;
            case "<" -> order < 0;
            case ">" -> order > 0;
            case "<=" -> order <= 0;
            case ">=" -> order >= 0;
            default -> throw new EvaluationException();
        };
    }

    @Override
    public String toString() {
        return text;
    }

    /** Evaluation failed (index out of range, incomparable values); the column shows no value. */
    private static final class EvaluationException extends RuntimeException {
        EvaluationException() {
            super(null, null, false, false);
        }
    }
}
