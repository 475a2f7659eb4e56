package dev.windlass.pipelines.model;

import dev.windlass.model.KubeObject;
import dev.windlass.model.Result;
import java.util.List;
import java.util.Optional;

/**
 * The Tekton objects a run may reference, gathered from files, a directory or a cluster:
 * Tasks, ClusterTasks, Pipelines, StepActions, and the runs themselves. Objects of other kinds
 * (ConfigMaps, Secrets ...) are kept for workspaces and env references.
 */
public final class TektonCatalog {

    private TektonCatalog() {
    }

    /** Reads every Tekton object among {@code objects}; issues name the object and field. */
    public static Result<TektonCatalog> of(List<KubeObject> objects) {
        throw new UnsupportedOperationException("not written yet");
    }

    /** The Task (kind {@code Task}, in {@code namespace} or without one) or ClusterTask named. */
    public Optional<Task> task(TaskKind kind, String namespace, String name) {
        throw new UnsupportedOperationException("not written yet");
    }

    /** The Pipeline named. */
    public Optional<Pipeline> pipeline(String namespace, String name) {
        throw new UnsupportedOperationException("not written yet");
    }

    /** The StepAction named. */
    public Optional<StepAction> stepAction(String namespace, String name) {
        throw new UnsupportedOperationException("not written yet");
    }

    /** The PipelineRuns, in the order read. */
    public List<PipelineRun> pipelineRuns() {
        throw new UnsupportedOperationException("not written yet");
    }

    /** The TaskRuns, in the order read. */
    public List<TaskRun> taskRuns() {
        throw new UnsupportedOperationException("not written yet");
    }

    /** Any object by kind, namespace and name (ConfigMaps and Secrets for workspaces and env). */
    public Optional<KubeObject> object(String kind, String namespace, String name) {
        throw new UnsupportedOperationException("not written yet");
    }

    /** A catalog with {@code more} objects added (later objects replace earlier ones of the same key). */
    public Result<TektonCatalog> with(List<KubeObject> more) {
        throw new UnsupportedOperationException("not written yet");
    }
}
