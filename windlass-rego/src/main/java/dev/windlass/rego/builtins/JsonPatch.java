package dev.windlass.rego.builtins;

import dev.windlass.rego.value.ArrayValue;
import dev.windlass.rego.value.NumberValue;
import dev.windlass.rego.value.ObjectValue;
import dev.windlass.rego.value.SetValue;
import dev.windlass.rego.value.StringValue;
import dev.windlass.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
  * RFC 6902 JSON Patch over Rego values (objects, arrays and sets) for {@code json.patch}. Any
  * failing operation makes the result undefined, as in OPA. As OPA's edit tree: removing the root
  * leaves no document (only an {@code add} at the root brings one back), a set member can only be
  * added under its own value as key, and an array index is an integer written without a fraction.
  */
final class JsonPatch {
    private static final Set<String> OPS = Set.of("add", "remove", "replace", "move", "copy", "test");

    private JsonPatch() {}

    /** Signals a patch that cannot apply. */
    private static final class PatchFailed extends Exception {
        private static final long serialVersionUID = 1L;
    }

    static Value apply(Args a, Value target, ArrayValue operations) {
        Value doc = target;
        try {
            for (Value op : operations.items()) {
                doc = applyOne(a, doc, op);
            }
            return doc;
        } catch (PatchFailed | BuiltinException e) {
            return null;
        }
    }

    private static Value applyOne(Args a, Value doc, Value operation) throws PatchFailed, BuiltinException {
        if (!(operation instanceof ObjectValue op)) {
            throw new PatchFailed();
        }
        if (!(op.get("op") instanceof StringValue name) || !OPS.contains(name.value()) || op.get("path") == null) {
            throw new PatchFailed();
        }
        List<Value> path = JsonPathBuiltins.path(a, op.get("path"));
        switch (name.value()) {
            case "add":
                return insert(doc, path, 0, required(op, "value"));
            case "remove":
                return delete(doc, path, 0);
            case "replace":
                return insert(delete(doc, path, 0), path, 0, required(op, "value"));
            case "move": {
                List<Value> from = JsonPathBuiltins.path(a, required(op, "from"));
                Value chunk = render(doc, from);
                return insert(delete(doc, from, 0), path, 0, chunk);
            }
            case "copy": {
                List<Value> from = JsonPathBuiltins.path(a, required(op, "from"));
                return insert(doc, path, 0, render(doc, from));
            }
            default:
                if (!render(doc, path).equals(required(op, "value"))) {
                    throw new PatchFailed();
                }
                return doc;
        }
    }

    private static Value required(ObjectValue op, String key) throws PatchFailed {
        Value v = op.get(key);
        if (v == null) {
            throw new PatchFailed();
        }
        return v;
    }

    private static Value render(Value doc, List<Value> path) throws PatchFailed {
        if (doc == null) {
            throw new PatchFailed();
        }
        Value node = doc;
        for (Value segment : path) {
            node = child(node, segment);
            if (node == null) {
                throw new PatchFailed();
            }
        }
        return node;
    }

    private static Value child(Value node, Value segment) throws PatchFailed {
        if (node instanceof ObjectValue o) {
            return o.get(segment);
        }
        if (node instanceof ArrayValue arr) {
            int i = index(segment, arr.size() - 1);
            return arr.get(i);
        }
        if (node instanceof SetValue s) {
            return s.contains(segment) ? segment : null;
        }
        return null;
    }

    /** An array index segment in [0, max]. */
    private static int index(Value segment, int max) throws PatchFailed {
        long i;
        if (segment instanceof StringValue s && s.value().matches("0|[1-9][0-9]{0,9}")) {
            i = Long.parseLong(s.value());
        } else if (segment instanceof NumberValue n && n.value().scale() == 0 && n.fitsLong()) {
            i = n.longValue();
        } else {
            throw new PatchFailed();
        }
        if (i < 0 || i > max) {
            throw new PatchFailed();
        }
        return (int) i;
    }

    private static Value insert(Value node, List<Value> path, int depth, Value value) throws PatchFailed {
        if (depth == path.size()) {
            return value;
        }
        Value segment = path.get(depth);
        boolean last = depth == path.size() - 1;
        if (node instanceof ObjectValue o) {
            Value existing = o.get(segment);
            if (!last && existing == null) {
                throw new PatchFailed();
            }
            return o.with(segment, last ? value : insert(existing, path, depth + 1, value));
        }
        if (node instanceof ArrayValue arr) {
            List<Value> items = new ArrayList<>(arr.items());
            if (last) {
                int at = segment instanceof StringValue s && s.value().equals("-") ? items.size() : index(segment, items.size());
                items.add(at, value);
            } else {
                int at = index(segment, items.size() - 1);
                items.set(at, insert(items.get(at), path, depth + 1, value));
            }
            return new ArrayValue(items);
        }
        if (node instanceof SetValue s) {
            TreeSet<Value> members = new TreeSet<>(s.members());
            if (last) {
                if (!segment.equals(value)) {
                    throw new PatchFailed();
                }
                members.add(value);
            } else {
                if (!members.remove(segment)) {
                    throw new PatchFailed();
                }
                members.add(insert(segment, path, depth + 1, value));
            }
            return SetValue.of(members);
        }
        throw new PatchFailed();
    }

    /** Deletes at {@code path}; deleting the root gives null (no document). */
    private static Value delete(Value node, List<Value> path, int depth) throws PatchFailed {
        if (path.isEmpty()) {
            if (node == null) {
                throw new PatchFailed();
            }
            return null;
        }
        Value segment = path.get(depth);
        boolean last = depth == path.size() - 1;
        if (node instanceof ObjectValue o) {
            Value existing = o.get(segment);
            if (existing == null) {
                throw new PatchFailed();
            }
            TreeMap<Value, Value> entries = new TreeMap<>(o.entries());
            if (last) {
                entries.remove(segment);
            } else {
                entries.put(segment, delete(existing, path, depth + 1));
            }
            return ObjectValue.of(entries);
        }
        if (node instanceof ArrayValue arr) {
            List<Value> items = new ArrayList<>(arr.items());
            int at = index(segment, items.size() - 1);
            if (last) {
                items.remove(at);
            } else {
                items.set(at, delete(items.get(at), path, depth + 1));
            }
            return new ArrayValue(items);
        }
        if (node instanceof SetValue s) {
            TreeSet<Value> members = new TreeSet<>(s.members());
            if (!members.remove(segment)) {
                throw new PatchFailed();
            }
            if (!last) {
                members.add(delete(segment, path, depth + 1));
            }
            return SetValue.of(members);
        }
        throw new PatchFailed();
    }
}
