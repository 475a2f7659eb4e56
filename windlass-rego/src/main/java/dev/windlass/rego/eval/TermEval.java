package dev.windlass.rego.eval;

import dev.windlass.rego.ast.Operator;
import dev.windlass.rego.ast.Term;
import dev.windlass.rego.value.ArrayValue;
import dev.windlass.rego.value.BoolValue;
import dev.windlass.rego.value.NullValue;
import dev.windlass.rego.value.NumberValue;
import dev.windlass.rego.value.ObjectValue;
import dev.windlass.rego.value.SetValue;
import dev.windlass.rego.value.StringValue;
import dev.windlass.rego.value.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** Evaluates terms to values, generating one value per way a reference can be satisfied. */
final class TermEval {
    private final Evaluation ev;

    TermEval(Evaluation ev) {
        this.ev = ev;
    }

    void eval(Term t, Bindings b, K.V k) {
        if (t instanceof Term.Str s) {
            k.accept(StringValue.of(s.value()));
        } else if (t instanceof Term.Num n) {
            k.accept(NumberValue.parse(n.text()));
        } else if (t instanceof Term.Bool x) {
            k.accept(BoolValue.of(x.value()));
        } else if (t instanceof Term.Null) {
            k.accept(NullValue.INSTANCE);
        } else if (t instanceof Term.Var v) {
            var(v, b, k);
        } else if (t instanceof Term.Ref r) {
            ref(r, b, k);
        } else if (t instanceof Term.Array a) {
            items(a.items(), b, vals -> k.accept(new ArrayValue(Arrays.asList(vals))));
        } else if (t instanceof Term.SetTerm s) {
            items(s.items(), b, vals -> k.accept(SetValue.of(Arrays.asList(vals))));
        } else if (t instanceof Term.Obj o) {
            object(o, b, k);
        } else if (t instanceof Term.Call c) {
            ev.calls.call(c, b, k);
        } else if (t instanceof Term.Binary bin) {
            binary(bin, b, k);
        } else if (t instanceof Term.Negate n) {
            eval(n.operand(), b, v -> ev.calls.invoke("minus", List.of(NumberValue.of(0), v), n.location(), k));
        } else if (t instanceof Term.KeyValueIn kv) {
            eval(kv.collection(), b, coll -> eval(kv.key(), b, key -> eval(kv.value(), b,
                    val -> k.accept(BoolValue.of(containsEntry(coll, key, val))))));
        } else {
            new Comprehensions(ev).eval(t, b, k);
        }
    }

    private void var(Term.Var v, Bindings b, K.V k) {
        Value bound = b.get(v.name());
        if (bound != null) {
            k.accept(bound);
        } else if (v.name().equals("input")) {
            if (ev.state.input != null) {
                k.accept(ev.state.input);
            }
        } else if (v.name().equals("data")) {
            ev.docs.data(List.of(), 0, ev.policy.root, b, k);
        }
    }

    private void ref(Term.Ref r, Bindings b, K.V k) {
        Term head = r.head();
        if (head instanceof Term.Var v && !b.isBound(v.name())) {
            if (v.name().equals("data")) {
                ev.docs.data(r.path(), 0, ev.policy.root, b, k);
            } else if (v.name().equals("input")) {
                if (ev.state.input != null) {
                    walk(ev.state.input, r.path(), 0, b, k);
                }
            }
            return;
        }
        eval(head, b, hv -> walk(hv, r.path(), 0, b, k));
    }

    /** Follows reference path elements from {@code i} on, starting at a value. */
    void walk(Value cur, List<Term> path, int i, Bindings b, K.V k) {
        if (i == path.size()) {
            k.accept(cur);
            return;
        }
        Term e = path.get(i);
        if (e instanceof Term.Str s) {
            Value child = lookup(cur, StringValue.of(s.value()));
            if (child != null) {
                walk(child, path, i + 1, b, k);
            }
        } else if (e instanceof Term.Var v && !b.isBound(v.name()) && !TermEval.isRootVar(v)) {
            iterate(cur, (key, val) -> {
                int mark = b.mark();
                b.bind(v.name(), key);
                try {
                    walk(val, path, i + 1, b, k);
                } finally {
                    b.undo(mark);
                }
            });
        } else if (ev.unifier.hasUnbound(e, b)) {
            iterate(cur, (key, val) -> ev.unifier.unifyValue(e, key, b, () -> walk(val, path, i + 1, b, k)));
        } else {
            eval(e, b, key -> {
                Value child = lookup(cur, key);
                if (child != null) {
                    walk(child, path, i + 1, b, k);
                }
            });
        }
    }

    static boolean isRootVar(Term.Var v) {
        return TermWalk.isRoot(v.name());
    }

    static Value lookup(Value cur, Value key) {
        if (cur instanceof ObjectValue o) {
            return o.get(key);
        }
        if (cur instanceof ArrayValue a && key instanceof NumberValue n && n.fitsLong()) {
            long i = n.longValue();
            return i >= 0 && i < a.size() ? a.get((int) i) : null;
        }
        if (cur instanceof SetValue s && s.contains(key)) {
            return key;
        }
        return null;
    }

    /** Calls {@code f} with each key and value of a collection, in OPA's order. */
    static void iterate(Value cur, BiConsumer<Value, Value> f) {
        if (cur instanceof ArrayValue a) {
            for (int i = 0; i < a.size(); i++) {
                f.accept(NumberValue.of(i), a.get(i));
            }
        } else if (cur instanceof ObjectValue o) {
            for (Map.Entry<Value, Value> e : o.entries().entrySet()) {
                f.accept(e.getKey(), e.getValue());
            }
        } else if (cur instanceof SetValue s) {
            for (Value m : s.members()) {
                f.accept(m, m);
            }
        }
    }

    void items(List<Term> terms, Bindings b, Consumer<Value[]> k) {
        Value[] out = new Value[terms.size()];
        items(terms, 0, out, b, k);
    }

    private void items(List<Term> terms, int i, Value[] out, Bindings b, Consumer<Value[]> k) {
        if (i == terms.size()) {
            k.accept(out.clone());
            return;
        }
        eval(terms.get(i), b, v -> {
            out[i] = v;
            items(terms, i + 1, out, b, k);
        });
    }

    private void object(Term.Obj o, Bindings b, K.V k) {
        List<Term> flat = new ArrayList<>();
        for (Term.Entry e : o.entries()) {
            flat.add(e.key());
            flat.add(e.value());
        }
        items(flat, b, vals -> {
            Map<Value, Value> m = new java.util.TreeMap<>();
            for (int i = 0; i < vals.length; i += 2) {
                m.put(vals[i], vals[i + 1]);
            }
            k.accept(ObjectValue.of(m));
        });
    }

    private void binary(Term.Binary bin, Bindings b, K.V k) {
        eval(bin.left(), b, l -> eval(bin.right(), b, r -> {
            if (bin.op() == Operator.IN) {
                k.accept(BoolValue.of(contains(r, l)));
            } else {
                ev.calls.invoke(CallEval.operatorName(bin.op()), List.of(l, r), bin.location(), k);
            }
        }));
    }

    static boolean contains(Value coll, Value x) {
        if (coll instanceof ArrayValue a) {
            return a.items().contains(x);
        }
        if (coll instanceof SetValue s) {
            return s.contains(x);
        }
        if (coll instanceof ObjectValue o) {
            return o.entries().containsValue(x);
        }
        return false;
    }

    static boolean containsEntry(Value coll, Value key, Value val) {
        Value found = lookup(coll, key);
        return found != null && found.equals(val);
    }
}
