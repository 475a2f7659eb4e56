package dev.windlass.rego.eval;

import dev.windlass.rego.CompileError;
import dev.windlass.rego.ast.Body;
import dev.windlass.rego.ast.Literal;
import dev.windlass.rego.ast.Location;
import dev.windlass.rego.ast.Operator;
import dev.windlass.rego.ast.Term;
import dev.windlass.rego.ast.WithModifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
  * OPA's safety check and literal reordering: every variable must be bound by some literal before
  * it is used in a position that needs a value; literals are moved after the ones that bind what
  * they need, keeping source order otherwise. Unsafe variables are {@code rego_unsafe_var_error}s.
  */
final class Safety {
    private final List<CompileError> errors;
    private final Map<Body, List<Literal>> schedules = new IdentityHashMap<>();

    private final java.util.function.ToIntFunction<String> arity;

    Safety(List<CompileError> errors, java.util.function.ToIntFunction<String> arity) {
        this.errors = errors;
        this.arity = arity;
    }

    Map<Body, List<Literal>> schedules() {
        return schedules;
    }

    void rule(CompiledRule r) {
        Set<String> args = new HashSet<>();
        r.args().forEach(a -> args.addAll(Resolver.patternVars(a)));
        Set<String> headVars = new LinkedHashSet<>();
        r.tail().forEach(t -> headVars.addAll(Vars.all(t)));
        if (r.key() != null) {
            headVars.addAll(topVars(r.key()));
        }
        headVars.addAll(topVars(r.value()));
        Set<String> bound = schedule(r.body(), args, args, headVars);
        checkHead(r.location(), headVars, bound);
        for (CompiledRule.Else e : r.elses()) {
            Set<String> elseVars = topVars(e.value());
            checkHead(r.location(), elseVars, schedule(e.body(), args, args, elseVars));
        }
    }

    void query(Body body) {
        schedule(body, Set.of(), Set.of(), Set.of());
    }

    private void checkHead(Location where, Set<String> headVars, Set<String> bound) {
        for (String v : headVars) {
            if (!bound.contains(v)) {
                errors.add(new CompileError(where, "rego_unsafe_var_error", "var " + Vars.display(v) + " is unsafe"));
            }
        }
    }

    /** Orders a body's literals; returns the variables bound after it. */
    Set<String> schedule(Body body, Set<String> bound0, Set<String> outer, Set<String> extraUniverse) {
        Set<String> universe = new HashSet<>(outer);
        universe.addAll(extraUniverse);
        for (Literal l : body.literals()) {
            universe.addAll(literalTopVars(l));
        }
        List<Literal> pending = new ArrayList<>(body.literals());
        List<LitInfo> infos = new ArrayList<>();
        for (Literal l : pending) {
            infos.add(LitInfo.of(l, universe, arity));
        }
        Set<String> bound = new HashSet<>(bound0);
        List<Literal> order = new ArrayList<>();
        while (!pending.isEmpty()) {
            int pick = -1;
            for (int i = 0; i < pending.size() && pick < 0; i++) {
                if (infos.get(i).ready(bound)) {
                    pick = i;
                }
            }
            if (pick < 0) {
                reportUnsafe(pending, infos, bound);
                order.addAll(pending);
                break;
            }
            Literal l = pending.remove(pick);
            LitInfo info = infos.remove(pick);
            nested(l, bound, universe);
            bound.addAll(info.outputs);
            order.add(l);
        }
        schedules.put(body, List.copyOf(order));
        return bound;
    }

    private void reportUnsafe(List<Literal> pending, List<LitInfo> infos, Set<String> bound) {
        Set<String> reported = new HashSet<>();
        Set<String> producible = new HashSet<>(bound);
        infos.forEach(i -> {
            if (i.eitherLeft == null) {
                producible.addAll(i.outputs);
            }
        });
        for (int i = 0; i < pending.size(); i++) {
            Set<String> missing = new LinkedHashSet<>(infos.get(i).needs);
            if (infos.get(i).eitherLeft != null && missing.stream().allMatch(bound::contains)) {
                missing.addAll(infos.get(i).eitherLeft);
                missing.addAll(infos.get(i).eitherRight);
            }
            for (String v : missing) {
                if (!bound.contains(v) && (!producible.contains(v) || reported.isEmpty()) && reported.add(v)) {
                    errors.add(new CompileError(pending.get(i).location(), "rego_unsafe_var_error",
                            "var " + Vars.display(v) + " is unsafe"));
                }
            }
        }
    }

    /** Schedules the bodies nested in a literal (comprehensions, every). */
    private void nested(Literal l, Set<String> bound, Set<String> universe) {
        TermWalk.literal(l, t -> {
            Body b = nestedBody(t);
            if (b != null && !schedules.containsKey(b)) {
                Set<String> head = new HashSet<>();
                if (t instanceof Term.ArrayCompr a) {
                    head.addAll(Vars.all(a.head()));
                } else if (t instanceof Term.SetCompr s) {
                    head.addAll(Vars.all(s.head()));
                } else if (t instanceof Term.ObjectCompr o) {
                    head.addAll(Vars.all(o.key()));
                    head.addAll(Vars.all(o.value()));
                }
                Set<String> after = schedule(b, bound, universe, Set.of());
                head.removeIf(v -> universe.contains(v) && bound.contains(v));
                checkHead(t.location(), head, after);
            }
        });
        if (l instanceof Literal.Every e) {
            Set<String> b0 = new HashSet<>(bound);
            if (e.key() != null) {
                b0.addAll(Vars.all(e.key()));
            }
            b0.addAll(Vars.all(e.value()));
            schedule(e.body(), b0, universe, Set.of());
        }
    }

    private static Body nestedBody(Term t) {
        if (t instanceof Term.ArrayCompr a) {
            return a.body();
        }
        if (t instanceof Term.SetCompr s) {
            return s.body();
        }
        if (t instanceof Term.ObjectCompr o) {
            return o.body();
        }
        return null;
    }

    /** Variables of a literal outside nested bodies. */
    static Set<String> literalTopVars(Literal l) {
        Set<String> out = new HashSet<>();
        if (l instanceof Literal.Expr e) {
            out.addAll(topVars(e.term()));
            for (WithModifier w : e.with()) {
                out.addAll(topVars(w.value()));
            }
        } else if (l instanceof Literal.SomeIn s) {
            if (s.key() != null) {
                out.addAll(topVars(s.key()));
            }
            out.addAll(topVars(s.value()));
            out.addAll(topVars(s.collection()));
        } else if (l instanceof Literal.Every e) {
            out.addAll(topVars(e.domain()));
        } else if (l instanceof Literal.Some s) {
            s.vars().forEach(v -> out.add(v.name()));
        }
        return out;
    }

    static Set<String> topVars(Term t) {
        Set<String> out = new HashSet<>();
        collectTop(t, out);
        return out;
    }

    private static void collectTop(Term t, Set<String> out) {
        if (t == null || nestedBody(t) != null) {
            return;
        }
        if (t instanceof Term.Var v) {
            if (!TermWalk.isRoot(v.name())) {
                out.add(v.name());
            }
        } else if (t instanceof Term.Ref r) {
            collectTop(r.head(), out);
            r.path().forEach(p -> collectTop(p, out));
        } else if (t instanceof Term.Array a) {
            a.items().forEach(i -> collectTop(i, out));
        } else if (t instanceof Term.SetTerm st) {
            st.items().forEach(i -> collectTop(i, out));
        } else if (t instanceof Term.Obj o) {
            o.entries().forEach(e -> {
                collectTop(e.key(), out);
                collectTop(e.value(), out);
            });
        } else if (t instanceof Term.Call c) {
            c.args().forEach(x -> collectTop(x, out));
        } else if (t instanceof Term.Binary bin) {
            collectTop(bin.left(), out);
            collectTop(bin.right(), out);
        } else if (t instanceof Term.Negate n) {
            collectTop(n.operand(), out);
        } else if (t instanceof Term.KeyValueIn k) {
            collectTop(k.key(), out);
            collectTop(k.value(), out);
            collectTop(k.collection(), out);
        }
    }

    /** Variables assigned with {@code :=} at the top of a body. */
    static Set<String> assignedNames(Body body) {
        Set<String> out = new HashSet<>();
        if (body != null) {
            for (Literal l : body.literals()) {
                if (l instanceof Literal.Expr e && e.term() instanceof Term.Binary b && b.op() == Operator.ASSIGN) {
                    out.addAll(Resolver.patternVars(b.left()));
                }
            }
        }
        return out;
    }

    /** Variables declared in a body by {@code :=}, {@code some} or {@code some ... in}. */
    static Set<String> declaredNames(Body body) {
        Set<String> out = new HashSet<>();
        if (body == null) {
            return out;
        }
        for (Literal l : body.literals()) {
            if (l instanceof Literal.Expr e && e.term() instanceof Term.Binary b && b.op() == Operator.ASSIGN) {
                out.addAll(Resolver.patternVars(b.left()));
            } else if (l instanceof Literal.Some s) {
                s.vars().forEach(v -> out.add(v.name()));
            } else if (l instanceof Literal.SomeIn s) {
                if (s.key() != null) {
                    out.addAll(Resolver.patternVars(s.key()));
                }
                out.addAll(Resolver.patternVars(s.value()));
            }
        }
        return out;
    }
}
