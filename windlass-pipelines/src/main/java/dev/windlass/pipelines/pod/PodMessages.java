package dev.windlass.pipelines.pod;

import dev.windlass.model.Issue;
import dev.windlass.model.Location;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.pipelines.run.TaskRunRequest;

/** The messages of the pod package: what cannot be turned into a Pod, and what to do about it. */
final class PodMessages {

    private PodMessages() {
    }

    static Issue unboundWorkspace(TaskRunRequest request, String workspace) {
        return Issue.error("WorkspaceNotBound", at(request, FieldPath.of("spec", "workspaces")),
                "TaskRun " + request.taskRunName() + ": workspace \"" + workspace + "\" is declared by the task "
                        + "but not bound; bind it in spec.workspaces or mark it optional in the task");
    }

    static Issue unsupportedWorkspace(TaskRunRequest request, String workspace, String source) {
        return Issue.error("WorkspaceSourceUnsupported", at(request, FieldPath.of("spec", "workspaces")),
                "TaskRun " + request.taskRunName() + ": workspace \"" + workspace + "\" is bound to " + source
                        + ", which the cluster executor cannot mount; use emptyDir, persistentVolumeClaim, "
                        + "volumeClaimTemplate, configMap, secret, projected or csi");
    }

    static Issue continueNeedsCommand(TaskRunRequest request, int index, String step) {
        return Issue.error("StepCommandRequired", at(request, FieldPath.of("spec", "steps").index(index)),
                "TaskRun " + request.taskRunName() + ": step \"" + step + "\" sets onError: continue but has "
                        + "neither script nor command; the cluster executor wraps the step's command in sh to "
                        + "record its exit code and cannot look up the image's entrypoint: set command or script");
    }

    static Issue stepWithoutImage(TaskRunRequest request, int index, String step) {
        return Issue.error("StepImageRequired", at(request, FieldPath.of("spec", "steps").index(index)),
                "TaskRun " + request.taskRunName() + ": step \"" + step + "\" has no image (a StepAction "
                        + "reference must be resolved before the Pod is made); set image on the step");
    }

    private static Location at(TaskRunRequest request, FieldPath field) {
        if (request.owner() == null) {
            return Location.nowhere();
        }
        return request.owner().locate(field);
    }
}
