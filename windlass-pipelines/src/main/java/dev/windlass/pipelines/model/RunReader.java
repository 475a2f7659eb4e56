package dev.windlass.pipelines.model;

import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.MapNode;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads the specs of PipelineRuns and TaskRuns in either API version. */
final class RunReader {

    private static final Set<String> PIPELINE_RUN_V1 = Set.of("pipelineRef", "pipelineSpec", "params", "status",
            "timeouts", "taskRunTemplate", "workspaces", "taskRunSpecs", "managedBy");
    private static final Set<String> PIPELINE_RUN_V1BETA1 = Set.of("pipelineRef", "pipelineSpec", "params",
            "serviceAccountName", "status", "timeouts", "timeout", "podTemplate", "workspaces", "taskRunSpecs");
    private static final Set<String> TASK_RUN = Set.of("debug", "params", "serviceAccountName", "taskRef", "taskSpec",
            "status", "statusMessage", "retries", "timeout", "podTemplate", "workspaces", "computeResources",
            "managedBy");
    private static final Set<String> PIPELINE_REF = Set.of("name", "apiVersion", "resolver", "params", "bundle");

    private final Reading reading;
    private final ParamReader params;

    RunReader(Reading reading) {
        this.reading = reading;
        this.params = new ParamReader(reading);
    }

    PipelineRunSpec pipelineRun(MapNode spec, FieldPath at) {
        reading.unknownFields(spec.without("resources"), at,
                reading.v1beta1() ? PIPELINE_RUN_V1BETA1 : PIPELINE_RUN_V1);
        if (spec.containsKey("resources")) {
            Unsupported.pipelineResources(reading, at.key("resources"));
        }
        Optional<PipelineRef> ref = reading.map(spec, "pipelineRef", at).map(r -> pipelineRef(r, at.key("pipelineRef")));
        Optional<PipelineSpec> pipelineSpec = reading.map(spec, "pipelineSpec", at)
                .map(s -> new PipelineSpecReader(reading).read(s, at.key("pipelineSpec")));
        String serviceAccount = reading.v1beta1() ? reading.text(spec, "serviceAccountName", at)
                : reading.map(spec, "taskRunTemplate", at)
                        .map(t -> reading.text(t, "serviceAccountName", at.key("taskRunTemplate"))).orElse("");
        return new PipelineRunSpec(ref, pipelineSpec, params.params(spec, at),
                new WorkspaceBindingReader(reading).bindings(spec, at), timeouts(spec, at),
                status(spec, at, false), serviceAccount);
    }

    TaskRunSpec taskRun(MapNode spec, FieldPath at) {
        Set<String> known = new HashSet<>(TASK_RUN);
        known.addAll(reading.v1beta1() ? Set.of("stepOverrides", "sidecarOverrides") : Set.of("stepSpecs", "sidecarSpecs"));
        reading.unknownFields(spec.without("resources"), at, known);
        if (spec.containsKey("resources")) {
            Unsupported.pipelineResources(reading, at.key("resources"));
        }
        PipelineTaskReader tasks = new PipelineTaskReader(reading);
        Optional<TaskRef> ref = reading.map(spec, "taskRef", at).map(r -> tasks.taskRef(r, at.key("taskRef")));
        Optional<TaskSpec> taskSpec = reading.map(spec, "taskSpec", at)
                .map(s -> new TaskSpecReader(reading).read(s, at.key("taskSpec"), false));
        return new TaskRunSpec(ref, taskSpec, params.params(spec, at),
                new WorkspaceBindingReader(reading).bindings(spec, at), reading.duration(spec, "timeout", at),
                status(spec, at, true), reading.text(spec, "serviceAccountName", at),
                reading.integer(spec, "retries", at));
    }

    private PipelineRef pipelineRef(MapNode node, FieldPath at) {
        reading.unknownFields(node, at, PIPELINE_REF);
        if (node.containsKey("bundle")) {
            reading.error(ModelCodes.UNSUPPORTED, at.key("bundle"), "pipelineRef.bundle was removed from Tekton;"
                    + " use resolver: bundles with params bundle, name and kind");
        }
        return new PipelineRef(reading.text(node, "name", at),
                reading.optText(node, "resolver", at).filter(r -> !r.isEmpty()), params.params(node, at));
    }

    private Timeouts timeouts(MapNode spec, FieldPath at) {
        Optional<MapNode> timeouts = reading.map(spec, "timeouts", at);
        FieldPath here = at.key("timeouts");
        Optional<Duration> pipeline = timeouts.flatMap(t -> reading.duration(t, "pipeline", here));
        if (reading.v1beta1() && spec.containsKey("timeout")) {
            if (timeouts.isPresent()) {
                reading.error(ModelCodes.ONE_OF, at.key("timeout"), "must not set the field(s): timeout,"
                        + " timeouts; keep only timeouts (timeout is its older spelling of timeouts.pipeline)");
            }
            pipeline = reading.duration(spec, "timeout", at);
        }
        timeouts.ifPresent(t -> reading.unknownFields(t, here, Set.of("pipeline", "tasks", "finally")));
        return new Timeouts(pipeline, timeouts.flatMap(t -> reading.duration(t, "tasks", here)),
                timeouts.flatMap(t -> reading.duration(t, "finally", here)));
    }

    private RunSpecStatus status(MapNode spec, FieldPath at, boolean taskRun) {
        String text = reading.text(spec, "status", at);
        if (text.isEmpty()) {
            return RunSpecStatus.NONE;
        }
        if (taskRun) {
            if (text.equals("TaskRunCancelled")) {
                return RunSpecStatus.CANCELLED;
            }
            reading.error(ModelCodes.INVALID_FIELD, at.key("status"), "invalid value: " + text
                    + "; a TaskRun's spec.status may only be TaskRunCancelled");
            return RunSpecStatus.NONE;
        }
        for (RunSpecStatus status : RunSpecStatus.values()) {
            if (status != RunSpecStatus.NONE && status.text().equals(text)) {
                return status;
            }
        }
        reading.error(ModelCodes.INVALID_FIELD, at.key("status"), "invalid value: " + text + "; spec.status must be"
                + " one of PipelineRunPending, Cancelled, CancelledRunFinally, StoppedRunFinally");
        return RunSpecStatus.NONE;
    }
}
