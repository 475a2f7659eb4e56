package dev.windlass.rego.eval;

import dev.windlass.rego.ast.Term;
import dev.windlass.rego.value.ArrayValue;
import dev.windlass.rego.value.ObjectValue;
import dev.windlass.rego.value.Value;
import java.util.List;

/** Unification ({@code =}, {@code :=}): binds variables on either side, through array and object patterns. */
final class Unifier {
    private final Evaluation ev;

    Unifier(Evaluation ev) {
        this.ev = ev;
    }

    void unify(Term a, Term c, Bindings b, K k) {
        if (isUnboundVar(a, b)) {
            ev.terms.eval(c, b, v -> unifyValue(a, v, b, k));
        } else if (isUnboundVar(c, b)) {
            ev.terms.eval(a, b, v -> unifyValue(c, v, b, k));
        } else if (a instanceof Term.Array x && c instanceof Term.Array y && hasUnbound(a, b) && hasUnbound(c, b)) {
            if (x.items().size() == y.items().size()) {
                pairs(x.items(), y.items(), 0, b, k);
            }
        } else if (!hasUnbound(a, b)) {
            ev.terms.eval(a, b, v -> unifyValue(c, v, b, k));
        } else if (!hasUnbound(c, b)) {
            ev.terms.eval(c, b, v -> unifyValue(a, v, b, k));
        }
    }

    private void pairs(List<Term> xs, List<Term> ys, int i, Bindings b, K k) {
        if (i == xs.size()) {
            k.run();
            return;
        }
        unify(xs.get(i), ys.get(i), b, () -> pairs(xs, ys, i + 1, b, k));
    }

    /** Unifies a pattern term with a value. */
    void unifyValue(Term p, Value v, Bindings b, K k) {
        if (p instanceof Term.Var var && !TermWalk.isRoot(var.name())) {
            Value bound = b.get(var.name());
            if (bound == null) {
                int mark = b.mark();
                b.bind(var.name(), v);
                try {
                    k.run();
                } finally {
                    b.undo(mark);
                }
            } else if (bound.equals(v)) {
                k.run();
            }
        } else if (p instanceof Term.Array a && hasUnbound(p, b)) {
            if (v instanceof ArrayValue av && av.size() == a.items().size()) {
                items(a.items(), av.items(), 0, b, k);
            }
        } else if (p instanceof Term.Obj o && hasUnbound(p, b)) {
            if (v instanceof ObjectValue ov && ov.size() == o.entries().size()) {
                entries(o.entries(), ov, 0, b, k);
            }
        } else {
            ev.terms.eval(p, b, pv -> {
                if (pv.equals(v)) {
                    k.run();
                }
            });
        }
    }

    private void items(List<Term> ps, List<Value> vs, int i, Bindings b, K k) {
        if (i == ps.size()) {
            k.run();
            return;
        }
        unifyValue(ps.get(i), vs.get(i), b, () -> items(ps, vs, i + 1, b, k));
    }

    private void entries(List<Term.Entry> es, ObjectValue ov, int i, Bindings b, K k) {
        if (i == es.size()) {
            k.run();
            return;
        }
        Term.Entry e = es.get(i);
        ev.terms.eval(e.key(), b, key -> {
            Value val = ov.get(key);
            if (val != null) {
                unifyValue(e.value(), val, b, () -> entries(es, ov, i + 1, b, k));
            }
        });
    }

    private static boolean isUnboundVar(Term t, Bindings b) {
        return t instanceof Term.Var v && !TermWalk.isRoot(v.name()) && !b.isBound(v.name());
    }

    /** Whether a pattern still has variables to bind (outside references and calls). */
    boolean hasUnbound(Term t, Bindings b) {
        if (t instanceof Term.Var) {
            return isUnboundVar(t, b);
        }
        if (t instanceof Term.Array a) {
            for (Term i : a.items()) {
                if (hasUnbound(i, b)) {
                    return true;
                }
            }
        } else if (t instanceof Term.Obj o) {
            for (Term.Entry e : o.entries()) {
                if (hasUnbound(e.value(), b)) {
                    return true;
                }
            }
        }
        return false;
    }
}
