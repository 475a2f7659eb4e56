package dev.windlass.sandbox.schema;

import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.validation.FieldErrors;
import java.util.List;

/**
 * allOf, anyOf, oneOf and not, as kube-openapi checks them. Their own failures are reported on no
 * field ({@code <nil>: Invalid value: "": "spec.x" must validate at least one schema (anyOf)}),
 * followed by the problems of the branch that came closest (the one with the fewest).
 */
final class Combinators {

    private Combinators() {
    }

    static void check(SchemaValidator validator, Schema s, Node value, String name, FieldPath at) {
        if (!s.anyOf().isEmpty()) {
            anyOf(validator, s.anyOf(), value, name, at);
        }
        if (!s.oneOf().isEmpty()) {
            oneOf(validator, s.oneOf(), value, name, at);
        }
        if (!s.allOf().isEmpty()) {
            allOf(validator, s.allOf(), value, name, at);
        }
        if (s.not() != null && validator.branch(s.not(), value, name, at).isEmpty()) {
            fail(validator, at, name, "must not validate the schema (not)");
        }
    }

    private static void anyOf(SchemaValidator validator, List<Schema> branches, Node value, String name, FieldPath at) {
        List<Violation> best = null;
        for (Schema branch : branches) {
            List<Violation> result = validator.branch(branch, value, name, at);
            if (result.isEmpty()) {
                return;
            }
            if (best == null || result.size() < best.size()) {
                best = result;
            }
        }
        fail(validator, at, name, "must validate at least one schema (anyOf)");
        validator.addAll(best);
    }

    private static void oneOf(SchemaValidator validator, List<Schema> branches, Node value, String name, FieldPath at) {
        List<Violation> best = null;
        int valid = 0;
        for (Schema branch : branches) {
            List<Violation> result = validator.branch(branch, value, name, at);
            if (result.isEmpty()) {
                valid++;
            } else if (best == null || result.size() < best.size()) {
                best = result;
            }
        }
        if (valid == 1) {
            return;
        }
        fail(validator, at, name, "must validate one and only one schema (oneOf). "
                + (valid == 0 ? "Found none valid" : "Found " + valid + " valid alternatives"));
        if (valid == 0) {
            validator.addAll(best);
        }
    }

    private static void allOf(SchemaValidator validator, List<Schema> branches, Node value, String name, FieldPath at) {
        int valid = 0;
        for (Schema branch : branches) {
            List<Violation> result = validator.branch(branch, value, name, at);
            if (result.isEmpty()) {
                valid++;
            }
            validator.addAll(result);
        }
        if (valid != branches.size()) {
            fail(validator, at, name, "must validate all the schemas (allOf)" + (valid == 0 ? ". None validated" : ""));
        }
    }

    private static void fail(SchemaValidator validator, FieldPath at, String name, String message) {
        validator.add(at, FieldErrors.invalid("<nil>", "", FieldErrors.quote(name) + " " + message));
    }
}
