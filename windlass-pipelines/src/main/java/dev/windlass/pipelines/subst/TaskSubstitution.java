package dev.windlass.pipelines.subst;

import dev.windlass.model.KubeObject;
import dev.windlass.model.Result;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.pipelines.model.Param;
import dev.windlass.pipelines.model.TaskSpec;
import java.util.List;

/**
 * Applies a TaskRun's inputs to a task spec as Tekton does before it makes the Pod: params
 * (given, else defaults; types and enums checked), {@code $(context.*)},
 * {@code $(workspaces.w.path|bound|claim|volume)}, {@code $(results.r.path)},
 * {@code $(step.results.r.path)}, {@code $(steps.s.results.r)} and {@code $(credentials.path)}.
 */
public final class TaskSubstitution {

    private TaskSubstitution() {
    }

    /**
     * The spec with everything substituted. Errors (a missing param without default, a wrong type,
     * a value outside the enum) name {@code owner} and the field at {@code paramsAt}.
     */
    public static Result<TaskSpec> apply(TaskSpec spec, List<Param> params, TaskContext context,
            KubeObject owner, FieldPath paramsAt) {
        throw new UnsupportedOperationException("not written yet");
    }
}
