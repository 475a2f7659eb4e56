package dev.windlass.pipelines.subst;

/** Names and ids for a pipeline's {@code $(context.pipelineRun.*)} and {@code $(context.pipeline.name)}. */
public record PipelineContext(String pipelineRunName, String pipelineRunNamespace, String pipelineRunUid,
        String pipelineName) {
}
