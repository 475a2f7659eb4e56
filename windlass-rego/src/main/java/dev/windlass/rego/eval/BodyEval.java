package dev.windlass.rego.eval;

import dev.windlass.rego.ast.Body;
import dev.windlass.rego.ast.Literal;
import dev.windlass.rego.ast.Operator;
import dev.windlass.rego.ast.Term;
import dev.windlass.rego.value.BoolValue;
import dev.windlass.rego.value.Value;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Evaluates bodies literal by literal in their scheduled order: expressions, negation, some, every, with. */
final class BodyEval {
    private final Evaluation ev;
    /** For the top-level query: where each literal's value is recorded. */
    Map<Literal, Integer> captureIndex = new IdentityHashMap<>();
    Value[] captured;
    /**
      * OPA's rule for query values: a lone query expression without iteration keeps its value even
      * when it is false ({@code 1 == 2} answers false); otherwise false fails, as in rule bodies.
      */
    boolean keepFalseValues;

    BodyEval(Evaluation ev) {
        this.ev = ev;
    }

    void body(Body body, Bindings b, K k) {
        literals(ev.order(body), 0, b, k);
    }

    /** Whether the body has at least one solution (bindings are restored afterwards). */
    boolean any(Body body, Bindings b) {
        int mark = b.mark();
        try {
            body(body, b, () -> {
                throw Evaluation.STOP;
            });
            return false;
        } catch (Evaluation.Stop stop) {
            return true;
        } finally {
            b.undo(mark);
        }
    }

    private void literals(List<Literal> lits, int i, Bindings b, K k) {
        if (i == lits.size()) {
            k.run();
            return;
        }
        ev.step();
        literal(lits.get(i), b, () -> literals(lits, i + 1, b, k));
    }

    private void literal(Literal l, Bindings b, K k) {
        if (l instanceof Literal.Expr e) {
            if (e.with().isEmpty()) {
                expr(e, b, k);
            } else {
                new WithEval(ev).apply(e, b, next -> expr(e, b, next), k);
            }
        } else if (l instanceof Literal.Some) {
            record(l, BoolValue.TRUE);
            k.run();
        } else if (l instanceof Literal.SomeIn s) {
            someIn(s, b, k);
        } else {
            every((Literal.Every) l, b, k);
        }
    }

    private void expr(Literal.Expr e, Bindings b, K k) {
        if (e.negated()) {
            int mark = b.mark();
            boolean found;
            try {
                positive(e, b, () -> {
                    throw Evaluation.STOP;
                });
                found = false;
            } catch (Evaluation.Stop stop) {
                found = true;
            } finally {
                b.undo(mark);
            }
            if (!found) {
                record(e, BoolValue.TRUE);
                k.run();
            }
            return;
        }
        positive(e, b, k);
    }

    private void positive(Literal.Expr e, Bindings b, K k) {
        Term t = e.term();
        if (t instanceof Term.Binary bin && (bin.op() == Operator.UNIFY || bin.op() == Operator.ASSIGN)) {
            ev.unifier.unify(bin.left(), bin.right(), b, () -> {
                record(e, BoolValue.TRUE);
                k.run();
            });
            return;
        }
        if (t instanceof Term.Call c && ev.calls.isOutputCall(c)) {
            ev.calls.callWithOutput(c, b, () -> {
                record(e, BoolValue.TRUE);
                k.run();
            });
            return;
        }
        boolean keepFalse = keepFalseValues && captured != null && captureIndex.containsKey(e);
        ev.terms.eval(t, b, v -> {
            if (keepFalse || !BoolValue.FALSE.equals(v)) {
                record(e, v);
                k.run();
            }
        });
    }

    private void record(Literal l, Value v) {
        if (captured != null) {
            Integer i = captureIndex.get(l);
            if (i != null) {
                captured[i] = v;
            }
        }
    }

    private void someIn(Literal.SomeIn s, Bindings b, K k) {
        ev.terms.eval(s.collection(), b, coll -> TermEval.iterate(coll, (key, val) -> {
            K bindValue = () -> ev.unifier.unifyValue(s.value(), val, b, () -> {
                record(s, BoolValue.TRUE);
                k.run();
            });
            if (s.key() == null) {
                bindValue.run();
            } else {
                ev.unifier.unifyValue(s.key(), key, b, bindValue);
            }
        }));
    }

    private void every(Literal.Every e, Bindings b, K k) {
        ev.terms.eval(e.domain(), b, domain -> {
            if (!(domain instanceof dev.windlass.rego.value.ArrayValue || domain instanceof dev.windlass.rego.value.SetValue
                    || domain instanceof dev.windlass.rego.value.ObjectValue)) {
                return;
            }
            boolean[] ok = {true};
            TermEval.iterate(domain, (key, val) -> {
                if (!ok[0]) {
                    return;
                }
                int mark = b.mark();
                boolean[] found = {false};
                try {
                    K check = () -> ev.unifier.unifyValue(e.value(), val, b, () -> {
                        if (any(e.body(), b)) {
                            found[0] = true;
                            throw Evaluation.STOP;
                        }
                    });
                    if (e.key() == null) {
                        check.run();
                    } else {
                        ev.unifier.unifyValue(e.key(), key, b, check);
                    }
                } catch (Evaluation.Stop stop) {
                    // one way through the body is enough for this element
                } finally {
                    b.undo(mark);
                }
                ok[0] = found[0];
            });
            if (ok[0]) {
                record(e, BoolValue.TRUE);
                k.run();
            }
        });
    }
}
