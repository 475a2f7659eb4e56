package dev.windlass.rego.eval;

import dev.windlass.rego.CompileError;
import dev.windlass.rego.value.ObjectValue;
import dev.windlass.rego.value.Value;
import java.util.Collection;
import java.util.List;

/**
  * OPA's path-conflict check between rules and base documents: a rule's path conflicts with
  * {@code data} when the base documents hold a value at that path, or a non-object value at one of
  * its prefixes ({@code rego_compile_error: conflicting rule for data path a/b found}).
  */
final class DataConflictCheck {
    private DataConflictCheck() {
    }

    static void run(Collection<RuleGroup> groups, ObjectValue data, List<CompileError> errors) {
        for (RuleGroup g : groups) {
            if (!g.path.isEmpty() && occupied(data, g.path)) {
                CompiledRule r = g.rules.isEmpty() ? g.defaultRule : g.rules.get(0);
                errors.add(new CompileError(r == null ? null : r.location(), "rego_compile_error",
                        "conflicting rule for data path " + String.join("/", g.path)
                                + " found; rename the rule or remove that path from the data"));
            }
        }
    }

    /** Whether the data has a value at {@code path}, or a non-object on the way to it. */
    private static boolean occupied(ObjectValue data, List<String> path) {
        Value node = data;
        for (String key : path) {
            if (!(node instanceof ObjectValue o)) {
                return true;
            }
            node = o.get(key);
            if (node == null) {
                return false;
            }
        }
        return true;
    }
}
