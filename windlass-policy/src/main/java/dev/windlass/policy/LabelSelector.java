package dev.windlass.policy;

import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
  * A Kubernetes label selector: {@code matchLabels} and {@code matchExpressions} (In, NotIn,
  * Exists, DoesNotExist), all ANDed. An empty selector matches everything.
  */
record LabelSelector(Map<String, String> matchLabels, List<Requirement> expressions) {
    private static final Set<String> OPERATORS = Set.of("In", "NotIn", "Exists", "DoesNotExist");

    LabelSelector {
        matchLabels = Map.copyOf(matchLabels);
        expressions = List.copyOf(expressions);
    }

    /** One {@code matchExpressions} entry. */
    record Requirement(String key, String operator, List<String> values) {
        Requirement {
            values = List.copyOf(values);
        }

        boolean matches(Map<String, String> labels) {
            boolean has = labels.containsKey(key);
            switch (operator) {
                case "In":
                    return has && values.contains(labels.get(key));
                case "NotIn":
                    return !has || !values.contains(labels.get(key));
                case "Exists":
                    return has;
                default:
                    return !has;
            }
        }
    }

    static LabelSelector parse(MapNode node, Fields fields, String field) throws PolicyException {
        Map<String, String> labels = fields.stringMap(node, "matchLabels", field + ".matchLabels");
        List<Requirement> requirements = new ArrayList<>();
        ListNode list = fields.list(node, "matchExpressions", field + ".matchExpressions").orElse(ListNode.empty());
        for (int i = 0; i < list.size(); i++) {
            String at = field + ".matchExpressions[" + i + "]";
            Node item = list.items().get(i);
            if (!(item instanceof MapNode m)) {
                throw fields.error(at, "must be an object with key, operator and values");
            }
            requirements.add(requirement(m, fields, at));
        }
        return new LabelSelector(labels, requirements);
    }

    private static Requirement requirement(MapNode m, Fields fields, String at) throws PolicyException {
        String key = fields.text(m, "key", at + ".key").orElseThrow(() -> fields.error(at + ".key", "is required"));
        String op = fields.text(m, "operator", at + ".operator").orElse("");
        if (!OPERATORS.contains(op)) {
            throw fields.error(at + ".operator", "\"" + op + "\" is not a valid selector operator; use In, NotIn, Exists"
                    + " or DoesNotExist");
        }
        List<String> values = fields.strings(m, "values", at + ".values");
        boolean needsValues = op.equals("In") || op.equals("NotIn");
        if (needsValues && values.isEmpty()) {
            throw fields.error(at + ".values", "must be non-empty when operator is " + op);
        }
        if (!needsValues && !values.isEmpty()) {
            throw fields.error(at + ".values", "may not be specified when operator is " + op);
        }
        return new Requirement(key, op, values);
    }

    boolean matches(Map<String, String> labels) {
        for (Map.Entry<String, String> e : matchLabels.entrySet()) {
            if (!e.getValue().equals(labels.get(e.getKey()))) {
                return false;
            }
        }
        for (Requirement r : expressions) {
            if (!r.matches(labels)) {
                return false;
            }
        }
        return true;
    }
}
