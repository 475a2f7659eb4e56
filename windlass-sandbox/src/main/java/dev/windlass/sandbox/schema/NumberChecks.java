package dev.windlass.sandbox.schema;

import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.IntNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.validation.FieldErrors;
import java.util.List;

/**
 * multipleOf, minimum and maximum (with their exclusive flags), in kube-openapi's order and
 * words: {@code spec.size in body should be greater than or equal to 1}. Bounds print as Go
 * prints a float64 ({@code 1}, {@code 2.5}).
 */
final class NumberChecks {

    private NumberChecks() {
    }

    static void check(Schema s, Node value, String name, FieldPath at, List<Violation> out) {
        double number = SchemaValidator.number(value);
        FieldErrors.Rendered shown = GoValues.bad(value);
        String field = SchemaValidator.field(name);
        if (s.multipleOf() != null && !multiple(value, s.multipleOf())) {
            out.add(new Violation(at, FieldErrors.invalid(field, shown,
                    name + " in body should be a multiple of " + GoValues.number(s.multipleOf()))));
        }
        if (s.minimum() != null && (s.exclusiveMinimum() ? number <= s.minimum() : number < s.minimum())) {
            out.add(new Violation(at, FieldErrors.invalid(field, shown, name + " in body should be greater than "
                    + (s.exclusiveMinimum() ? "" : "or equal to ") + GoValues.number(s.minimum()))));
        }
        if (s.maximum() != null && (s.exclusiveMaximum() ? number >= s.maximum() : number > s.maximum())) {
            out.add(new Violation(at, FieldErrors.invalid(field, shown, name + " in body should be less than "
                    + (s.exclusiveMaximum() ? "" : "or equal to ") + GoValues.number(s.maximum()))));
        }
    }

    private static boolean multiple(Node value, double factor) {
        if (factor <= 0) {
            return true;
        }
        if (value instanceof IntNode i && factor == Math.rint(factor)) {
            return i.value() % (long) factor == 0;
        }
        double quotient = SchemaValidator.number(value) / factor;
        return quotient == Math.rint(quotient);
    }
}
