package dev.windlass.rego.builtins;

import dev.windlass.rego.value.ArrayValue;
import dev.windlass.rego.value.NullValue;
import dev.windlass.rego.value.ObjectValue;
import dev.windlass.rego.value.SetValue;
import dev.windlass.rego.value.StringValue;
import dev.windlass.rego.value.Value;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
  * {@code json.filter}, {@code json.remove} and {@code json.patch}. Paths are {@code "a/b"}
  * strings ({@code ~0} and {@code ~1} unescaped) or arrays of segments; array elements are
  * addressed by index strings ({@code "0"}); a failing patch makes {@code json.patch} undefined.
  */
final class JsonPathBuiltins {
    private JsonPathBuiltins() {}

    static void register(BuiltinTable.Registrar registrar) {
        ExtCalls.add(registrar, "json.filter", 2, a -> {
            ObjectValue object = a.object(0);
            return filter(object, pathsToObject(paths(a, a.any(1))));
        });
        ExtCalls.add(registrar, "json.remove", 2, a -> {
            ObjectValue object = a.object(0);
            return remove(object, pathsToObject(paths(a, a.any(1))));
        });
        ExtCalls.add(registrar, "json.patch", 2, a -> {
            ArrayValue operations = a.array(1);
            return JsonPatch.apply(a, a.any(0), operations);
        });
    }

    private static List<List<Value>> paths(Args a, Value operand) throws BuiltinException {
        Collection<Value> items;
        if (operand instanceof ArrayValue arr) {
            items = arr.items();
        } else if (operand instanceof SetValue set) {
            items = set.members();
        } else {
            throw BuiltinException.operand(a.function(), 2, "one of {set, array}", operand);
        }
        List<List<Value>> out = new ArrayList<>();
        for (Value item : items) {
            out.add(path(a, item));
        }
        return out;
    }

    /** One path: a {@code /}-separated string or an array of segments. */
    static List<Value> path(Args a, Value p) throws BuiltinException {
        if (p instanceof StringValue s) {
            List<Value> segments = new ArrayList<>();
            if (s.value().isEmpty()) {
                return segments;
            }
            for (String part : s.value().replaceFirst("^/+", "").split("/", -1)) {
                segments.add(StringValue.of(part.replace("~1", "/").replace("~0", "~")));
            }
            return segments;
        }
        if (p instanceof ArrayValue arr) {
            return new ArrayList<>(arr.items());
        }
        throw ExtCalls.operandError(a, 2,
                "must be one of {set, array} containing string paths or array of path segments but got " + p.typeName());
    }

    /** A tree of the paths: inner nodes are objects, selected leaves are null. */
    private static Value pathsToObject(List<List<Value>> paths) {
        TreeMap<Value, Object> root = new TreeMap<>();
        for (List<Value> path : paths) {
            if (!path.isEmpty()) {
                insert(root, path, 0);
            }
        }
        return freeze(root);
    }

    @SuppressWarnings("unchecked")
    private static void insert(TreeMap<Value, Object> node, List<Value> path, int i) {
        if (i == path.size() - 1) {
            node.put(path.get(i), NullValue.INSTANCE);
            return;
        }
        Object child = node.get(path.get(i));
        if (child instanceof NullValue) {
            return;
        }
        if (child == null) {
            child = new TreeMap<Value, Object>();
            node.put(path.get(i), child);
        }
        insert((TreeMap<Value, Object>) child, path, i + 1);
    }

    @SuppressWarnings("unchecked")
    private static Value freeze(TreeMap<Value, Object> node) {
        TreeMap<Value, Value> out = new TreeMap<>();
        node.forEach((k, v) -> out.put(k, v instanceof TreeMap<?, ?> m ? freeze((TreeMap<Value, Object>) m) : (Value) v));
        return ObjectValue.of(out);
    }

    static Value filter(Value value, Value filter) {
        if (filter instanceof NullValue || !(filter instanceof ObjectValue f)) {
            return value;
        }
        if (value instanceof ArrayValue arr) {
            List<Value> out = new ArrayList<>();
            for (int i = 0; i < arr.size(); i++) {
                Value sub = f.get(StringValue.of(Integer.toString(i)));
                if (sub != null) {
                    out.add(filter(arr.get(i), sub));
                }
            }
            return new ArrayValue(out);
        }
        if (value instanceof SetValue set) {
            TreeSet<Value> out = new TreeSet<>();
            for (Value member : set.members()) {
                Value sub = f.get(member);
                if (sub != null) {
                    out.add(filter(member, sub));
                }
            }
            return SetValue.of(out);
        }
        if (value instanceof ObjectValue obj) {
            TreeMap<Value, Value> out = new TreeMap<>();
            for (Map.Entry<Value, Value> e : obj.entries().entrySet()) {
                Value sub = f.get(e.getKey());
                if (sub != null) {
                    out.put(e.getKey(), filter(e.getValue(), sub));
                }
            }
            return ObjectValue.of(out);
        }
        return value;
    }

    /** The value without the leaves of {@code paths}; null when the value itself is removed. */
    static Value remove(Value value, Value paths) {
        if (paths instanceof NullValue) {
            return null;
        }
        if (!(paths instanceof ObjectValue p)) {
            return value;
        }
        if (value instanceof ObjectValue obj) {
            TreeMap<Value, Value> out = new TreeMap<>();
            for (Map.Entry<Value, Value> e : obj.entries().entrySet()) {
                Value kept = remove(e.getValue(), p.get(e.getKey()));
                if (kept != null) {
                    out.put(e.getKey(), kept);
                }
            }
            return ObjectValue.of(out);
        }
        if (value instanceof SetValue set) {
            TreeSet<Value> out = new TreeSet<>();
            for (Value member : set.members()) {
                Value kept = remove(member, p.get(member));
                if (kept != null) {
                    out.add(kept);
                }
            }
            return SetValue.of(out);
        }
        if (value instanceof ArrayValue arr) {
            List<Value> out = new ArrayList<>();
            for (int i = 0; i < arr.size(); i++) {
                Value kept = remove(arr.get(i), p.get(StringValue.of(Integer.toString(i))));
                if (kept != null) {
                    out.add(kept);
                }
            }
            return new ArrayValue(out);
        }
        return value;
    }
}
