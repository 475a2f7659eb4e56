package dev.windlass.rego.eval;

import dev.windlass.rego.ast.Term;
import dev.windlass.rego.value.ArrayValue;
import dev.windlass.rego.value.ObjectValue;
import dev.windlass.rego.value.SetValue;
import dev.windlass.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Array, set and object comprehensions: every solution of the body contributes one element. */
final class Comprehensions {
    private final Evaluation ev;

    Comprehensions(Evaluation ev) {
        this.ev = ev;
    }

    void eval(Term t, Bindings b, K.V k) {
        ev.enter(t.location());
        Value result;
        try {
            result = collect(t, b);
        } finally {
            ev.exit();
        }
        k.accept(result);
    }

    private Value collect(Term t, Bindings b) {
        if (t instanceof Term.ArrayCompr a) {
            List<Value> out = new ArrayList<>();
            ev.bodies.body(a.body(), b, () -> ev.terms.eval(a.head(), b, out::add));
            return new ArrayValue(out);
        }
        if (t instanceof Term.SetCompr s) {
            TreeSet<Value> out = new TreeSet<>();
            ev.bodies.body(s.body(), b, () -> ev.terms.eval(s.head(), b, out::add));
            return SetValue.of(out);
        }
        Term.ObjectCompr o = (Term.ObjectCompr) t;
        Map<Value, Value> out = new TreeMap<>();
        ev.bodies.body(o.body(), b, () -> ev.terms.eval(o.key(), b, key -> ev.terms.eval(o.value(), b, val -> {
            Value old = out.putIfAbsent(key, val);
            if (old != null && !old.equals(val)) {
                throw EvalError.conflict(o.location(), "object keys must be unique");
            }
        })));
        return ObjectValue.of(out);
    }
}
