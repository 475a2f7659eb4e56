package dev.windlass.pipelines.run;

import dev.windlass.pipelines.dag.TaskStatus;
import dev.windlass.pipelines.model.ParamValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a run's children as the scheduler sees them: one status and one result set per pipeline task. */
final class ChildStatuses {

    static final String CANCELLED = "TaskRunCancelled";
    static final String TIMEOUT = "TaskRunTimeout";

    private ChildStatuses() {
    }

    static Map<String, List<ChildRun>> byTask(List<ChildRun> children) {
        Map<String, List<ChildRun>> out = new LinkedHashMap<>();
        children.forEach(c -> out.computeIfAbsent(c.pipelineTask(), k -> new ArrayList<>()).add(c));
        return out;
    }

    static Map<String, TaskStatus> statuses(List<ChildRun> children) {
        Map<String, TaskStatus> out = new LinkedHashMap<>();
        byTask(children).forEach((task, list) -> out.put(task, status(list)));
        return out;
    }

    static TaskStatus status(List<ChildRun> children) {
        if (children.stream().anyMatch(c -> !c.condition().isDone())) {
            return TaskStatus.RUNNING;
        }
        if (children.stream().allMatch(c -> c.condition().isSucceeded())) {
            return TaskStatus.SUCCEEDED;
        }
        boolean cancelled = children.stream().anyMatch(c -> CANCELLED.equals(c.condition().reason()));
        return cancelled ? TaskStatus.CANCELLED : TaskStatus.FAILED;
    }

    /**
     * Results of the finished tasks, by pipeline task then result name: what a failed task wrote
     * before it failed counts too (finally tasks may use it). A matrixed task's string results
     * become arrays in combination order, as Tekton aggregates them.
     */
    static Map<String, Map<String, ParamValue>> results(List<ChildRun> children) {
        return results(children, false);
    }

    /** Results of the succeeded tasks only: what pipeline results may use. */
    static Map<String, Map<String, ParamValue>> succeededResults(List<ChildRun> children) {
        return results(children, true);
    }

    private static Map<String, Map<String, ParamValue>> results(List<ChildRun> children, boolean succeededOnly) {
        Map<String, Map<String, ParamValue>> out = new LinkedHashMap<>();
        byTask(children).forEach((task, list) -> {
            TaskStatus status = status(list);
            if (status == TaskStatus.SUCCEEDED || (!succeededOnly && status.isDone())) {
                out.put(task, list.get(0).matrixIndex().isPresent() ? aggregate(list) : list.get(0).results());
            }
        });
        return out;
    }

    private static Map<String, ParamValue> aggregate(List<ChildRun> list) {
        List<ChildRun> sorted = new ArrayList<>(list);
        sorted.sort((a, b) -> Integer.compare(a.matrixIndex().orElse(0), b.matrixIndex().orElse(0)));
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (ChildRun child : sorted) {
            child.results().forEach((name, value) -> {
                if (value instanceof ParamValue.Str s) {
                    values.computeIfAbsent(name, k -> new ArrayList<>()).add(s.value());
                }
            });
        }
        Map<String, ParamValue> out = new LinkedHashMap<>();
        values.forEach((name, list2) -> out.put(name, ParamValue.of(list2)));
        return out;
    }
}
