package dev.windlass.pipelines.model;

import dev.windlass.model.KubeObject;
import dev.windlass.model.Result;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.MapNode;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Reads and validates Tekton objects ({@code tekton.dev/v1} and {@code v1beta1}). Every problem is
 * an {@link dev.windlass.model.Issue} located at the object and field ({@code spec.tasks[2].params[0]})
 * with a message that says what to do; a result with errors must not be run. Unknown fields are
 * kept (records keep the raw tree) and reported as warnings.
 */
public final class TektonReader {

    private static final FieldPath SPEC = FieldPath.of("spec");
    private static final List<String> VERSIONS = List.of("tekton.dev/v1", "tekton.dev/v1beta1");
    private static final List<String> STEP_ACTION_VERSIONS = List.of("tekton.dev/v1", "tekton.dev/v1beta1",
            "tekton.dev/v1alpha1");

    private TektonReader() {
    }

    /** Reads a Task or ClusterTask. */
    public static Result<Task> task(KubeObject object) {
        Reading reading = new Reading(object);
        boolean cluster = object.kind().equals(TaskKind.CLUSTER_TASK.text());
        if (!cluster) {
            checkKind(reading, "Task", VERSIONS);
        } else {
            checkKind(reading, "ClusterTask", List.of("tekton.dev/v1beta1"));
        }
        TaskSpec spec = new TaskSpecReader(reading).read(spec(reading), SPEC, false);
        Validation.task(reading, spec, SPEC, true);
        return Result.of(new Task(object, cluster ? TaskKind.CLUSTER_TASK : TaskKind.TASK, spec), reading.issues());
    }

    /** Reads a Pipeline. */
    public static Result<Pipeline> pipeline(KubeObject object) {
        Reading reading = new Reading(object);
        checkKind(reading, "Pipeline", VERSIONS);
        PipelineSpec spec = new PipelineSpecReader(reading).read(spec(reading), SPEC);
        Validation.pipeline(reading, spec, SPEC, true);
        return Result.of(new Pipeline(object, spec), reading.issues());
    }

    /** Reads a PipelineRun. */
    public static Result<PipelineRun> pipelineRun(KubeObject object) {
        Reading reading = new Reading(object);
        checkKind(reading, "PipelineRun", VERSIONS);
        PipelineRunSpec spec = new RunReader(reading).pipelineRun(spec(reading), SPEC);
        Validation.pipelineRun(reading, spec, SPEC);
        return Result.of(new PipelineRun(object, spec), reading.issues());
    }

    /** Reads a TaskRun. */
    public static Result<TaskRun> taskRun(KubeObject object) {
        Reading reading = new Reading(object);
        checkKind(reading, "TaskRun", VERSIONS);
        TaskRunSpec spec = new RunReader(reading).taskRun(spec(reading), SPEC);
        Validation.taskRun(reading, spec, SPEC);
        return Result.of(new TaskRun(object, spec), reading.issues());
    }

    /** Reads a StepAction ({@code tekton.dev/v1beta1} or {@code v1alpha1}). */
    public static Result<StepAction> stepAction(KubeObject object) {
        Reading reading = new Reading(object);
        checkKind(reading, "StepAction", STEP_ACTION_VERSIONS);
        StepAction action = new StepReader(reading).stepAction(spec(reading), SPEC);
        Validation.stepAction(reading, action, SPEC);
        return Result.of(action, reading.issues());
    }

    /**
     * Reads a task spec found at {@code at} inside {@code owner} (an embedded {@code taskSpec}, or a
     * spec rewritten by substitution); issues are located there.
     */
    public static Result<TaskSpec> taskSpec(MapNode spec, KubeObject owner, FieldPath at) {
        return embedded(owner, (reading, path) -> {
            TaskSpec read = new TaskSpecReader(reading).read(spec, path, true);
            Validation.task(reading, read, path, false);
            return read;
        }, at);
    }

    /** Reads a pipeline spec found at {@code at} inside {@code owner}. */
    public static Result<PipelineSpec> pipelineSpec(MapNode spec, KubeObject owner, FieldPath at) {
        return embedded(owner, (reading, path) -> {
            PipelineSpec read = new PipelineSpecReader(reading).read(spec, path);
            Validation.pipeline(reading, read, path, false);
            return read;
        }, at);
    }

    /** Reads one pipeline task found at {@code at} inside {@code owner}. */
    public static Result<PipelineTask> pipelineTask(MapNode task, KubeObject owner, FieldPath at) {
        return embedded(owner, (reading, path) -> {
            PipelineTask read = new PipelineTaskReader(reading).read(task, path);
            Validation.pipelineTask(reading, read, path);
            return read;
        }, at);
    }

    private static <T> Result<T> embedded(KubeObject owner, BiFunction<Reading, FieldPath, T> read, FieldPath at) {
        Reading reading = new Reading(owner);
        T value = read.apply(reading, at);
        return Result.of(value, reading.issues());
    }

    private static void checkKind(Reading reading, String kind, List<String> versions) {
        KubeObject object = reading.owner();
        Names.objectName(reading, object.name(), object.generateName());
        if (!object.kind().equals(kind) || !versions.contains(object.apiVersion())) {
            reading.error(ModelCodes.WRONG_KIND, FieldPath.of("kind"), "expected a " + kind + " of "
                    + String.join(" or ", versions) + " but found " + object.apiVersion() + " " + object.kind());
        }
    }

    private static MapNode spec(Reading reading) {
        return reading.map(reading.owner().content(), "spec", FieldPath.root()).orElseGet(() -> {
            reading.error(ModelCodes.MISSING_FIELD, SPEC, "missing field(s): spec; give the "
                    + reading.owner().kind() + " a spec");
            return MapNode.empty();
        });
    }
}
