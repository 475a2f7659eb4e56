package dev.windlass.rego.eval;

import dev.windlass.rego.ast.Literal;
import dev.windlass.rego.ast.Term;
import dev.windlass.rego.ast.WithModifier;
import dev.windlass.rego.value.ObjectValue;
import dev.windlass.rego.value.StringValue;
import dev.windlass.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** {@code with}: evaluates one literal with input, data or functions replaced; what follows sees the originals. */
final class WithEval {
    private final Evaluation ev;

    WithEval(Evaluation ev) {
        this.ev = ev;
    }

    void apply(Literal.Expr e, Bindings b, Consumer<K> expr, K k) {
        modifiers(e.with(), 0, ev.state, b, ns -> {
            WithState old = ev.state;
            ev.state = ns;
            try {
                expr.accept(() -> {
                    ev.state = old;
                    try {
                        k.run();
                    } finally {
                        ev.state = ns;
                    }
                });
            } finally {
                ev.state = old;
            }
        });
    }

    private void modifiers(List<WithModifier> ws, int i, WithState cur, Bindings b, Consumer<WithState> k) {
        if (i == ws.size()) {
            k.accept(cur);
            return;
        }
        WithModifier w = ws.get(i);
        String fn = functionTarget(w.target());
        if (fn != null) {
            if (w.value() instanceof Term.Call c && c.args().isEmpty()
                    && ev.policy.arityOf(((Term.Var) c.function().head()).name()) != 0) {
                String replacement = ((Term.Var) c.function().head()).name();
                modifiers(ws, i + 1, mock(cur, fn, new WithState.Mock(null, replacement)), b, k);
                return;
            }
        }
        ev.terms.eval(w.value(), b, value -> {
            WithState next = fn != null ? mock(cur, fn, new WithState.Mock(value, null)) : document(cur, w, b, value);
            if (next != null) {
                modifiers(ws, i + 1, next, b, k);
            }
        });
    }

    private String functionTarget(Term target) {
        if (target instanceof Term.Var v && !TermWalk.isRoot(v.name())) {
            return v.name();
        }
        if (target instanceof Term.Ref r && Resolver.isVar(r.head(), "data")) {
            String path = strings(r);
            RuleGroup g = path == null ? null : ev.policy.groups.get(path);
            if (g != null && g.isFunction()) {
                return "data." + path;
            }
        }
        return null;
    }

    private static String strings(Term.Ref r) {
        List<String> parts = new ArrayList<>();
        for (Term p : r.path()) {
            if (!(p instanceof Term.Str s)) {
                return null;
            }
            parts.add(s.value());
        }
        return String.join(".", parts);
    }

    private static WithState mock(WithState cur, String name, WithState.Mock m) {
        Map<String, WithState.Mock> mocks = WithState.plus(cur.mocks, name, m);
        return new WithState(cur.input, cur.base, cur.overrides, mocks);
    }

    private WithState document(WithState cur, WithModifier w, Bindings b, Value value) {
        Term t = w.target();
        Term head = t instanceof Term.Ref r ? r.head() : t;
        List<Term> path = t instanceof Term.Ref r ? r.path() : List.of();
        List<Value> keys = new ArrayList<>();
        for (Term p : path) {
            Value[] v = new Value[1];
            ev.terms.eval(p, b, x -> v[0] = x);
            if (v[0] == null) {
                return null;
            }
            keys.add(v[0]);
        }
        if (Resolver.isVar(head, "input")) {
            Value input = WithState.upsert(cur.input, keys, 0, value);
            return new WithState(input, cur.base, cur.overrides, cur.mocks);
        }
        List<String> strs = new ArrayList<>();
        for (Value key : keys) {
            strs.add(key instanceof StringValue s ? s.value() : key.toJson());
        }
        Value patched = WithState.upsert(cur.base, keys, 0, value);
        ObjectValue base = patched instanceof ObjectValue o ? o : ObjectValue.EMPTY;
        List<List<String>> overrides = new ArrayList<>(cur.overrides);
        overrides.add(strs);
        return new WithState(cur.input, base, overrides, cur.mocks);
    }
}
