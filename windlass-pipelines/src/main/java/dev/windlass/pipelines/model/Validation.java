package dev.windlass.pipelines.model;

import dev.windlass.model.tree.FieldPath;

/** Tekton's validation rules for read objects; every issue is located at the offending field. */
final class Validation {

    private Validation() {
    }

    static void task(Reading reading, TaskSpec spec, FieldPath at) {
    }

    static void pipeline(Reading reading, PipelineSpec spec, FieldPath at) {
    }

    static void pipelineTask(Reading reading, PipelineTask task, FieldPath at) {
    }

    static void pipelineRun(Reading reading, PipelineRunSpec spec, FieldPath at) {
    }

    static void taskRun(Reading reading, TaskRunSpec spec, FieldPath at) {
    }

    static void stepAction(Reading reading, StepAction action, FieldPath at) {
    }
}
