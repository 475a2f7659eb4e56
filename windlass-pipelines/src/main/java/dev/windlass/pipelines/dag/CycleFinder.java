package dev.windlass.pipelines.dag;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds one cycle among the edges, to name it in an error ({@code a -> b -> c -> a}). */
final class CycleFinder {

    private final Map<String, Set<String>> parents;
    private final Set<String> finished = new HashSet<>();

    CycleFinder(Map<String, Set<String>> parents) {
        this.parents = parents;
    }

    /** A cycle as the names along it, the first repeated at the end; empty when there is none. */
    List<String> find(List<String> names) {
        for (String name : names) {
            List<String> cycle = visit(name, new ArrayList<>());
            if (!cycle.isEmpty()) {
                return cycle;
            }
        }
        return List.of();
    }

    private List<String> visit(String name, List<String> path) {
        int seen = path.indexOf(name);
        if (seen >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(seen, path.size()));
            cycle.add(name);
            return cycle;
        }
        if (finished.contains(name)) {
            return List.of();
        }
        path.add(name);
        for (String next : dependents(name)) {
            List<String> cycle = visit(next, path);
            if (!cycle.isEmpty()) {
                return cycle;
            }
        }
        path.remove(path.size() - 1);
        finished.add(name);
        return List.of();
    }

    /** Walks forward (from a task to the tasks that wait for it) so the cycle reads in running order. */
    private List<String> dependents(String name) {
        List<String> out = new ArrayList<>();
        parents.forEach((child, ps) -> {
            if (ps.contains(name)) {
                out.add(child);
            }
        });
        return out;
    }
}
