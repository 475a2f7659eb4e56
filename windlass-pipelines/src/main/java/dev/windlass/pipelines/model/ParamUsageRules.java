package dev.windlass.pipelines.model;

import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.StringNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tekton's check that {@code $(params.x)} references name declared params: in a Task's steps, and
 * in a Pipeline's task params, guards, matrix and embedded task steps (which see the pipeline's
 * params too). Run for Task and Pipeline objects only, as Tekton does.
 */
final class ParamUsageRules {

    private static final Pattern REFERENCE = Pattern.compile(
            "\\$\\(params(?:\\.([^.\\[\\]()\\s]+)|\\[\\\\?[\"']([^\"']+)\\\\?[\"']\\])");
    private static final List<String> STEP_FIELDS = List.of("name", "image", "workingDir", "script", "command",
            "args", "env", "onError");

    private final Reading reading;

    ParamUsageRules(Reading reading) {
        this.reading = reading;
    }

    void task(TaskSpec spec, FieldPath at, Set<String> more) {
        Set<String> declared = names(spec.params());
        declared.addAll(more);
        for (int i = 0; i < spec.steps().size(); i++) {
            MapNode step = spec.steps().get(i).container();
            FieldPath stepAt = at.key("steps").index(i);
            for (String field : STEP_FIELDS) {
                step.get(field).ifPresent(node -> check(node, stepAt.key(field), declared));
            }
        }
    }

    void pipeline(PipelineSpec spec, FieldPath at) {
        Set<String> declared = names(spec.params());
        check(spec.tasks(), at.key("tasks"), declared);
        check(spec.finallyTasks(), at.key("finally"), declared);
    }

    private void check(List<PipelineTask> tasks, FieldPath list, Set<String> declared) {
        for (int i = 0; i < tasks.size(); i++) {
            PipelineTask task = tasks.get(i);
            FieldPath at = list.index(i);
            for (String key : List.of("params", "when", "matrix")) {
                task.raw().get(key).ifPresent(node -> check(node, at.key(key), declared));
            }
            task.taskSpec().ifPresent(spec -> task(spec, at.key("taskSpec"), declared));
        }
    }

    private void check(Node node, FieldPath at, Set<String> declared) {
        if (node instanceof StringNode text) {
            Matcher matcher = REFERENCE.matcher(text.value());
            while (matcher.find()) {
                String name = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
                if (!declared.contains(name)) {
                    reading.error(ModelCodes.INVALID_FIELD, at, "non-existent variable in \"" + text.value()
                            + "\": param \"" + name + "\" is not declared; declare it in params or fix the name");
                    return;
                }
            }
        } else if (node instanceof MapNode map) {
            map.asJavaMap().forEach((key, child) -> check(child, at.key(key), declared));
        } else if (node instanceof ListNode items) {
            for (int i = 0; i < items.size(); i++) {
                check(items.items().get(i), at.index(i), declared);
            }
        }
    }

    private static Set<String> names(List<ParamSpec> params) {
        Set<String> out = new HashSet<>();
        params.forEach(p -> out.add(p.name()));
        return out;
    }
}
