package dev.windlass.pipelines.model;

import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.MapNode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Tekton's rules for PipelineRun and TaskRun specs: what to run, timeouts, status and workspaces. */
final class RunRules {

    /** Tekton's {@code default-timeout-minutes}, which a PipelineRun without timeouts.pipeline gets. */
    static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(60);

    private final Reading reading;

    RunRules(Reading reading) {
        this.reading = reading;
    }

    void pipelineRun(PipelineRunSpec spec, FieldPath at) {
        exactlyOne(spec.pipelineRef().isPresent(), spec.pipelineSpec().isPresent(), "pipelineRef", "pipelineSpec",
                at, "the Pipeline to run");
        spec.pipelineRef().ifPresent(r -> new RefRules(reading).ref(r.name(), r.resolver(), r.params(),
                at.key("pipelineRef")));
        spec.pipelineSpec().ifPresent(p -> new PipelineRules(reading).pipelineSpec(p, at.key("pipelineSpec"), false));
        new ParamRules(reading).values(spec.params(), at.key("params"));
        timeouts(spec.timeouts(), at.key("timeouts"));
        workspaces(spec.workspaces(), at.key("workspaces"));
    }

    void taskRun(TaskRunSpec spec, FieldPath at) {
        exactlyOne(spec.taskRef().isPresent(), spec.taskSpec().isPresent(), "taskRef", "taskSpec", at,
                "the Task to run");
        spec.taskRef().ifPresent(r -> new RefRules(reading).ref(r.name(), r.resolver(), r.params(),
                at.key("taskRef")));
        spec.taskSpec().ifPresent(t -> new TaskRules(reading).taskSpec(t, at.key("taskSpec")));
        new ParamRules(reading).values(spec.params(), at.key("params"));
        if (spec.retries() < 0) {
            reading.error(ModelCodes.INVALID_FIELD, at.key("retries"), "invalid value: " + spec.retries()
                    + " should be >= 0");
        }
        negative(spec.timeout(), at.key("timeout"));
        if (spec.status() == RunSpecStatus.NONE && reading.owner().field(at.key("statusMessage")).isPresent()) {
            reading.error(ModelCodes.INVALID_FIELD, at.key("statusMessage"), "invalid value: statusMessage should"
                    + " not be set if status is not set; set status: TaskRunCancelled or remove statusMessage");
        }
        workspaces(spec.workspaces(), at.key("workspaces"));
    }

    private void exactlyOne(boolean ref, boolean spec, String refName, String specName, FieldPath at, String what) {
        if (ref && spec) {
            reading.error(ModelCodes.ONE_OF, at.key(specName), "expected exactly one, got both: " + refName + ", "
                    + specName + "; keep either the reference or the embedded spec");
        } else if (!ref && !spec) {
            reading.error(ModelCodes.ONE_OF, at, "expected exactly one, got neither: " + refName + ", " + specName
                    + "; name " + what + " (" + refName + ") or embed it (" + specName + ")");
        }
    }

    /**
     * Tekton checks {@code tasks} and {@code finally} against {@code pipeline} (defaulted to 60 minutes):
     * each at most the pipeline's, their sum too, and neither "no timeout" (0) under a limited pipeline.
     */
    private void timeouts(Timeouts timeouts, FieldPath at) {
        negative(timeouts.pipeline(), at.key("pipeline"));
        negative(timeouts.tasks(), at.key("tasks"));
        negative(timeouts.finallyTimeout(), at.key("finally"));
        Duration pipeline = timeouts.pipeline().orElse(DEFAULT_TIMEOUT);
        String limit = timeouts.pipeline().isPresent() ? "should be <= pipeline duration"
                : "should be <= default timeout duration";
        if (pipeline.isZero()) {
            return;
        }
        within(timeouts.tasks(), pipeline, at.key("tasks"), limit);
        within(timeouts.finallyTimeout(), pipeline, at.key("finally"), limit);
        if (timeouts.tasks().isPresent() && timeouts.finallyTimeout().isPresent()
                && timeouts.tasks().get().plus(timeouts.finallyTimeout().get()).compareTo(pipeline) > 0) {
            String sum = GoDuration.format(timeouts.tasks().get()) + " + "
                    + GoDuration.format(timeouts.finallyTimeout().get());
            for (String field : List.of("tasks", "finally")) {
                reading.error(ModelCodes.INVALID_FIELD, at.key(field), "invalid value: " + sum + " " + limit
                        + " (" + GoDuration.format(pipeline) + "); shorten tasks or finally, or lengthen pipeline");
            }
        }
    }

    private void within(Optional<Duration> timeout, Duration pipeline, FieldPath at, String limit) {
        if (timeout.isEmpty() || timeout.get().isNegative()) {
            return;
        }
        if (timeout.get().isZero()) {
            reading.error(ModelCodes.INVALID_FIELD, at, "invalid value: 0s (no timeout) " + limit + " ("
                    + GoDuration.format(pipeline) + "); give a timeout or set timeouts.pipeline to 0 as well");
        } else if (timeout.get().compareTo(pipeline) > 0) {
            reading.error(ModelCodes.INVALID_FIELD, at, "invalid value: " + GoDuration.format(timeout.get()) + " "
                    + limit + " (" + GoDuration.format(pipeline) + ")");
        }
    }

    private void negative(Optional<Duration> timeout, FieldPath at) {
        timeout.filter(Duration::isNegative).ifPresent(d -> reading.error(ModelCodes.INVALID_FIELD, at,
                "invalid value: " + GoDuration.format(d) + " should be >= 0; use 0 for no timeout"));
    }

    private void workspaces(List<WorkspaceBinding> bindings, FieldPath list) {
        for (int i = 0; i < bindings.size(); i++) {
            WorkspaceBinding binding = bindings.get(i);
            FieldPath at = list.index(i);
            if (binding.name().isEmpty()) {
                reading.error(ModelCodes.MISSING_FIELD, at.key("name"), "missing field(s): name; say which"
                        + " workspace this binds");
            }
            source(binding, at);
        }
        Names.unique(reading, bindings, WorkspaceBinding::name, list, "workspace");
    }

    private void source(WorkspaceBinding binding, FieldPath at) {
        MapNode raw = binding.raw();
        switch (binding.source()) {
            case PERSISTENT_VOLUME_CLAIM:
                required(binding.sourceName(), at.key("persistentVolumeClaim").key("claimName"));
                break;
            case CONFIG_MAP:
                required(binding.sourceName(), at.key("configMap").key("name"));
                break;
            case SECRET:
                required(binding.sourceName(), at.key("secret").key("secretName"));
                break;
            case PROJECTED:
                if (raw.getMap("projected").flatMap(p -> p.getList("sources")).isEmpty()) {
                    reading.error(ModelCodes.MISSING_FIELD, at.key("projected").key("sources"),
                            "missing field(s): projected.sources; list the projected sources");
                }
                break;
            case CSI:
                required(raw.getMap("csi").flatMap(c -> c.getText("driver")).orElse(""), at.key("csi").key("driver"));
                break;
            default:
                break;
        }
    }

    private void required(String value, FieldPath at) {
        if (value.isEmpty()) {
            reading.error(ModelCodes.MISSING_FIELD, at, "missing field(s): " + at + "; name the volume source");
        }
    }
}
