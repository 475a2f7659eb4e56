package dev.windlass.pipelines.model;

import dev.windlass.model.tree.FieldPath;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Tekton's ordering rules: {@code runAfter} and result references must name tasks of the pipeline,
 * the graph has no cycle, finally tasks have no {@code runAfter} and read no results of other
 * finally tasks.
 */
final class PipelineGraphRules {

    private final Reading reading;

    PipelineGraphRules(Reading reading) {
        this.reading = reading;
    }

    void check(PipelineSpec spec, FieldPath at) {
        Set<String> names = PipelineRules.names(spec.tasks());
        Map<String, Set<String>> deps = new HashMap<>();
        Map<String, FieldPath> paths = new HashMap<>();
        for (int i = 0; i < spec.tasks().size(); i++) {
            PipelineTask task = spec.tasks().get(i);
            FieldPath here = at.key("tasks").index(i);
            paths.putIfAbsent(task.name(), here);
            deps.put(task.name(), knownDeps(task, names, here));
        }
        cycles(deps, paths, at.key("tasks"));
        finallyTasks(spec, names, at.key("finally"));
    }

    private Set<String> knownDeps(PipelineTask task, Set<String> names, FieldPath at) {
        Set<String> out = new LinkedHashSet<>();
        for (int j = 0; j < task.runAfter().size(); j++) {
            String previous = task.runAfter().get(j);
            if (names.contains(previous)) {
                out.add(previous);
            } else {
                missing(task.name(), previous, at.key("runAfter").index(j));
            }
        }
        for (Map.Entry<String, FieldPath> source : PipelineTaskRules.resultSources(task, at).entrySet()) {
            if (names.contains(source.getKey())) {
                out.add(source.getKey());
            } else {
                missing(task.name(), source.getKey(), source.getValue());
            }
        }
        return out;
    }

    private void missing(String task, String previous, FieldPath at) {
        reading.error(ModelCodes.INVALID_FIELD, at, "invalid value: couldn't add link between " + task + " and "
                + previous + ": task " + task + " depends on " + previous + " but " + previous + " wasn't present"
                + " in Pipeline; fix the name or add the task");
    }

    /** Removes tasks whose dependencies are done until none is left, or reports the first one stuck. */
    private void cycles(Map<String, Set<String>> deps, Map<String, FieldPath> paths, FieldPath tasks) {
        Map<String, Set<String>> waiting = new TreeMap<>();
        deps.forEach((task, before) -> waiting.put(task, new TreeSet<>(before)));
        Deque<String> ready = new ArrayDeque<>();
        waiting.forEach((task, before) -> {
            if (before.isEmpty()) {
                ready.add(task);
            }
        });
        ready.forEach(waiting::remove);
        while (!ready.isEmpty()) {
            String done = ready.poll();
            List<String> freed = waiting.entrySet().stream().filter(e -> e.getValue().remove(done)
                    && e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
            freed.forEach(waiting::remove);
            ready.addAll(freed);
        }
        if (waiting.isEmpty()) {
            return;
        }
        Map.Entry<String, Set<String>> first = ((TreeMap<String, Set<String>>) waiting).firstEntry();
        List<String> quoted = first.getValue().stream().map(d -> "\"" + d + "\"").toList();
        reading.error(ModelCodes.INVALID_FIELD, paths.getOrDefault(first.getKey(), tasks), "invalid value: cycle"
                + " detected; task \"" + first.getKey() + "\" depends on " + String.join(", ", quoted)
                + "; break the cycle in runAfter or in result references");
    }

    private void finallyTasks(PipelineSpec spec, Set<String> tasks, FieldPath list) {
        Set<String> finallyNames = PipelineRules.names(spec.finallyTasks());
        for (int i = 0; i < spec.finallyTasks().size(); i++) {
            PipelineTask task = spec.finallyTasks().get(i);
            FieldPath at = list.index(i);
            if (!task.runAfter().isEmpty()) {
                reading.error(ModelCodes.INVALID_FIELD, at.key("runAfter"), "invalid value: no runAfter allowed"
                        + " under spec.finally, final task " + task.name() + " has runAfter specified; finally"
                        + " tasks always run after all other tasks");
            }
            for (Map.Entry<String, FieldPath> ref : PipelineTaskRules.resultSources(task, at).entrySet()) {
                String source = ref.getKey();
                if (finallyNames.contains(source)) {
                    reading.error(ModelCodes.INVALID_FIELD, ref.getValue(), "invalid value: invalid task result"
                            + " reference, final task has task result reference from a final task " + source
                            + "; finally tasks may read results of the pipeline's tasks only");
                } else if (!tasks.contains(source)) {
                    reading.error(ModelCodes.INVALID_FIELD, ref.getValue(), "invalid value: invalid task result"
                            + " reference, final task has task result reference from a task " + source
                            + " which is not defined in the pipeline");
                }
            }
        }
    }
}
