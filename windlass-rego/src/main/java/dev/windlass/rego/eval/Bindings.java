package dev.windlass.rego.eval;

import dev.windlass.rego.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Variable values of one rule body (and its nested comprehensions), with an undo trail for backtracking. */
final class Bindings {
    private final Map<String, Value> values = new HashMap<>();
    private final List<String> trail = new ArrayList<>();

    Value get(String name) {
        return values.get(name);
    }

    boolean isBound(String name) {
        return values.containsKey(name);
    }

    /** Binds an unbound variable; undo with {@link #undo(int)} to the mark taken before. */
    void bind(String name, Value value) {
        values.put(name, value);
        trail.add(name);
    }

    int mark() {
        return trail.size();
    }

    void undo(int mark) {
        for (int i = trail.size() - 1; i >= mark; i--) {
            values.remove(trail.remove(i));
        }
    }
}
