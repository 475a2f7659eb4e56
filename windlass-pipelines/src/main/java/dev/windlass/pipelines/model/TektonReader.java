package dev.windlass.pipelines.model;

import dev.windlass.model.KubeObject;
import dev.windlass.model.Result;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.MapNode;

/**
 * Reads and validates Tekton objects ({@code tekton.dev/v1} and {@code v1beta1}). Every problem is
 * an {@link dev.windlass.model.Issue} located at the object and field ({@code spec.tasks[2].params[0]})
 * with a message that says what to do; a result with errors must not be run.
 */
public final class TektonReader {

    private TektonReader() {
    }

    /** Reads a Task or ClusterTask. */
    public static Result<Task> task(KubeObject object) {
        throw new UnsupportedOperationException("not written yet");
    }

    /** Reads a Pipeline. */
    public static Result<Pipeline> pipeline(KubeObject object) {
        throw new UnsupportedOperationException("not written yet");
    }

    /** Reads a PipelineRun. */
    public static Result<PipelineRun> pipelineRun(KubeObject object) {
        throw new UnsupportedOperationException("not written yet");
    }

    /** Reads a TaskRun. */
    public static Result<TaskRun> taskRun(KubeObject object) {
        throw new UnsupportedOperationException("not written yet");
    }

    /** Reads a StepAction ({@code tekton.dev/v1beta1} or {@code v1alpha1}). */
    public static Result<StepAction> stepAction(KubeObject object) {
        throw new UnsupportedOperationException("not written yet");
    }

    /**
     * Reads a task spec found at {@code at} inside {@code owner} (an embedded {@code taskSpec}, or a
     * spec rewritten by substitution); issues are located there.
     */
    public static Result<TaskSpec> taskSpec(MapNode spec, KubeObject owner, FieldPath at) {
        throw new UnsupportedOperationException("not written yet");
    }

    /** Reads a pipeline spec found at {@code at} inside {@code owner}. */
    public static Result<PipelineSpec> pipelineSpec(MapNode spec, KubeObject owner, FieldPath at) {
        throw new UnsupportedOperationException("not written yet");
    }

    /** Reads one pipeline task found at {@code at} inside {@code owner}. */
    public static Result<PipelineTask> pipelineTask(MapNode task, KubeObject owner, FieldPath at) {
        throw new UnsupportedOperationException("not written yet");
    }
}
