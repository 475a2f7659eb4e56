package dev.windlass.pipelines.local;

import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.pipelines.run.TaskRunRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds the volumes of the run's pod template to a task's own, as Tekton does when it builds the Pod:
 * a TaskRun's {@code spec.podTemplate}, or a PipelineRun's {@code spec.taskRunTemplate.podTemplate}
 * and the pipeline task's {@code spec.taskRunSpecs[].podTemplate}. The task's own volume wins a name.
 */
final class PodTemplateVolumes {

    private PodTemplateVolumes() {
    }

    static List<MapNode> merge(List<MapNode> taskVolumes, TaskRunRequest request) {
        Map<String, MapNode> byName = new LinkedHashMap<>();
        for (MapNode template : templates(request)) {
            for (Node volume : template.getList("volumes").orElse(ListNode.empty()).items()) {
                volume.asMap().ifPresent(v -> byName.put(v.getText("name").orElse(""), v));
            }
        }
        taskVolumes.forEach(v -> byName.put(v.getText("name").orElse(""), v));
        return new ArrayList<>(byName.values());
    }

    private static List<MapNode> templates(TaskRunRequest request) {
        KubeObject owner = request.owner();
        List<MapNode> templates = new ArrayList<>();
        if (owner == null) {
            return templates;
        }
        if ("TaskRun".equals(owner.kind())) {
            map(owner, FieldPath.of("spec", "podTemplate")).ifPresent(templates::add);
            return templates;
        }
        map(owner, FieldPath.of("spec", "taskRunTemplate", "podTemplate")).ifPresent(templates::add);
        String pipelineTask = request.names() == null ? null : request.names().pipelineTaskName();
        for (Node spec : owner.field(FieldPath.of("spec", "taskRunSpecs")).flatMap(Node::asList)
                .orElse(ListNode.empty()).items()) {
            MapNode entry = spec.asMap().orElse(MapNode.empty());
            if (entry.getText("pipelineTaskName").orElse("").equals(pipelineTask)) {
                entry.getMap("podTemplate").ifPresent(templates::add);
            }
        }
        return templates;
    }

    private static java.util.Optional<MapNode> map(KubeObject owner, FieldPath path) {
        return owner.field(path).flatMap(Node::asMap);
    }
}
