package dev.windlass.rego.eval;

import dev.windlass.rego.CompileError;
import dev.windlass.rego.ast.Body;
import dev.windlass.rego.ast.Literal;
import dev.windlass.rego.ast.Operator;
import dev.windlass.rego.ast.Term;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
  * Per-literal compile checks. {@code with} targets must be {@code input}, {@code data} or a
  * function. And the part of OPA's type checker that concerns unification of literal shapes: {@code [x, y] = [1, 2, 3]},
  * {@code [x] = {"k": 1}}, object patterns with other constant keys, and {@code some [x, y] in} a
  * literal collection whose items all have another length can never match, and OPA rejects them as
  * {@code rego_type_error: match error}.
  */
final class LiteralChecks {
    private final List<CompileError> errors;
    private final Map<Body, Boolean> seen = new IdentityHashMap<>();

    private final java.util.function.Predicate<String> isFunction;

    LiteralChecks(List<CompileError> errors, java.util.function.Predicate<String> isFunction) {
        this.errors = errors;
        this.isFunction = isFunction;
    }

    void body(Body body) {
        if (body == null || seen.put(body, Boolean.TRUE) != null) {
            return;
        }
        for (Literal l : body.literals()) {
            literal(l);
            TermWalk.literal(l, t -> {
                if (t instanceof Term.ArrayCompr a) {
                    body(a.body());
                } else if (t instanceof Term.SetCompr s) {
                    body(s.body());
                } else if (t instanceof Term.ObjectCompr o) {
                    body(o.body());
                }
            });
            if (l instanceof Literal.Every e) {
                body(e.body());
            }
        }
    }

    private void literal(Literal l) {
        if (l instanceof Literal.Expr e) {
            for (dev.windlass.rego.ast.WithModifier w : e.with()) {
                withTarget(w);
            }
        }
        if (l instanceof Literal.Expr e && e.term() instanceof Term.Binary b
                && (b.op() == Operator.UNIFY || b.op() == Operator.ASSIGN)) {
            String problem = mismatch(b.left(), b.right());
            if (problem != null) {
                errors.add(new CompileError(l.location(), "rego_type_error", "match error: " + problem));
            }
        } else if (l instanceof Literal.SomeIn s && s.collection() instanceof Term.Array coll
                && s.value() instanceof Term.Array pattern && !coll.items().isEmpty()) {
            boolean allDiffer = coll.items().stream().allMatch(item -> item instanceof Term.Array a
                    && a.items().size() != pattern.items().size());
            if (allDiffer) {
                errors.add(new CompileError(l.location(), "rego_type_error",
                        "match error: array length mismatch in some ... in"));
            }
        }
    }

    private void withTarget(dev.windlass.rego.ast.WithModifier w) {
        Term t = w.target();
        Term head = t instanceof Term.Ref r ? r.head() : t;
        boolean ok = head instanceof Term.Var v && (TermWalk.isRoot(v.name()) || isFunction.test(v.name()));
        if (!ok) {
            errors.add(new CompileError(w.location(), "rego_compile_error",
                    "with keyword target must reference existing input, data, or a function"));
        }
    }

    private static String mismatch(Term a, Term b) {
        if (a instanceof Term.Array x && b instanceof Term.Array y) {
            if (x.items().size() != y.items().size()) {
                return "arrays of " + x.items().size() + " and " + y.items().size() + " elements";
            }
            for (int i = 0; i < x.items().size(); i++) {
                String inner = mismatch(x.items().get(i), y.items().get(i));
                if (inner != null) {
                    return inner;
                }
            }
            return null;
        }
        if (a instanceof Term.Obj x && b instanceof Term.Obj y) {
            Set<String> kx = constantKeys(x);
            Set<String> ky = constantKeys(y);
            return kx != null && ky != null && !kx.equals(ky) ? "object keys " + kx + " and " + ky : null;
        }
        boolean aComposite = a instanceof Term.Array || a instanceof Term.Obj;
        boolean bComposite = b instanceof Term.Array || b instanceof Term.Obj;
        if (aComposite && bComposite || aComposite && isScalar(b) || bComposite && isScalar(a)) {
            return "an array or object pattern cannot match " + kind(aComposite ? b : a);
        }
        return null;
    }

    private static boolean isScalar(Term t) {
        return t instanceof Term.Num || t instanceof Term.Str || t instanceof Term.Bool || t instanceof Term.Null
                || t instanceof Term.SetTerm;
    }

    private static String kind(Term t) {
        return t instanceof Term.Obj ? "an object" : t instanceof Term.Array ? "an array"
                : t instanceof Term.SetTerm ? "a set" : "a scalar";
    }

    private static Set<String> constantKeys(Term.Obj o) {
        Set<String> keys = new TreeSet<>();
        for (Term.Entry e : o.entries()) {
            if (!(e.key() instanceof Term.Str s)) {
                return null;
            }
            keys.add(s.value());
        }
        return keys;
    }
}
