package dev.windlass.controller.pipelines;

import dev.windlass.model.Result;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.pipelines.model.TaskSpec;
import dev.windlass.pipelines.run.TaskRunRequest;
import dev.windlass.pipelines.subst.StepActions;
import dev.windlass.pipelines.subst.TaskContext;
import dev.windlass.pipelines.subst.TaskSubstitution;

/**
 * Turns a request's task spec into the one the Pod runs, given the Pod's layout
 * ({@link dev.windlass.pipelines.pod.PodBuilder#taskContext}). Normally Tekton's substitution;
 * tests and callers that substitute themselves use {@link #AS_GIVEN}.
 */
@FunctionalInterface
public interface SpecPreparation {

    /** {@link TaskSubstitution#apply} with the request's params, issues located at {@code spec.params}. */
    SpecPreparation SUBSTITUTE = (request, context) -> TaskSubstitution.apply(request.spec(), request.params(),
            context, request.owner(), FieldPath.of("spec", "params"));

    /** The spec as the request holds it (already substituted). */
    SpecPreparation AS_GIVEN = (request, context) -> Result.of(request.spec());

    Result<TaskSpec> prepare(TaskRunRequest request, TaskContext context);

    /**
     * Inlines the steps that {@code ref} a StepAction ({@link StepActions#inline}, found with
     * {@code stepActions}), then substitutes as {@link #SUBSTITUTE} does: for requests whose StepActions
     * the engine has not inlined already.
     */
    static SpecPreparation inliningStepActions(StepActions.Lookup stepActions) {
        return (request, context) -> {
            Result<TaskSpec> inlined = StepActions.inline(request.spec(), stepActions, request.owner(),
                    FieldPath.of("spec"));
            if (inlined.hasErrors()) {
                return inlined;
            }
            return TaskSubstitution.apply(inlined.value(), request.params(), context, request.owner(),
                    FieldPath.of("spec", "params")).withIssues(inlined.issues());
        };
    }
}
