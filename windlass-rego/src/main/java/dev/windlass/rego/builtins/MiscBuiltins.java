package dev.windlass.rego.builtins;

import dev.windlass.rego.value.ArrayValue;
import dev.windlass.rego.value.NumberValue;
import dev.windlass.rego.value.ObjectValue;
import dev.windlass.rego.value.SetValue;
import dev.windlass.rego.value.StringValue;
import dev.windlass.rego.value.Value;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
  * {@code uuid.rfc4122}, {@code uuid.parse}, {@code rand.intn}, {@code graph.reachable},
  * {@code graph.reachable_paths} and {@code opa.runtime}. The random functions memoise their
  * result per evaluation by argument, as OPA does. {@code opa.runtime} returns
  * {@code {"version": "windlass"}}: Windlass has no OPA runtime config, and the process environment
  * is not exposed to policies.
  */
final class MiscBuiltins {
    private static final SecureRandom RANDOM = new SecureRandom();

    private MiscBuiltins() {}

    /** Cache keys, one type per function so keys never collide. */
    private record UuidKey(Value seed) {}

    private record RandKey(String seed, long n) {}

    static void register(BuiltinTable.Registrar registrar) {
        ExtCalls.addNondeterministic(registrar, "uuid.rfc4122", 1, (context, a) -> {
            String seed = a.string(0);
            return (Value) context.evaluationCache().computeIfAbsent(new UuidKey(StringValue.of(seed)),
                    k -> StringValue.of(UuidValues.random()));
        });
        ExtCalls.add(registrar, "uuid.parse", 1, a -> UuidValues.parse(a.string(0)));
        ExtCalls.addNondeterministic(registrar, "rand.intn", 2, MiscBuiltins::randIntn);
        ExtCalls.add(registrar, "graph.reachable", 2, MiscBuiltins::reachable);
        ExtCalls.add(registrar, "graph.reachable_paths", 2, MiscBuiltins::reachablePaths);
        ExtCalls.add(registrar, "opa.runtime", 0, a -> ObjectValue.ofStrings(Map.of("version", StringValue.of("windlass"))));
    }

    private static Value randIntn(BuiltinContext context, Args a) throws BuiltinException {
        String seed = a.string(0);
        long n = a.integer(1);
        if (n == 0) {
            return NumberValue.of(0);
        }
        long bound = Math.abs(n);
        return (Value) context.evaluationCache().computeIfAbsent(new RandKey(seed, bound),
                k -> NumberValue.of(RANDOM.nextLong(bound)));
    }

    private static Collection<Value> vertices(Value v) {
        if (v instanceof ArrayValue a) {
            return a.items();
        }
        return v instanceof SetValue s ? s.members() : List.of();
    }

    private static Collection<Value> initial(Args a) throws BuiltinException {
        Value v = a.any(1);
        if (!(v instanceof ArrayValue) && !(v instanceof SetValue)) {
            throw BuiltinException.operand(a.function(), 2, "{array, set}", v);
        }
        return vertices(v);
    }

    private static Value reachable(Args a) throws BuiltinException {
        ObjectValue graph = a.object(0);
        Deque<Value> queue = new ArrayDeque<>(initial(a));
        TreeSet<Value> reached = new TreeSet<>();
        while (!queue.isEmpty()) {
            Value node = queue.poll();
            Value edges = graph.get(node);
            if (edges != null) {
                for (Value neighbour : vertices(edges)) {
                    if (!reached.contains(neighbour)) {
                        queue.add(neighbour);
                    }
                }
                reached.add(node);
            }
        }
        return SetValue.of(reached);
    }

    private static Value reachablePaths(Args a) throws BuiltinException {
        ObjectValue graph = a.object(0);
        TreeSet<Value> paths = new TreeSet<>();
        for (Value node : initial(a)) {
            Value edges = graph.get(node);
            if (edges == null) {
                continue;
            }
            Collection<Value> next = vertices(edges);
            if (next.isEmpty()) {
                paths.add(ArrayValue.of(node));
            }
            for (Value neighbour : next) {
                TreeSet<Value> seen = new TreeSet<>();
                seen.add(node);
                buildPaths(graph, neighbour, new ArrayList<>(List.of(node)), paths, seen);
            }
        }
        return SetValue.of(paths);
    }

    private static void buildPaths(ObjectValue graph, Value root, List<Value> path, TreeSet<Value> paths,
            TreeSet<Value> reached) {
        Value edges = graph.get(root);
        if (edges == null) {
            paths.add(new ArrayValue(path));
            return;
        }
        path.add(root);
        Collection<Value> next = vertices(edges);
        if (next.isEmpty()) {
            paths.add(new ArrayValue(path));
            return;
        }
        TreeSet<Value> seen = new TreeSet<>(reached);
        seen.add(root);
        for (Value neighbour : next) {
            if (seen.contains(neighbour)) {
                paths.add(new ArrayValue(path));
            } else {
                buildPaths(graph, neighbour, new ArrayList<>(path), paths, seen);
            }
        }
    }
}
