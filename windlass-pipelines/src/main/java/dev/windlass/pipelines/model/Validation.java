package dev.windlass.pipelines.model;

import dev.windlass.model.tree.FieldPath;

/** Tekton's validation rules for read objects; every issue is located at the offending field. */
final class Validation {

    private Validation() {
    }

    /** A task spec; {@code object} for a Task or ClusterTask, whose steps may use declared params only. */
    static void task(Reading reading, TaskSpec spec, FieldPath at, boolean object) {
        new TaskRules(reading).taskSpec(spec, at);
        if (object) {
            new ParamUsageRules(reading).task(spec, at, java.util.Set.of());
        }
    }

    static void pipeline(Reading reading, PipelineSpec spec, FieldPath at, boolean object) {
        new PipelineRules(reading).pipelineSpec(spec, at, object);
        if (object) {
            new ParamUsageRules(reading).pipeline(spec, at);
        }
    }

    static void pipelineTask(Reading reading, PipelineTask task, FieldPath at) {
        Names.dnsLabel(reading, task.name(), at.key("name"), "Pipeline Task");
        new PipelineTaskRules(reading).task(task, at);
    }

    static void pipelineRun(Reading reading, PipelineRunSpec spec, FieldPath at) {
        new RunRules(reading).pipelineRun(spec, at);
    }

    static void taskRun(Reading reading, TaskRunSpec spec, FieldPath at) {
        new RunRules(reading).taskRun(spec, at);
    }

    static void stepAction(Reading reading, StepAction action, FieldPath at) {
        ParamRules params = new ParamRules(reading);
        params.specs(action.params(), at);
        params.results(action.results(), at.key("results"));
        Step step = action.step();
        if (step.image().isEmpty()) {
            reading.error(ModelCodes.MISSING_FIELD, at.key("image"), "missing field(s): image; a StepAction"
                    + " needs an image");
        }
        if (!step.script().isEmpty() && !step.command().isEmpty()) {
            reading.error(ModelCodes.INVALID_FIELD, at.key("script"), "script cannot be used with command;"
                    + " keep one of them");
        }
    }
}
