package dev.windlass.sandbox.query;

import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.query.LabelSelector.Operator;
import dev.windlass.sandbox.validation.FieldErrors;
import dev.windlass.sandbox.validation.Syntax;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The checks apimachinery's {@code labels.NewRequirement} makes, with its messages: each a
 * field error string such as {@code key: Invalid value: "a/b/c": …} or
 * {@code values: Invalid value: null: for 'in', 'notin' operators, values set can't be empty}.
 */
final class RequirementErrors {

    private RequirementErrors() {
    }

    static List<String> check(String key, Operator operator, List<String> values) {
        List<String> errors = new ArrayList<>();
        String keyError = keyError(key, "key");
        if (keyError != null) {
            errors.add(keyError);
        }
        String listed = values.isEmpty() ? "null" : FieldErrors.render(listNode(values));
        switch (operator) {
            case IN, NOT_IN -> {
                if (values.isEmpty()) {
                    errors.add("values: Invalid value: " + listed
                            + ": for 'in', 'notin' operators, values set can't be empty");
                }
            }
            case EQUALS, DOUBLE_EQUALS, NOT_EQUALS -> {
                if (values.size() != 1) {
                    errors.add("values: Invalid value: " + listed + ": exact-match compatibility requires one single value");
                }
            }
            case EXISTS, DOES_NOT_EXIST -> {
                if (!values.isEmpty()) {
                    errors.add("values: Invalid value: " + listed
                            + ": values set must be empty for exists and does not exist");
                }
            }
            case GREATER_THAN, LESS_THAN -> integerErrors(values, listed, errors);
        }
        for (int i = 0; i < values.size(); i++) {
            List<String> messages = Syntax.labelValue(values.get(i));
            if (!messages.isEmpty()) {
                errors.add("values[" + i + "][" + key + "]: Invalid value: " + FieldErrors.quote(values.get(i)) + ": "
                        + String.join("; ", messages));
            }
        }
        return errors;
    }

    private static void integerErrors(List<String> values, String listed, List<String> errors) {
        if (values.size() != 1) {
            errors.add("values: Invalid value: " + listed + ": for 'Gt', 'Lt' operators, exactly one value is required");
        }
        for (int i = 0; i < values.size(); i++) {
            try {
                Long.parseLong(values.get(i));
            } catch (NumberFormatException e) {
                errors.add("values[" + i + "]: Invalid value: " + FieldErrors.quote(values.get(i))
                        + ": for 'Gt', 'Lt' operators, the value must be an integer");
            }
        }
    }

    /** The label-key error at {@code field}, or null when {@code key} is a valid qualified name. */
    static String keyError(String key, String field) {
        List<String> messages = Syntax.qualifiedName(key);
        return messages.isEmpty() ? null
                : field + ": Invalid value: " + FieldErrors.quote(key) + ": " + String.join("; ", messages);
    }

    /** apimachinery's aggregate error text: one message alone, several as {@code [a, b]}, duplicates once. */
    static String aggregate(List<String> errors) {
        List<String> unique = new ArrayList<>(new LinkedHashSet<>(errors));
        return unique.size() == 1 ? unique.get(0) : "[" + String.join(", ", unique) + "]";
    }

    private static ListNode listNode(List<String> values) {
        List<Node> items = new ArrayList<>(values.size());
        values.forEach(v -> items.add(Node.of(v)));
        return new ListNode(items);
    }
}
