package dev.windlass.pipelines.pod;

import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.Optional;

/**
 * The service account and pod template a run asks for: a TaskRun's {@code spec.serviceAccountName}
 * and {@code spec.podTemplate}; a PipelineRun's {@code spec.taskRunTemplate} ({@code v1}) or
 * {@code spec.serviceAccountName}/{@code spec.podTemplate} ({@code v1beta1}), overridden per
 * pipeline task by {@code spec.taskRunSpecs[]}.
 */
record RunSettings(Optional<String> serviceAccountName, MapNode podTemplate) {

    static RunSettings of(KubeObject owner, String pipelineTask) {
        if (owner == null) {
            return new RunSettings(Optional.empty(), MapNode.empty());
        }
        MapNode spec = owner.content().getMap("spec").orElse(MapNode.empty());
        if (!"PipelineRun".equals(owner.kind())) {
            return new RunSettings(text(spec, "serviceAccountName"), map(spec, "podTemplate"));
        }
        MapNode template = spec.getMap("taskRunTemplate").orElse(spec);
        Optional<String> account = text(template, "serviceAccountName");
        MapNode pod = map(template, "podTemplate");
        for (Node entry : spec.getList("taskRunSpecs").orElse(ListNode.empty()).items()) {
            MapNode taskSpec = entry.asMap().orElse(MapNode.empty());
            if (pipelineTask != null && taskSpec.getText("pipelineTaskName").filter(pipelineTask::equals).isPresent()) {
                account = text(taskSpec, "serviceAccountName").or(() -> text(taskSpec, "taskServiceAccountName"))
                        .or(() -> text(template, "serviceAccountName"));
                MapNode own = map(taskSpec, "podTemplate").isEmpty() ? map(taskSpec, "taskPodTemplate")
                        : map(taskSpec, "podTemplate");
                pod = ContainerMerge.merge(pod, own);
            }
        }
        return new RunSettings(account, pod);
    }

    private static Optional<String> text(MapNode map, String key) {
        return map.getText(key).filter(s -> !s.isEmpty());
    }

    private static MapNode map(MapNode map, String key) {
        return map.getMap(key).orElse(MapNode.empty());
    }
}
