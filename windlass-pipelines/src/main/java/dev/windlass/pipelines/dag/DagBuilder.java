package dev.windlass.pipelines.dag;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Result;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.pipelines.model.PipelineSpec;
import dev.windlass.pipelines.model.PipelineTask;
import dev.windlass.pipelines.subst.ResultRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Collects a pipeline's edges, checks the names they use and looks for a cycle. */
final class DagBuilder {

    private final PipelineSpec spec;
    private final KubeObject owner;
    private final FieldPath at;
    private final List<Issue> issues = new ArrayList<>();
    private final Map<String, PipelineTask> tasks = new LinkedHashMap<>();
    private final Map<String, PipelineTask> finallyTasks = new LinkedHashMap<>();
    private final Map<String, Set<String>> parents = new LinkedHashMap<>();

    DagBuilder(PipelineSpec spec, KubeObject owner, FieldPath at) {
        this.spec = spec;
        this.owner = owner;
        this.at = at;
    }

    Result<Dag> build() {
        collect(spec.tasks(), "tasks", tasks);
        collect(spec.finallyTasks(), "finally", finallyTasks);
        List<PipelineTask> list = spec.tasks();
        for (int i = 0; i < list.size(); i++) {
            edges(list.get(i), at.key("tasks").index(i));
        }
        List<PipelineTask> fin = spec.finallyTasks();
        for (int i = 0; i < fin.size(); i++) {
            checkFinally(fin.get(i), at.key("finally").index(i));
        }
        List<String> names = List.copyOf(tasks.keySet());
        List<String> order = Dag.sorted(parents, names);
        if (order.size() < names.size()) {
            List<String> cycle = new CycleFinder(parents).find(names);
            issues.add(Dag.error(owner, at.key("tasks"), "the tasks form a cycle: " + String.join(" -> ", cycle)
                    + "; remove one of these runAfter entries or result references"));
        }
        return Result.of(Dag.of(tasks, finallyTasks, parents, order), issues);
    }

    private void collect(List<PipelineTask> list, String section, Map<String, PipelineTask> into) {
        for (int i = 0; i < list.size(); i++) {
            PipelineTask task = list.get(i);
            if (tasks.containsKey(task.name()) || finallyTasks.containsKey(task.name())) {
                issues.add(Dag.error(owner, at.key(section).index(i).key("name"), "task name \"" + task.name()
                        + "\" is used twice; give each pipeline task a unique name"));
            } else {
                into.put(task.name(), task);
            }
        }
    }

    private void edges(PipelineTask task, FieldPath field) {
        Set<String> mine = parents.computeIfAbsent(task.name(), k -> new LinkedHashSet<>());
        for (int j = 0; j < task.runAfter().size(); j++) {
            String parent = task.runAfter().get(j);
            if (parent.equals(task.name()) || !tasks.containsKey(parent)) {
                issues.add(Dag.error(owner, field.key("runAfter").index(j), "runAfter names \"" + parent + "\", "
                        + (parent.equals(task.name()) ? "the task itself" : "which is not a task of this pipeline")
                        + "; name one of: " + String.join(", ", tasks.keySet())));
            } else {
                mine.add(parent);
            }
        }
        for (ResultRef ref : Dag.resultRefs(task)) {
            if (ref.pipelineTask().equals(task.name()) || !tasks.containsKey(ref.pipelineTask())) {
                issues.add(unknownResult(task, field, ref));
            } else {
                mine.add(ref.pipelineTask());
            }
        }
    }

    private void checkFinally(PipelineTask task, FieldPath field) {
        if (!task.runAfter().isEmpty()) {
            issues.add(Dag.error(owner, field.key("runAfter"), "finally task \"" + task.name()
                    + "\" cannot use runAfter: finally tasks run after all tasks; remove runAfter"));
        }
        for (ResultRef ref : Dag.resultRefs(task)) {
            if (!tasks.containsKey(ref.pipelineTask())) {
                issues.add(unknownResult(task, field, ref));
            }
        }
    }

    private Issue unknownResult(PipelineTask task, FieldPath field, ResultRef ref) {
        return Dag.error(owner, field, "task \"" + task.name() + "\" refers to $(tasks." + ref.pipelineTask()
                + ".results." + ref.result() + "), but \"" + ref.pipelineTask() + "\" is not "
                + (ref.pipelineTask().equals(task.name()) ? "another task" : "a task of this pipeline")
                + "; refer to a result of one of: " + String.join(", ", tasks.keySet()));
    }
}
