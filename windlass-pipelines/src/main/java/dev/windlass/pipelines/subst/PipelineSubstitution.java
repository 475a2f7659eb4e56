package dev.windlass.pipelines.subst;

import dev.windlass.model.KubeObject;
import dev.windlass.model.Result;
import dev.windlass.pipelines.model.Param;
import dev.windlass.pipelines.model.ParamValue;
import dev.windlass.pipelines.model.PipelineSpec;
import dev.windlass.pipelines.model.PipelineTask;
import dev.windlass.pipelines.model.ResultSpec;
import java.util.List;
import java.util.Map;

/**
 * Applies a PipelineRun's inputs to a pipeline as Tekton does: params (with defaults, types and
 * enums checked, propagated into embedded task specs), {@code $(context.pipelineRun.*)}, then, as
 * tasks finish, {@code $(tasks.t.results.r)} and, for finally tasks, {@code $(tasks.t.status)} and
 * {@code $(tasks.status)}.
 */
public final class PipelineSubstitution {

    private PipelineSubstitution() {
    }

    /** The pipeline with run params and context applied; errors name {@code owner} and the field. */
    public static Result<PipelineSpec> applyParams(PipelineSpec spec, List<Param> params, PipelineContext context,
            KubeObject owner) {
        throw new UnsupportedOperationException("not written yet");
    }

    /**
     * The task with the results of finished tasks applied ({@code results}: pipeline task name →
     * result name → value). A reference to a result that was not produced is an error.
     */
    public static Result<PipelineTask> applyResults(PipelineTask task, Map<String, Map<String, ParamValue>> results,
            KubeObject owner) {
        throw new UnsupportedOperationException("not written yet");
    }

    /**
     * A finally task with {@code $(tasks.t.status)} (Succeeded, Failed or None per task) and
     * {@code $(tasks.status)} (Succeeded, Failed or Completed) applied.
     */
    public static PipelineTask applyStatuses(PipelineTask task, Map<String, String> taskStatuses,
            String aggregateStatus) {
        throw new UnsupportedOperationException("not written yet");
    }

    /**
     * The pipeline's results from its tasks' results; a result whose references were not all
     * produced is left out, as Tekton does, and reported as a warning.
     */
    public static Result<Map<String, ParamValue>> pipelineResults(List<ResultSpec> specs,
            Map<String, Map<String, ParamValue>> results, KubeObject owner) {
        throw new UnsupportedOperationException("not written yet");
    }
}
