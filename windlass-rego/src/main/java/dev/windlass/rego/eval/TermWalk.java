package dev.windlass.rego.eval;

import dev.windlass.rego.ast.Body;
import dev.windlass.rego.ast.Literal;
import dev.windlass.rego.ast.Term;
import dev.windlass.rego.ast.WithModifier;
import java.util.function.Consumer;

/** Visits every term of a term, literal or body, nested bodies included. */
final class TermWalk {
    private TermWalk() {}

    static void body(Body body, Consumer<Term> visit) {
        for (Literal l : body.literals()) {
            literal(l, visit);
        }
    }

    static void literal(Literal l, Consumer<Term> visit) {
        if (l instanceof Literal.Expr e) {
            term(e.term(), visit);
            for (WithModifier w : e.with()) {
                term(w.target(), visit);
                term(w.value(), visit);
            }
        } else if (l instanceof Literal.Some s) {
            s.vars().forEach(v -> term(v, visit));
        } else if (l instanceof Literal.SomeIn s) {
            term(s.key(), visit);
            term(s.value(), visit);
            term(s.collection(), visit);
        } else if (l instanceof Literal.Every e) {
            term(e.key(), visit);
            term(e.value(), visit);
            term(e.domain(), visit);
            body(e.body(), visit);
        }
    }

    static void term(Term t, Consumer<Term> visit) {
        if (t == null) {
            return;
        }
        visit.accept(t);
        if (t instanceof Term.Ref r) {
            term(r.head(), visit);
            r.path().forEach(p -> term(p, visit));
        } else if (t instanceof Term.Array a) {
            a.items().forEach(i -> term(i, visit));
        } else if (t instanceof Term.SetTerm s) {
            s.items().forEach(i -> term(i, visit));
        } else if (t instanceof Term.Obj o) {
            o.entries().forEach(e -> {
                term(e.key(), visit);
                term(e.value(), visit);
            });
        } else if (t instanceof Term.Call c) {
            c.args().forEach(a -> term(a, visit));
        } else if (t instanceof Term.Binary b) {
            term(b.left(), visit);
            term(b.right(), visit);
        } else if (t instanceof Term.Negate n) {
            term(n.operand(), visit);
        } else if (t instanceof Term.KeyValueIn k) {
            term(k.key(), visit);
            term(k.value(), visit);
            term(k.collection(), visit);
        } else if (t instanceof Term.ArrayCompr a) {
            term(a.head(), visit);
            body(a.body(), visit);
        } else if (t instanceof Term.SetCompr s) {
            term(s.head(), visit);
            body(s.body(), visit);
        } else if (t instanceof Term.ObjectCompr o) {
            term(o.key(), visit);
            term(o.value(), visit);
            body(o.body(), visit);
        }
    }

    /** Whether a variable name is a document root rather than a local variable. */
    static boolean isRoot(String name) {
        return name.equals("data") || name.equals("input");
    }
}
