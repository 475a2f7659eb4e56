package dev.windlass.rego;

import dev.windlass.rego.ast.Operator;
import dev.windlass.rego.ast.Term;

/** Rejects default-rule values that are not constant (variables, references, calls, operators); comprehensions are allowed. */
final class DefaultValueCheck {
    private DefaultValueCheck() {}

    static void check(Term value) throws RegoParseException {
        String bad = kindOf(value);
        if (bad != null) {
            throw new RegoParseException(value.location(), ParseMessages.invalidDefaultValue(bad));
        }
    }

    private static String kindOf(Term value) throws RegoParseException {
        if (value instanceof Term.Null || value instanceof Term.Bool || value instanceof Term.Num
                || value instanceof Term.Str) {
            return null;
        }
        if (value instanceof Term.Array a) {
            return checkAll(a.items());
        }
        if (value instanceof Term.SetTerm s) {
            return checkAll(s.items());
        }
        if (value instanceof Term.Obj o) {
            return checkEntries(o);
        }
        if (value instanceof Term.KeyValueIn) {
            return "binexpr";
        }
        if (value instanceof Term.Binary b) {
            return binaryKind(b.op());
        }
        if (value instanceof Term.Var) {
            return "var";
        }
        if (value instanceof Term.Ref) {
            return "ref";
        }
        if (value instanceof Term.Call) {
            return "call";
        }
        return value instanceof Term.Negate ? "unaryexpr" : null;
    }

    private static String binaryKind(Operator op) {
        return switch (op) {
            case PLUS, MINUS, MUL, DIV, MOD -> "arithexpr";
            case EQ, NEQ, LT, LTE, GT, GTE -> "boolexpr";
            default -> "binexpr";
        };
    }

    private static String checkAll(java.util.List<Term> items) throws RegoParseException {
        for (Term t : items) {
            check(t);
        }
        return null;
    }

    private static String checkEntries(Term.Obj o) throws RegoParseException {
        for (Term.Entry e : o.entries()) {
            check(e.key());
            check(e.value());
        }
        return null;
    }
}
