package dev.windlass.rego.eval;

import dev.windlass.rego.ast.Literal;
import dev.windlass.rego.ast.Operator;
import dev.windlass.rego.ast.Term;
import dev.windlass.rego.ast.WithModifier;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.ToIntFunction;

/** What a literal needs bound before it runs, and what it binds. */
final class LitInfo {
    final Set<String> needs = new LinkedHashSet<>();
    final Set<String> outputs = new LinkedHashSet<>();
    /** For unification of two patterns: the literal can run once either side's variables are bound. */
    Set<String> eitherLeft;
    Set<String> eitherRight;
    private final Set<String> universe;
    private final ToIntFunction<String> arity;

    private LitInfo(Set<String> universe, ToIntFunction<String> arity) {
        this.universe = universe;
        this.arity = arity;
    }

    static LitInfo of(Literal l, Set<String> universe, ToIntFunction<String> arity) {
        LitInfo info = new LitInfo(universe, arity);
        if (l instanceof Literal.Expr e) {
            info.expr(e);
        } else if (l instanceof Literal.SomeIn s) {
            info.input(s.collection());
            if (s.key() != null) {
                info.pattern(s.key());
            }
            info.pattern(s.value());
        } else if (l instanceof Literal.Every e) {
            info.input(e.domain());
            info.closure(e.body());
        }
        info.needs.removeAll(info.outputs);
        return info;
    }

    private void expr(Literal.Expr e) {
        Term t = e.term();
        if (t instanceof Term.Binary b && (b.op() == Operator.UNIFY || b.op() == Operator.ASSIGN)) {
            pattern(b.left());
            pattern(b.right());
            Set<String> left = direct(b.left());
            Set<String> right = direct(b.right());
            boolean arrays = b.left() instanceof Term.Array && b.right() instanceof Term.Array;
            if (!left.isEmpty() && !right.isEmpty() && !arrays && !e.negated()) {
                eitherLeft = left;
                eitherRight = right;
            }
        } else if (t instanceof Term.Call c && isOutputCall(c)) {
            for (int i = 0; i < c.args().size() - 1; i++) {
                input(c.args().get(i));
            }
            pattern(c.args().get(c.args().size() - 1));
        } else {
            input(t);
        }
        for (WithModifier w : e.with()) {
            input(w.value());
        }
        if (e.negated()) {
            needs.addAll(outputs);
            outputs.clear();
            needs.removeIf(Vars::isGenerated);
        }
    }

    private static Set<String> direct(Term t) {
        Set<String> out = new LinkedHashSet<>(Resolver.patternVars(t));
        out.removeIf(TermWalk::isRoot);
        return out;
    }

    /** Whether the literal can run with these variables bound. */
    boolean ready(Set<String> bound) {
        return bound.containsAll(needs)
                && (eitherLeft == null || bound.containsAll(eitherLeft) || bound.containsAll(eitherRight));
    }

    private boolean isOutputCall(Term.Call c) {
        String name = ((Term.Var) c.function().head()).name();
        int n = arity.applyAsInt(name);
        return n >= 0 && c.args().size() == n + 1;
    }

    /** A term whose value is needed: its variables must be bound, except reference keys, which iterate. */
    void input(Term t) {
        if (t == null) {
            return;
        }
        if (t instanceof Term.Var v) {
            if (!TermWalk.isRoot(v.name())) {
                needs.add(v.name());
            }
        } else if (t instanceof Term.Ref r) {
            input(r.head());
            for (Term p : r.path()) {
                if (p instanceof Term.Var || p instanceof Term.Array || p instanceof Term.Obj) {
                    pattern(p);
                } else {
                    input(p);
                }
            }
        } else if (t instanceof Term.Array a) {
            a.items().forEach(this::input);
        } else if (t instanceof Term.SetTerm s) {
            s.items().forEach(this::input);
        } else if (t instanceof Term.Obj o) {
            o.entries().forEach(en -> {
                input(en.key());
                input(en.value());
            });
        } else if (t instanceof Term.Call c) {
            c.args().forEach(this::input);
        } else if (t instanceof Term.Binary b) {
            input(b.left());
            input(b.right());
        } else if (t instanceof Term.Negate n) {
            input(n.operand());
        } else if (t instanceof Term.KeyValueIn k) {
            input(k.key());
            input(k.value());
            input(k.collection());
        } else {
            comprehension(t);
        }
    }

    /** A comprehension needs the outer variables it mentions. */
    private void comprehension(Term t) {
        if (t instanceof Term.ArrayCompr a) {
            closure(a.body());
            closureTerm(a.head());
        } else if (t instanceof Term.SetCompr s) {
            closure(s.body());
            closureTerm(s.head());
        } else if (t instanceof Term.ObjectCompr o) {
            closure(o.body());
            closureTerm(o.key());
            closureTerm(o.value());
        }
    }

    /** A term that may bind variables by unification. */
    void pattern(Term t) {
        if (t instanceof Term.Var v) {
            if (!TermWalk.isRoot(v.name())) {
                outputs.add(v.name());
            }
        } else if (t instanceof Term.Array a) {
            a.items().forEach(this::pattern);
        } else if (t instanceof Term.Obj o) {
            o.entries().forEach(en -> {
                input(en.key());
                pattern(en.value());
            });
        } else {
            input(t);
        }
    }

    private void closure(dev.windlass.rego.ast.Body body) {
        TermWalk.body(body, this::closureVar);
    }

    private void closureTerm(Term t) {
        TermWalk.term(t, this::closureVar);
    }

    private void closureVar(Term t) {
        if (t instanceof Term.Var v && universe.contains(v.name()) && !TermWalk.isRoot(v.name())) {
            needs.add(v.name());
        }
    }
}
