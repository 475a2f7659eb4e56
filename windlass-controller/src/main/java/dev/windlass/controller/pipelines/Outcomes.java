package dev.windlass.controller.pipelines;

import dev.windlass.model.Issue;
import dev.windlass.pipelines.pod.PodReport;
import dev.windlass.pipelines.run.Condition;
import dev.windlass.pipelines.run.TaskRunOutcome;
import dev.windlass.pipelines.run.TaskRunRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The outcomes and messages of the cluster executor, in Tekton's reasons. */
final class Outcomes {

    static final String TIMEOUT = "TaskRunTimeout";
    static final String CANCELLED = "TaskRunCancelled";

    private Outcomes() {
    }

    static TaskRunOutcome of(PodReport report, Instant started, Instant now) {
        return new TaskRunOutcome(report.condition(), report.results(), report.steps(),
                report.started().orElse(started), report.finished().orElse(now));
    }

    /** The run never got a Pod: its spec or bindings cannot be run. */
    static TaskRunOutcome invalid(List<Issue> issues, Instant now) {
        String message = issues.stream().filter(Issue::isError).map(Issue::message).collect(Collectors.joining("; "));
        return failed("TaskRunValidationFailed", message, now);
    }

    /** The cluster refused the Pod or a claim. */
    static TaskRunOutcome podCreationFailed(String pod, String why, Instant now) {
        return failed("PodCreationFailed", "failed to create the Pod \"" + pod + "\": " + why, now);
    }

    static Condition timedOut(TaskRunRequest request, Duration timeout) {
        return new Condition("False", TIMEOUT, "TaskRun \"" + request.taskRunName() + "\" failed to finish within \""
                + TektonDurations.format(timeout) + "\"");
    }

    static Condition cancelled(TaskRunRequest request) {
        return new Condition("False", CANCELLED, "TaskRun \"" + request.taskRunName() + "\" was cancelled. ");
    }

    static Condition podDeleted(String pod) {
        return new Condition("False", "Failed", "the Pod \"" + pod + "\" was deleted before the task ended");
    }

    private static TaskRunOutcome failed(String reason, String message, Instant now) {
        return new TaskRunOutcome(new Condition("False", reason, message), Map.of(), List.of(), now, now);
    }
}
