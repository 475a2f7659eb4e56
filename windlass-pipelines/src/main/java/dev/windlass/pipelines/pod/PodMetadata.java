package dev.windlass.pipelines.pod;

import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.pipelines.run.TaskRunRequest;
import dev.windlass.pipelines.subst.TaskContext;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A TaskRun Pod's name, namespace, labels and owner. Labels are the run's own (as Tekton
 * propagates them) plus Tekton's: {@code app.kubernetes.io/managed-by}, {@code tekton.dev/taskRun},
 * {@code tekton.dev/taskRunUID}, {@code tekton.dev/task}, {@code tekton.dev/pipelineRun},
 * {@code tekton.dev/pipeline} and {@code tekton.dev/pipelineTask} where known. A TaskRun's
 * annotations are copied too, but {@code app.kubernetes.io/managed-by}.
 */
final class PodMetadata {

    static final String MANAGED_BY = "app.kubernetes.io/managed-by";

    private PodMetadata() {
    }

    static MapNode of(TaskRunRequest request) {
        TaskContext.RunNames names = request.names();
        Map<String, String> labels = new LinkedHashMap<>(request.labels());
        labels.put(MANAGED_BY, "tekton-pipelines");
        labels.put("tekton.dev/taskRun", request.taskRunName());
        putIfSet(labels, "tekton.dev/taskRunUID", names.taskRunUid());
        putIfSet(labels, "tekton.dev/task", names.taskName());
        putIfSet(labels, "tekton.dev/pipelineRun", names.pipelineRunName());
        putIfSet(labels, "tekton.dev/pipeline", names.pipelineName());
        putIfSet(labels, "tekton.dev/pipelineTask", names.pipelineTaskName());
        MapNode.Builder metadata = MapNode.builder()
                .put("name", Node.of(PodLayout.podName(request.taskRunName(), request.retryCount())))
                .put("namespace", Node.of(request.namespace()))
                .put("labels", Node.stringMap(labels));
        KubeObject owner = request.owner();
        if (owner != null && owner.kind().equals("TaskRun")) {
            Map<String, String> annotations = new LinkedHashMap<>(owner.annotations());
            annotations.remove(MANAGED_BY);
            if (!annotations.isEmpty()) {
                metadata.put("annotations", Node.stringMap(annotations));
            }
        }
        String uid = WorkspaceVolumes.ownerUid(owner);
        if (!uid.isEmpty()) {
            metadata.put("ownerReferences", ListNode.of(VolumeClaims.ownerReference(owner, uid)));
        }
        return metadata.build();
    }

    private static void putIfSet(Map<String, String> labels, String key, String value) {
        if (value != null && !value.isEmpty()) {
            labels.put(key, value);
        }
    }
}
