package dev.windlass.pipelines.local;

import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.pipelines.model.EnvVar;
import dev.windlass.pipelines.model.Step;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Merges a task's {@code stepTemplate} into a step as Tekton does: the template's container fields
 * are defaults the step overrides field by field ({@code command} and {@code args} as whole lists),
 * and {@code env} is merged by name with the step's entries winning.
 */
final class StepTemplates {

    private StepTemplates() {
    }

    static Step merge(Step step, Optional<MapNode> template) {
        if (template.isEmpty() || step.ref().isPresent()) {
            return step;
        }
        MapNode t = template.get();
        String image = step.image().isEmpty() ? t.getText("image").orElse("") : step.image();
        List<String> command = step.command().isEmpty() ? strings(t, "command") : step.command();
        List<String> args = step.args().isEmpty() ? strings(t, "args") : step.args();
        String workingDir = step.workingDir().isEmpty() ? t.getText("workingDir").orElse("") : step.workingDir();
        return new Step(step.name(), image, command, args, step.script(), workingDir, env(envOf(t), step.env()),
                step.onError(), step.timeout(), step.ref(), step.params(), step.results(), step.container());
    }

    private static List<EnvVar> env(List<EnvVar> template, List<EnvVar> step) {
        Map<String, EnvVar> merged = new LinkedHashMap<>();
        template.forEach(e -> merged.put(e.name(), e));
        step.forEach(e -> merged.put(e.name(), e));
        return new ArrayList<>(merged.values());
    }

    static List<EnvVar> envOf(MapNode container) {
        List<EnvVar> env = new ArrayList<>();
        for (Node item : container.getList("env").orElse(ListNode.empty()).items()) {
            MapNode map = item.asMap().orElse(MapNode.empty());
            env.add(new EnvVar(map.getText("name").orElse(""), map.getText("value").orElse(""),
                    map.getMap("valueFrom")));
        }
        return env;
    }

    static List<String> strings(MapNode map, String key) {
        List<String> values = new ArrayList<>();
        map.getList(key).ifPresent(list -> list.items().forEach(n -> values.add(n.asText().orElse(scalar(n)))));
        return values;
    }

    private static String scalar(Node node) {
        return node.isNull() ? "" : node.toString();
    }
}
