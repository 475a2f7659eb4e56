package dev.windlass.pipelines.model;

import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Tekton's rules for a pipeline spec as a whole: task names, ordering, finally, workspaces and results. */
final class PipelineRules {

    private final Reading reading;

    PipelineRules(Reading reading) {
        this.reading = reading;
    }

    /**
     * Checks a pipeline spec; {@code object} is true for a Pipeline object, whose pipeline tasks may
     * bind only declared workspaces (an embedded pipelineSpec gets its run's workspaces propagated).
     */
    void pipelineSpec(PipelineSpec spec, FieldPath at, boolean object) {
        new ParamRules(reading).specs(spec.params(), at);
        workspaces(spec, at.key("workspaces"));
        if (spec.tasks().isEmpty() && !spec.finallyTasks().isEmpty()) {
            reading.error(ModelCodes.INVALID_FIELD, at.key("finally"), "invalid value: spec.tasks is empty but"
                    + " spec.finally has " + spec.finallyTasks().size() + " tasks; add the tasks to run first");
        }
        taskNames(spec, at);
        Set<String> workspaceNames = new HashSet<>();
        spec.workspaces().forEach(w -> workspaceNames.add(w.name()));
        PipelineTaskRules rules = new PipelineTaskRules(reading);
        for (int i = 0; i < spec.tasks().size(); i++) {
            rules.task(spec.tasks().get(i), at.key("tasks").index(i));
            if (object) {
                workspaceBindings(spec.tasks().get(i), workspaceNames, at.key("tasks").index(i));
            }
        }
        for (int i = 0; i < spec.finallyTasks().size(); i++) {
            rules.task(spec.finallyTasks().get(i), at.key("finally").index(i));
            if (object) {
                workspaceBindings(spec.finallyTasks().get(i), workspaceNames, at.key("finally").index(i));
            }
        }
        new PipelineGraphRules(reading).check(spec, at);
        results(spec, at.key("results"));
    }

    private void workspaces(PipelineSpec spec, FieldPath list) {
        for (int i = 0; i < spec.workspaces().size(); i++) {
            if (spec.workspaces().get(i).name().isEmpty()) {
                reading.error(ModelCodes.MISSING_FIELD, list.index(i).key("name"), "invalid value: workspace " + i
                        + " has empty name; give the workspace a name");
            }
        }
        Names.unique(reading, spec.workspaces(), WorkspaceDeclaration::name, list, "workspace");
    }

    private void taskNames(PipelineSpec spec, FieldPath at) {
        Map<String, FieldPath> seen = new HashMap<>();
        Map<FieldPath, PipelineTask> all = new LinkedHashMap<>();
        for (int i = 0; i < spec.tasks().size(); i++) {
            all.put(at.key("tasks").index(i), spec.tasks().get(i));
        }
        for (int i = 0; i < spec.finallyTasks().size(); i++) {
            all.put(at.key("finally").index(i), spec.finallyTasks().get(i));
        }
        for (Map.Entry<FieldPath, PipelineTask> entry : all.entrySet()) {
            String name = entry.getValue().name();
            Names.dnsLabel(reading, name, entry.getKey().key("name"), "Pipeline Task");
            FieldPath first = seen.putIfAbsent(name, entry.getKey());
            if (first != null && !name.isEmpty()) {
                reading.error(ModelCodes.DUPLICATE, entry.getKey().key("name"), "expected exactly one, got both:"
                        + " pipeline task name \"" + name + "\" is also used at " + first + "; rename one of them");
            }
        }
    }

    private void workspaceBindings(PipelineTask task, Set<String> declared, FieldPath at) {
        for (int i = 0; i < task.workspaces().size(); i++) {
            WorkspacePipelineTaskBinding binding = task.workspaces().get(i);
            String wanted = binding.workspace().isEmpty() ? binding.name() : binding.workspace();
            if (!declared.contains(wanted)) {
                reading.error(ModelCodes.INVALID_FIELD, at.key("workspaces").index(i), "invalid value: pipeline"
                        + " task \"" + task.name() + "\" expects workspace with name \"" + wanted + "\" but none"
                        + " exists in pipeline spec; declare it in spec.workspaces");
            }
        }
    }

    private void results(PipelineSpec spec, FieldPath list) {
        Set<String> tasks = names(spec.tasks());
        Set<String> finallyTasks = names(spec.finallyTasks());
        Names.unique(reading, spec.results(), ResultSpec::name, list, "result");
        for (int i = 0; i < spec.results().size(); i++) {
            ResultSpec result = spec.results().get(i);
            FieldPath at = list.index(i).key("value");
            Node value = valueNode(spec, i);
            Set<String> fromTasks = References.in(value, "tasks");
            Set<String> fromFinally = References.in(value, "finally");
            if (result.value().isEmpty() || fromTasks.isEmpty() && fromFinally.isEmpty()) {
                reading.error(ModelCodes.INVALID_FIELD, at, "invalid value: expected pipeline results to be task"
                        + " result expressions but no expressions were found; write e.g."
                        + " $(tasks.<task>.results.<result>)");
                continue;
            }
            List<String> missing = new ArrayList<>();
            fromTasks.stream().filter(t -> !tasks.contains(t)).forEach(missing::add);
            fromFinally.stream().filter(t -> !finallyTasks.contains(t)).forEach(missing::add);
            if (!missing.isEmpty()) {
                reading.error(ModelCodes.INVALID_FIELD, at, "invalid value: referencing a nonexistent task "
                        + String.join(", ", missing) + "; refer to a task of this pipeline");
            }
        }
    }

    private static Node valueNode(PipelineSpec spec, int index) {
        return spec.raw().getList("results").flatMap(l -> l.get(index)).flatMap(Node::asMap)
                .flatMap(m -> m.get("value")).orElse(Node.nullNode());
    }

    static Set<String> names(List<PipelineTask> tasks) {
        Set<String> out = new HashSet<>();
        tasks.forEach(t -> out.add(t.name()));
        return out;
    }
}
