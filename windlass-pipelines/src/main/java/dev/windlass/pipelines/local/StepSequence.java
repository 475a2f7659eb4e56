package dev.windlass.pipelines.local;

import dev.windlass.pipelines.dag.WhenEvaluator;
import dev.windlass.pipelines.model.OnError;
import dev.windlass.pipelines.model.ParamValue;
import dev.windlass.pipelines.model.Step;
import dev.windlass.pipelines.model.TaskSpec;
import dev.windlass.pipelines.run.Cancellation;
import dev.windlass.pipelines.run.Condition;
import dev.windlass.pipelines.run.RunListener;
import dev.windlass.pipelines.run.StepOutcome;
import dev.windlass.pipelines.run.TaskRunRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a task's sidecars and steps in order and decides the TaskRun's condition with Tekton's
 * reasons and messages ({@code Succeeded}, {@code StepFailed}, {@code TaskRunTimeout},
 * {@code TaskRunCancelled}).
 */
final class StepSequence {

    /** Tekton's reason (since v1.12) for a TaskRun whose step exited non-zero or exceeded its timeout. */
    static final String STEP_FAILED = "StepFailed";

    /** How the steps ended; results are read unless the run was killed. */
    record Ended(Condition condition, List<StepOutcome> steps, Map<String, Map<String, ParamValue>> stepResults,
            boolean readResults) {
    }

    private final TaskRunRequest request;
    private final RunListener listener;
    private final Cancellation cancellation;
    private final Clock clock;
    private final RunDirectory dir;
    private final StepPlanner planner;
    private final List<StepOutcome> outcomes = new ArrayList<>();
    private final Map<String, Map<String, ParamValue>> stepResults = new LinkedHashMap<>();
    private Condition failure;
    private String stopReason;

    StepSequence(TaskRunRequest request, RunListener listener, Cancellation cancellation, Clock clock,
            RunDirectory dir, StepPlanner planner) {
        this.request = request;
        this.listener = listener;
        this.cancellation = cancellation;
        this.clock = clock;
        this.dir = dir;
        this.planner = planner;
    }

    Ended run(ContainerLayout layout, long taskDeadline) {
        TaskSpec spec = layout.spec();
        Sidecars sidecars = new Sidecars(planner, request, listener);
        try {
            Optional<LocalFailure> sidecarFailure = sidecars.start(layout, cancellation, taskDeadline);
            if (sidecarFailure.isPresent()) {
                failure = new Condition("False", sidecarFailure.get().reason(), sidecarFailure.get().getMessage());
                stopReason = "Skipped";
            }
            for (int i = 0; i < spec.steps().size(); i++) {
                Step step = StepTemplates.merge(spec.steps().get(i), spec.stepTemplate());
                runOrSkip(step, StepPlanner.stepName(step, i), i, taskDeadline, layout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop("TaskRunCancelled", "TaskRun \"" + request.taskRunName() + "\" was cancelled.");
            for (int i = outcomes.size(); i < spec.steps().size(); i++) {
                Step step = spec.steps().get(i);
                outcomes.add(new StepOutcome(StepPlanner.stepName(step, i), step.image(), 1, stopReason,
                        Optional.empty(), Optional.empty()));
            }
        } finally {
            sidecars.stop();
        }
        Condition condition = failure != null ? failure
                : new Condition("True", "Succeeded", "All Steps have completed executing");
        boolean killed = "TaskRunTimeout".equals(stopReason) || "TaskRunCancelled".equals(stopReason);
        return new Ended(condition, outcomes, stepResults, !killed);
    }

    private void runOrSkip(Step step, String name, int index, long taskDeadline, ContainerLayout layout)
            throws InterruptedException {
        if (stopReason == null && cancellation.isCancelled()) {
            stop("TaskRunCancelled", "TaskRun \"" + request.taskRunName() + "\" was cancelled.");
        } else if (stopReason == null && HostProcess.passed(taskDeadline, System.nanoTime())) {
            stop("TaskRunTimeout", timeoutMessage());
        }
        if (stopReason != null) {
            outcomes.add(new StepOutcome(name, step.image(), 1, stopReason, Optional.empty(), Optional.empty()));
            return;
        }
        StepResultRefs refs = new StepResultRefs(stepResults);
        WhenEvaluator.Outcome when = StepWhen.decide(step, refs);
        if (when.isError() || !when.holds()) {
            skipByWhen(step, name, when);
            return;
        }
        StepPlan plan;
        try {
            Mounts mounts = layout.mountsFor(step, name, layout.spec().stepTemplate());
            plan = refs.apply(planner.plan(step, name, "step", index, mounts));
        } catch (LocalFailure e) {
            outcomes.add(new StepOutcome(name, step.image(), 1, "Error", Optional.empty(), Optional.empty()));
            failure = new Condition("False", e.reason(), e.getMessage());
            stopReason = "Skipped";
            return;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        runStep(plan, taskDeadline);
    }

    private void skipByWhen(Step step, String name, WhenEvaluator.Outcome when) {
        if (when.isError()) {
            outcomes.add(new StepOutcome(name, step.image(), 1, "Error", Optional.empty(), Optional.empty()));
            fail("\"step-" + name + "\" exited with code 1: Error (" + when.error() + ")");
            return;
        }
        Instant now = clock.instant();
        outcomes.add(new StepOutcome(name, step.image(), 0, "Skipped", Optional.of(now), Optional.of(now)));
        writeExitCode(name, 0);
    }

    private void runStep(StepPlan plan, long taskDeadline) throws InterruptedException {
        Instant started = clock.instant();
        long stepDeadline = plan.timeout().filter(t -> !t.isZero() && !t.isNegative())
                .map(t -> System.nanoTime() + t.toNanos()).orElse(HostProcess.NO_DEADLINE);
        HostProcess.Exit exit = launch(plan, stepDeadline, taskDeadline);
        String reason = record(plan, exit);
        int exitCode = exit.end() == HostProcess.End.EXITED ? exit.exitCode() : 1;
        outcomes.add(new StepOutcome(plan.name(), plan.image(), exitCode, reason, Optional.of(started),
                Optional.of(clock.instant())));
        if (exit.end() == HostProcess.End.EXITED) {
            readStepResults(plan);
        }
    }

    private HostProcess.Exit launch(StepPlan plan, long stepDeadline, long taskDeadline) throws InterruptedException {
        HostProcess process;
        try {
            process = HostProcess.start(plan, request.taskRunName() + "-" + plan.name(), sink(plan.name()));
        } catch (IOException e) {
            sink(plan.name()).line("cannot start " + plan.argv().get(0) + ": " + e.getMessage(), true);
            return new HostProcess.Exit(HostProcess.End.EXITED, 127);
        }
        return process.await(stepDeadline, taskDeadline, cancellation);
    }

    private String record(StepPlan plan, HostProcess.Exit exit) {
        String container = "\"step-" + plan.name() + "\"";
        switch (exit.end()) {
            case STEP_TIMEOUT:
                fail(container + " exited because the step exceeded the specified timeout limit");
                return "TimeoutExceeded";
            case TASK_TIMEOUT:
                stop("TaskRunTimeout", timeoutMessage());
                return "TaskRunTimeout";
            case CANCELLED:
                stop("TaskRunCancelled", "TaskRun \"" + request.taskRunName() + "\" was cancelled.");
                return "TaskRunCancelled";
            default:
                break;
        }
        if (exit.exitCode() == 0 || plan.onError() == OnError.CONTINUE) {
            writeExitCode(plan.name(), exit.exitCode());
            return "Completed";
        }
        fail(container + " exited with code " + exit.exitCode() + ": Error");
        return "Error";
    }

    private void fail(String message) {
        failure = new Condition("False", STEP_FAILED, message);
        stopReason = "Skipped";
    }

    private void stop(String reason, String message) {
        failure = new Condition("False", reason, message);
        stopReason = reason;
    }

    private String timeoutMessage() {
        String timeout = request.timeout().map(GoDurations::format).orElse("0s");
        return "TaskRun \"" + request.taskRunName() + "\" failed to finish within \"" + timeout + "\"";
    }

    private void writeExitCode(String step, int code) {
        try {
            Files.writeString(dir.stepDir(step).resolve("exitCode"), Integer.toString(code), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void readStepResults(StepPlan plan) {
        try {
            stepResults.put(plan.name(), ResultReader.stepResults(dir.stepDir(plan.name()).resolve("results"),
                    plan.results()));
        } catch (LocalFailure e) {
            failure = new Condition("False", e.reason(), e.getMessage());
            stopReason = "Skipped";
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private HostProcess.LineSink sink(String step) {
        String pipelineTask = request.names() == null || request.names().pipelineTaskName() == null
                ? "" : request.names().pipelineTaskName();
        return (line, stderr) -> listener.log(request.taskRunName(), pipelineTask, step, line, stderr);
    }
}
