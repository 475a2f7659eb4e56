package dev.windlass.rego.eval;

import dev.windlass.rego.value.ObjectValue;
import dev.windlass.rego.value.StringValue;
import dev.windlass.rego.value.Value;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
  * The documents and functions one stretch of evaluation sees: {@code input}, base data (with any
  * {@code with data...} replacements), mocked functions, and the caches valid for exactly that view.
  */
final class WithState {
    /** A replacement for a function: a constant value or another function's name. */
    record Mock(Value value, String function) {}

    static final Object UNDEFINED = new Object();

    final Value input;
    final ObjectValue base;
    final List<List<String>> overrides;
    final Map<String, Mock> mocks;
    final Map<Object, Object> nodeCache = new HashMap<>();
    final Map<Object, Object> fnCache = new HashMap<>();
    final Set<RuleGroup> inProgress = new HashSet<>();

    WithState(Value input, ObjectValue base, List<List<String>> overrides, Map<String, Mock> mocks) {
        this.input = input;
        this.base = base;
        this.overrides = List.copyOf(overrides);
        this.mocks = Map.copyOf(mocks);
    }

    /** Whether {@code with} replaced this path or one above it. */
    boolean isOverridden(List<String> path) {
        for (List<String> o : overrides) {
            if (path.size() >= o.size() && path.subList(0, o.size()).equals(o)) {
                return true;
            }
        }
        return false;
    }

    /** The base document at a path, or null. */
    Value baseAt(List<String> path) {
        Value cur = base;
        for (String key : path) {
            if (!(cur instanceof ObjectValue o)) {
                return null;
            }
            cur = o.get(key);
            if (cur == null) {
                return null;
            }
        }
        return cur;
    }

    /** A copy of {@code root} with {@code value} placed at {@code path}, creating objects on the way. */
    static Value upsert(Value root, List<Value> path, int i, Value value) {
        if (i == path.size()) {
            return value;
        }
        ObjectValue obj = root instanceof ObjectValue o ? o : ObjectValue.EMPTY;
        Value child = obj.get(path.get(i));
        return obj.with(path.get(i), upsert(child, path, i + 1, value));
    }

    static List<Value> strings(List<String> path) {
        return path.stream().map(s -> (Value) StringValue.of(s)).toList();
    }

    static Map<String, Mock> plus(Map<String, Mock> mocks, String name, Mock mock) {
        Map<String, Mock> copy = new HashMap<>(mocks);
        copy.put(name, mock);
        return copy;
    }
}
