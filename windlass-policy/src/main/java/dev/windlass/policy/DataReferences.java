package dev.windlass.policy;

import dev.windlass.rego.ast.Location;
import dev.windlass.rego.ast.Module;
import dev.windlass.rego.ast.Term;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
  * The frameworks' rule for template Rego: {@code data} may be read only under {@code data.lib}
  * (the template's libraries) and {@code data.inventory} (replicated objects). Walks a parsed
  * module's records and lists the other {@code data} references.
  */
final class DataReferences {
    private static final Set<String> ALLOWED = Set.of("lib", "inventory");

    private DataReferences() {
    }

    /** The disallowed references of a module, as {@code data.x at file:line:col}. */
    static List<String> disallowed(Module module) {
        List<String> out = new ArrayList<>();
        walk(module, out, 0);
        return out;
    }

    private static void walk(Object node, List<String> out, int depth) {
        if (node == null || node instanceof Location || depth > 500) {
            return;
        }
        if (node instanceof Term.Ref ref && ref.head() instanceof Term.Var v && v.name().equals("data")) {
            check(ref, out);
        }
        if (node instanceof Collection<?> items) {
            items.forEach(i -> walk(i, out, depth + 1));
        } else if (node instanceof Record record) {
            for (RecordComponent c : record.getClass().getRecordComponents()) {
                walk(component(record, c), out, depth + 1);
            }
        }
    }

    private static void check(Term.Ref ref, List<String> out) {
        Term first = ref.path().isEmpty() ? null : ref.path().get(0);
        if (first instanceof Term.Str s && ALLOWED.contains(s.value())) {
            return;
        }
        String name = first instanceof Term.Str s ? "data." + s.value() : "data";
        out.add(name + " at " + ref.location());
    }

    private static Object component(Record record, RecordComponent c) {
        try {
            return c.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + record.getClass().getName(), e);
        }
    }
}
