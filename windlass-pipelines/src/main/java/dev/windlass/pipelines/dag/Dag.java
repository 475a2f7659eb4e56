package dev.windlass.pipelines.dag;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Location;
import dev.windlass.model.Result;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.pipelines.model.PipelineSpec;
import dev.windlass.pipelines.model.PipelineTask;
import dev.windlass.pipelines.subst.ResultRef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A pipeline's task graph: an edge from each task to the tasks it waits for, from {@code runAfter}
 * and from {@code $(tasks.t.results.r)} references anywhere in the task (params, {@code when},
 * matrix). {@code finally} tasks are kept beside the graph; they run once every graph task is done.
 */
public final class Dag {

    private final Map<String, PipelineTask> tasks;
    private final Map<String, PipelineTask> finallyTasks;
    private final Map<String, Set<String>> parents;
    private final List<String> order;

    private Dag(Map<String, PipelineTask> tasks, Map<String, PipelineTask> finallyTasks,
            Map<String, Set<String>> parents, List<String> order) {
        this.tasks = Collections.unmodifiableMap(new LinkedHashMap<>(tasks));
        this.finallyTasks = Collections.unmodifiableMap(new LinkedHashMap<>(finallyTasks));
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        parents.forEach((k, v) -> copy.put(k, Collections.unmodifiableSet(new LinkedHashSet<>(v))));
        this.parents = Collections.unmodifiableMap(copy);
        this.order = List.copyOf(order);
    }

    /** Builds the graph of {@code spec}; issues are not located in a file. */
    public static Result<Dag> build(PipelineSpec spec) {
        return build(spec, null);
    }

    /**
     * Builds the graph of {@code spec}. An unknown task in {@code runAfter} or in a result
     * reference, a duplicate name and a cycle ({@code a -> b -> a}) are errors located in
     * {@code owner} (a Pipeline or PipelineRun; may be null).
     */
    public static Result<Dag> build(PipelineSpec spec, KubeObject owner) {
        return build(spec, owner, FieldPath.of("spec"));
    }

    /** As {@link #build(PipelineSpec, KubeObject)}, for a spec found at {@code at} ({@code spec.pipelineSpec}). */
    public static Result<Dag> build(PipelineSpec spec, KubeObject owner, FieldPath at) {
        return new DagBuilder(spec, owner, at).build();
    }

    static Dag of(Map<String, PipelineTask> tasks, Map<String, PipelineTask> finallyTasks,
            Map<String, Set<String>> parents, List<String> order) {
        return new Dag(tasks, finallyTasks, parents, order);
    }

    /** The graph tasks in a topological order (parents first, then the order written). */
    public List<String> order() {
        return order;
    }

    /** The graph tasks, in the order written. */
    public List<PipelineTask> tasks() {
        return List.copyOf(tasks.values());
    }

    /** The {@code finally} tasks, in the order written. */
    public List<PipelineTask> finallyTasks() {
        return List.copyOf(finallyTasks.values());
    }

    /** A graph or {@code finally} task by name. */
    public Optional<PipelineTask> task(String name) {
        PipelineTask task = tasks.get(name);
        return Optional.ofNullable(task != null ? task : finallyTasks.get(name));
    }

    /** Whether {@code name} is a {@code finally} task. */
    public boolean isFinally(String name) {
        return finallyTasks.containsKey(name);
    }

    /** The graph tasks {@code name} waits for (none for {@code finally} tasks). */
    public Set<String> parents(String name) {
        return parents.getOrDefault(name, Set.of());
    }

    /** The graph tasks that wait for {@code name}. */
    public Set<String> children(String name) {
        Set<String> out = new LinkedHashSet<>();
        parents.forEach((child, ps) -> {
            if (ps.contains(name)) {
                out.add(child);
            }
        });
        return out;
    }

    /** The result references of a task (its params, {@code when} and matrix), whatever task they name. */
    public static Set<ResultRef> resultRefs(PipelineTask task) {
        return ResultRef.in(task.raw());
    }

    static Location locate(KubeObject owner, FieldPath field) {
        return owner == null ? Location.of(null, field) : owner.locate(field);
    }

    static Issue error(KubeObject owner, FieldPath field, String message) {
        return Issue.error("pipeline.dag", locate(owner, field), message);
    }

    static List<String> sorted(Map<String, Set<String>> parents, List<String> names) {
        List<String> out = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        while (out.size() < names.size()) {
            boolean progress = false;
            for (String name : names) {
                if (!done.contains(name) && done.containsAll(parents.getOrDefault(name, Set.of()))) {
                    done.add(name);
                    out.add(name);
                    progress = true;
                }
            }
            if (!progress) {
                break;
            }
        }
        return out;
    }
}
