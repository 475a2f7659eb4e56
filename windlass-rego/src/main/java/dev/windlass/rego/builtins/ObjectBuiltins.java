package dev.windlass.rego.builtins;

import dev.windlass.rego.value.ArrayValue;
import dev.windlass.rego.value.BoolValue;
import dev.windlass.rego.value.NumberValue;
import dev.windlass.rego.value.ObjectValue;
import dev.windlass.rego.value.SetValue;
import dev.windlass.rego.value.Value;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
  * Object functions: {@code object.get} (a key or a path array, with a default),
  * {@code object.keys remove filter union union_n subset}.
  */
final class ObjectBuiltins {
    private ObjectBuiltins() {}

    static void register(BuiltinTable.Registrar registrar) {
        registrar.add("object.get", 3, (ctx, args) -> get(Args.of("object.get", args)));
        registrar.add("object.keys", 1,
                (ctx, args) -> SetValue.of(Args.of("object.keys", args).object(0).entries().keySet()));
        registrar.add("object.remove", 2, (ctx, args) -> removeOrFilter(Args.of("object.remove", args), false));
        registrar.add("object.filter", 2, (ctx, args) -> removeOrFilter(Args.of("object.filter", args), true));
        registrar.add("object.union", 2, (ctx, args) -> {
            Args a = Args.of("object.union", args);
            ObjectValue x = a.object(0);
            return merge(x, a.object(1));
        });
        registrar.add("object.union_n", 1, (ctx, args) -> unionN(Args.of("object.union_n", args)));
        registrar.add("object.subset", 2, (ctx, args) -> ObjectSubset.subset(Args.of("object.subset", args)));
    }

    private static Value get(Args a) throws BuiltinException {
        ObjectValue object = a.object(0);
        if (!(a.any(1) instanceof ArrayValue path)) {
            Value found = object.get(a.any(1));
            return found != null ? found : a.any(2);
        }
        Value found = find(object, path.items());
        return found != null ? found : a.any(2);
    }

    /** OPA's {@code Value.Find}: objects by key, arrays by integer index, sets by member; null when absent. */
    static Value find(Value value, List<Value> path) {
        Value current = value;
        for (Value step : path) {
            if (current instanceof ObjectValue o) {
                current = o.get(step);
            } else if (current instanceof ArrayValue arr) {
                current = index(arr, step);
            } else if (current instanceof SetValue s) {
                current = s.contains(step) ? step : null;
            } else {
                current = null;
            }
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    private static Value index(ArrayValue arr, Value step) {
        if (step instanceof NumberValue n && n.fitsLong()) {
            long i = n.longValue();
            return i >= 0 && i < arr.size() ? arr.get((int) i) : null;
        }
        return null;
    }

    private static Value removeOrFilter(Args a, boolean keep) throws BuiltinException {
        ObjectValue object = a.object(0);
        Collection<Value> keys = keysParam(a);
        TreeMap<Value, Value> out = new TreeMap<>();
        for (Map.Entry<Value, Value> e : object.entries().entrySet()) {
            if (keys.contains(e.getKey()) == keep) {
                out.put(e.getKey(), e.getValue());
            }
        }
        return ObjectValue.of(out);
    }

    private static Collection<Value> keysParam(Args a) throws BuiltinException {
        Value v = a.any(1);
        if (v instanceof ArrayValue arr) {
            return new TreeSet<>(arr.items());
        }
        if (v instanceof SetValue s) {
            return s.members();
        }
        if (v instanceof ObjectValue o) {
            return o.entries().keySet();
        }
        throw a.wrongTypeOneOf(1, "object", "set", "array");
    }

    /** {@code object.union}: b's entries win, except that two objects under one key are merged. */
    static ObjectValue merge(ObjectValue a, ObjectValue b) {
        TreeMap<Value, Value> out = new TreeMap<>(a.entries());
        for (Map.Entry<Value, Value> e : b.entries().entrySet()) {
            Value old = out.get(e.getKey());
            if (old instanceof ObjectValue x && e.getValue() instanceof ObjectValue y) {
                out.put(e.getKey(), merge(x, y));
            } else {
                out.put(e.getKey(), e.getValue());
            }
        }
        return ObjectValue.of(out);
    }

    private static Value unionN(Args a) throws BuiltinException {
        ArrayValue array = a.array(0);
        ObjectValue out = ObjectValue.EMPTY;
        for (Value item : array.items()) {
            if (!(item instanceof ObjectValue o)) {
                throw a.elementError(0, "object", item);
            }
            out = merge(out, o);
        }
        return out;
    }

    /** {@code object.subset}'s rules, kept apart for size. */
    static final class ObjectSubset {
        private ObjectSubset() {}

        static Value subset(Args a) throws BuiltinException {
            Value sup = a.any(0);
            Value sub = a.any(1);
            if (sup instanceof ArrayValue arr && sub instanceof SetValue set) {
                return BoolValue.of(arraySet(arr, set));
            }
            boolean sameKind = sup instanceof ObjectValue && sub instanceof ObjectValue
                    || sup instanceof SetValue && sub instanceof SetValue
                    || sup instanceof ArrayValue && sub instanceof ArrayValue;
            if (!sameKind) {
                throw new BuiltinException(BuiltinException.Kind.TYPE, a.function()
                        + ": both arguments object.subset must be of the same type or array and set");
            }
            return BoolValue.of(nested(sup, sub));
        }

        private static boolean nested(Value sup, Value sub) {
            if (sup instanceof ObjectValue x && sub instanceof ObjectValue y) {
                for (Map.Entry<Value, Value> e : y.entries().entrySet()) {
                    Value have = x.get(e.getKey());
                    if (have == null || !(have.equals(e.getValue()) || nested(have, e.getValue()))) {
                        return false;
                    }
                }
                return true;
            }
            if (sup instanceof SetValue x && sub instanceof SetValue y) {
                return x.members().containsAll(y.members());
            }
            if (sup instanceof ArrayValue x && sub instanceof ArrayValue y) {
                return java.util.Collections.indexOfSubList(x.items(), y.items()) >= 0;
            }
            return false;
        }

        private static boolean arraySet(ArrayValue sup, SetValue sub) {
            int unmatched = sub.size();
            for (Value item : sup.items()) {
                if (sub.contains(item)) {
                    unmatched--;
                }
                if (unmatched == 0) {
                    return true;
                }
            }
            return false;
        }
    }
}
