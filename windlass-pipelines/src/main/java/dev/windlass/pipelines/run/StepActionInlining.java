package dev.windlass.pipelines.run;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Result;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.pipelines.model.StepAction;
import dev.windlass.pipelines.model.TaskSpec;
import dev.windlass.pipelines.model.TektonReader;
import dev.windlass.pipelines.subst.StepActions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Replaces the steps that name a StepAction ({@code steps[].ref}) with the StepAction's step before a
 * TaskRun is handed to an executor, as Tekton resolves them before it makes the Pod. StepActions are
 * looked up among the run's objects in the run's namespace.
 */
final class StepActionInlining {

    /** Tekton's reason when a referenced StepAction cannot be resolved or applied. */
    static final String FAILED = "TaskRunResolutionFailed";

    private StepActionInlining() {
    }

    static Result<TaskSpec> inline(TaskSpec spec, ObjectLookup objects, KubeObject owner, String namespace) {
        if (spec.steps().stream().noneMatch(step -> step.ref().isPresent())) {
            return Result.of(spec);
        }
        StepActions.Lookup lookup = name -> objects.find("StepAction", namespace, name)
                .flatMap(object -> Optional.ofNullable(TektonReader.stepAction(object).value()))
                .map(StepAction.class::cast);
        return StepActions.inline(spec, lookup, owner, FieldPath.of("spec"));
    }

    /** The outcome of a TaskRun whose StepActions could not be inlined: nothing ran. */
    static TaskRunOutcome failed(List<Issue> issues, Instant now) {
        String message = issues.stream().filter(Issue::isError).map(Issue::message).collect(Collectors.joining("; "));
        return new TaskRunOutcome(new Condition("False", FAILED, message), Map.of(), List.of(), now, now);
    }
}
