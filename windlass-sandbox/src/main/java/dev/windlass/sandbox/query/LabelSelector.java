package dev.windlass.sandbox.query;

import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.api.ApiException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A Kubernetes label selector: an AND of requirements on an object's labels, as the
 * {@code labelSelector} query parameter and {@code metav1.LabelSelector} fields express it.
 *
 * <pre>{@code
 * LabelSelector s = LabelSelector.parse("app=web,tier in (front,back),!canary");
 * s.matches(Map.of("app", "web", "tier", "front"));   // true
 * s.toString();                                       // "!canary,app=web,tier in (back,front)"
 * }</pre>
 *
 * <p>Two selectors select without requirements: {@link #everything()} (the empty string, or an
 * empty {@code metav1.LabelSelector} {@code {}}) matches every object; {@link #nothing()} (a
 * missing, {@code null} {@code metav1.LabelSelector}) matches none. Requirements are kept sorted by
 * key, as the real server sorts them, which gives {@link #toString()} its canonical form.
 */
public final class LabelSelector {

    private static final LabelSelector EVERYTHING = new LabelSelector(List.of(), false);
    private static final LabelSelector NOTHING = new LabelSelector(List.of(), true);

    private final List<Requirement> requirements;
    private final boolean nothing;

    private LabelSelector(List<Requirement> requirements, boolean nothing) {
        List<Requirement> sorted = new ArrayList<>(requirements);
        sorted.sort(Comparator.comparing(Requirement::key));
        this.requirements = List.copyOf(sorted);
        this.nothing = nothing;
    }

    /** Matches every object. */
    public static LabelSelector everything() {
        return EVERYTHING;
    }

    /** Matches no object. */
    public static LabelSelector nothing() {
        return NOTHING;
    }

    /** A selector of the given requirements (AND); none gives {@link #everything()}. */
    public static LabelSelector of(List<Requirement> requirements) {
        return requirements.isEmpty() ? EVERYTHING : new LabelSelector(requirements, false);
    }

    /**
     * Parses the string form ({@code a=b,c!=d,e in (f,g),h notin (i),j,!k,l>1}).
     *
     * @throws ApiException 400 BadRequest with kube-apiserver's message when the text is not a selector
     */
    public static LabelSelector parse(String text) {
        return of(new LabelSelectorParser(text).parse());
    }

    /**
     * Builds the selector a {@code metav1.LabelSelector} describes: {@code matchLabels} (each an
     * equality) and {@code matchExpressions} with operators {@code In}, {@code NotIn},
     * {@code Exists} and {@code DoesNotExist}. A missing or {@code null} node selects nothing; an
     * empty map selects everything.
     *
     * @throws ApiException 400 BadRequest with the server's message for an invalid operator, key or value
     */
    public static LabelSelector fromNode(Node node) {
        if (node == null || node.isNull()) {
            return NOTHING;
        }
        MapNode map = node.asMap().orElseThrow(() -> ApiException.badRequest("a label selector must be an object"));
        MapNode matchLabels = map.getMap("matchLabels").orElse(MapNode.empty());
        ListNode expressions = map.getList("matchExpressions").orElse(ListNode.empty());
        if (matchLabels.isEmpty() && expressions.isEmpty()) {
            return EVERYTHING;
        }
        List<Requirement> requirements = new ArrayList<>();
        matchLabels.asJavaMap().forEach((key, value) -> requirements.add(Requirement.create(key, Operator.EQUALS,
                List.of(value.asText().orElse(value.toString())))));
        for (Node expression : expressions.items()) {
            requirements.add(expression(expression.asMap().orElse(MapNode.empty())));
        }
        return new LabelSelector(requirements, false);
    }

    private static Requirement expression(MapNode expression) {
        String operator = expression.getText("operator").orElse("");
        Operator op = switch (operator) {
            case "In" -> Operator.IN;
            case "NotIn" -> Operator.NOT_IN;
            case "Exists" -> Operator.EXISTS;
            case "DoesNotExist" -> Operator.DOES_NOT_EXIST;
            default -> throw ApiException.badRequest("\"" + operator + "\" is not a valid label selector operator");
        };
        List<String> values = expression.getList("values").orElse(ListNode.empty()).items().stream()
                .map(v -> v.asText().orElse(v.toString())).collect(Collectors.toList());
        return Requirement.create(expression.getText("key").orElse(""), op, values);
    }

    /** True when every requirement holds for {@code labels}; always false for {@link #nothing()}. */
    public boolean matches(Map<String, String> labels) {
        if (nothing) {
            return false;
        }
        for (Requirement requirement : requirements) {
            if (!requirement.matches(labels)) {
                return false;
            }
        }
        return true;
    }

    /** The requirements, sorted by key. */
    public List<Requirement> requirements() {
        return requirements;
    }

    /** True for a selector without requirements that matches everything. */
    public boolean isEverything() {
        return !nothing && requirements.isEmpty();
    }

    public boolean isNothing() {
        return nothing;
    }

    /** The canonical string form, requirements sorted by key and set values sorted; {@code ""} for everything and nothing. */
    @Override
    public String toString() {
        return requirements.stream().map(Requirement::toString).collect(Collectors.joining(","));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LabelSelector s && s.nothing == nothing && s.requirements.equals(requirements);
    }

    @Override
    public int hashCode() {
        return requirements.hashCode() * 31 + Boolean.hashCode(nothing);
    }

    /** The relation a requirement tests, with the text it prints as. */
    public enum Operator {
        IN(" in "), NOT_IN(" notin "), EQUALS("="), DOUBLE_EQUALS("=="), NOT_EQUALS("!="),
        EXISTS(""), DOES_NOT_EXIST(""), GREATER_THAN(">"), LESS_THAN("<");

        private final String text;

        Operator(String text) {
            this.text = text;
        }

        String text() {
            return text;
        }
    }

    /**
     * One condition on one label key.
     *
     * @param key      the label key
     * @param operator the relation
     * @param values   the values, in the order given (printed sorted)
     */
    public record Requirement(String key, Operator operator, List<String> values) {

        public Requirement {
            values = List.copyOf(values);
        }

        /**
         * A requirement checked as the server checks it (key syntax, value count and syntax).
         *
         * @throws ApiException 400 BadRequest with the server's aggregated message
         */
        public static Requirement of(String key, Operator operator, List<String> values) {
            return create(key, operator, values);
        }

        static Requirement create(String key, Operator operator, List<String> values) {
            List<String> errors = RequirementErrors.check(key, operator, values);
            if (!errors.isEmpty()) {
                throw ApiException.badRequest(RequirementErrors.aggregate(errors));
            }
            return new Requirement(key, operator, values);
        }

        /** Whether {@code labels} satisfy this requirement. */
        public boolean matches(Map<String, String> labels) {
            String value = labels.get(key);
            boolean present = labels.containsKey(key);
            return switch (operator) {
                case IN, EQUALS, DOUBLE_EQUALS -> present && values.contains(value);
                case NOT_IN, NOT_EQUALS -> !present || !values.contains(value);
                case EXISTS -> present;
                case DOES_NOT_EXIST -> !present;
                case GREATER_THAN, LESS_THAN -> present && compares(value);
            };
        }

        private boolean compares(String labelValue) {
            if (values.size() != 1) {
                return false;
            }
            try {
                long actual = Long.parseLong(labelValue);
                long bound = Long.parseLong(values.get(0));
                return operator == Operator.GREATER_THAN ? actual > bound : actual < bound;
            } catch (NumberFormatException e) {
                return false;
            }
        }

        /** {@code key=v}, {@code key in (a,b)}, {@code !key}, {@code key} … with set values sorted. */
        @Override
        public String toString() {
            if (operator == Operator.EXISTS) {
                return key;
            }
            if (operator == Operator.DOES_NOT_EXIST) {
                return "!" + key;
            }
            List<String> sorted = new ArrayList<>(values);
            sorted.sort(null);
            String joined = String.join(",", sorted);
            boolean set = operator == Operator.IN || operator == Operator.NOT_IN;
            return key + operator.text() + (set ? "(" + joined + ")" : joined);
        }
    }
}
