package dev.windlass.pipelines.pod;

import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.IntNode;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.pipelines.model.TaskSpec;
import dev.windlass.pipelines.run.Condition;
import dev.windlass.pipelines.run.StepOutcome;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a TaskRun's Pod (made by {@link PodBuilder}) back into Tekton's terms: phase
 * {@code Succeeded} or {@code Failed} ends the run; each {@code step-*} init container's terminated
 * state is a step outcome ({@code Completed}, {@code Error}, {@code Continued} for an
 * {@code onError: continue} step that failed, {@code Skipped} after a failed step); results come
 * from the {@code report} container's termination message. A step that cannot pull its image or
 * whose config is missing ends the run too ({@code TaskRunImagePullFailed},
 * {@code CreateContainerConfigError}). Pure.
 */
public final class PodStatusReader {

    private static final Set<String> PULL_FAILURES = Set.of("ImagePullBackOff", "InvalidImageName");
    private static final Set<String> CONFIG_FAILURES = Set.of("CreateContainerConfigError", "CreateContainerError");

    private PodStatusReader() {
    }

    /** The run as {@code pod} shows it; {@code done} false while it is still going. */
    public static PodReport read(KubeObject pod, TaskSpec spec) {
        MapNode status = pod.content().getMap("status").orElse(MapNode.empty());
        String phase = status.getText("phase").orElse("Pending");
        ReportMessage report = ReportMessage.parse(terminated(status, "containerStatuses", PodLayout.REPORT)
                .flatMap(t -> t.getText("message")).orElse(""), spec.results());
        List<StepOutcome> steps = steps(pod, status, report, notRun(phase, status));
        Optional<Instant> started = instant(status, "startTime");
        Optional<Condition> waiting = waitingFailure(pod, status);
        if (waiting.isPresent()) {
            return new PodReport(true, waiting.get(), steps, Map.of(), started, Optional.empty());
        }
        if (!phase.equals("Succeeded") && !phase.equals("Failed")) {
            return new PodReport(false, Condition.running(), steps, Map.of(), started, Optional.empty());
        }
        Optional<Instant> finished = terminated(status, "containerStatuses", PodLayout.REPORT)
                .flatMap(t -> instant(t, "finishedAt")).or(() -> finishedOf(steps));
        Condition condition = phase.equals("Succeeded") ? succeeded(report) : failed(status);
        return new PodReport(true, condition, steps, phase.equals("Succeeded") ? report.results() : Map.of(),
                started, finished);
    }

    /**
     * The run ended by a step still running past its own {@code timeout} at {@code now}, as Tekton
     * ends it: {@code Failed}, {@code "step-<name>" exited because the step exceeded the specified
     * timeout limit}, that step {@code TimeoutExceeded}, the later ones {@code Skipped}. Empty while
     * no step has overrun. The caller deletes the Pod.
     */
    public static Optional<PodReport> stepTimeout(KubeObject pod, TaskSpec spec, Instant now) {
        MapNode status = pod.content().getMap("status").orElse(MapNode.empty());
        for (int i = 0; i < spec.steps().size(); i++) {
            Optional<java.time.Duration> timeout = spec.steps().get(i).timeout().filter(t -> !t.isZero());
            String container = PodLayout.stepContainer(spec.steps().get(i).name(), i);
            Optional<Instant> since = running(status, container);
            if (timeout.isPresent() && since.isPresent() && !since.get().plus(timeout.get()).isAfter(now)) {
                ReportMessage none = new ReportMessage(Map.of(), Map.of(), List.of(), false);
                List<StepOutcome> steps = new ArrayList<>();
                for (StepOutcome step : steps(pod, status, none, "Skipped")) {
                    steps.add(step.name().equals(PodLayout.stepName(spec.steps().get(i).name(), i))
                            ? new StepOutcome(step.name(), step.image(), 1, "TimeoutExceeded", since, Optional.of(now))
                            : step);
                }
                Condition failed = new Condition("False", "Failed", "\"" + container
                        + "\" exited because the step exceeded the specified timeout limit");
                return Optional.of(new PodReport(true, failed, steps, Map.of(), instant(status, "startTime"),
                        Optional.of(now)));
            }
        }
        return Optional.empty();
    }

    private static Optional<Instant> running(MapNode status, String container) {
        for (Node node : status.getList("initContainerStatuses").orElse(ListNode.empty()).items()) {
            MapNode entry = node.asMap().orElse(MapNode.empty());
            if (entry.getText("name").filter(container::equals).isPresent()) {
                return entry.at(FieldPath.of("state", "running")).flatMap(Node::asMap)
                        .flatMap(r -> instant(r, "startedAt"));
            }
        }
        return Optional.empty();
    }

    /**
     * The outcome of a run the executor stopped ({@code reason} {@code TaskRunTimeout} or
     * {@code TaskRunCancelled}): steps that had ended keep their outcome, the others get
     * {@code stepReason} ({@code TimeoutExceeded} or {@code Cancelled}) and exit code 1.
     */
    public static PodReport stopped(KubeObject lastSeen, TaskSpec spec, Condition condition, String stepReason,
            Instant now) {
        MapNode status = lastSeen.content().getMap("status").orElse(MapNode.empty());
        ReportMessage none = new ReportMessage(Map.of(), Map.of(), List.of(), false);
        List<StepOutcome> steps = steps(lastSeen, status, none, stepReason);
        return new PodReport(true, condition, steps, Map.of(), instant(status, "startTime"), Optional.of(now));
    }

    /** What a step that never ended is, in a Pod of {@code phase}: nothing yet while the Pod runs. */
    private static String notRun(String phase, MapNode status) {
        if (!phase.equals("Failed")) {
            return "";
        }
        return status.getText("reason").filter("DeadlineExceeded"::equals).isPresent() ? "TimeoutExceeded" : "Skipped";
    }

    private static Optional<Instant> finishedOf(List<StepOutcome> steps) {
        return steps.stream().flatMap(s -> s.finished().stream()).max(Instant::compareTo);
    }

    private static Condition succeeded(ReportMessage report) {
        if (!report.problems().isEmpty()) {
            String reason = report.tooLarge() ? "TaskRunResultLargerThanAllowedLimit" : "TaskRunValidationFailed";
            return new Condition("False", reason, String.join("; ", report.problems()));
        }
        return new Condition("True", "Succeeded", "All Steps have completed executing");
    }

    private static Condition failed(MapNode status) {
        if (status.getText("reason").filter("DeadlineExceeded"::equals).isPresent()) {
            return new Condition("False", "TaskRunTimeout", status.getText("message").orElse("")
                    + " (the Pod's activeDeadlineSeconds passed)");
        }
        for (Node node : status.getList("initContainerStatuses").orElse(ListNode.empty()).items()) {
            MapNode container = node.asMap().orElse(MapNode.empty());
            String name = container.getText("name").orElse("");
            Optional<MapNode> ended = container.at(FieldPath.of("state", "terminated")).flatMap(Node::asMap);
            int exit = ended.map(PodStatusReader::exitCode).orElse(0);
            if (name.startsWith("step-") && exit != 0) {
                String reason = ended.flatMap(t -> t.getText("reason")).filter(r -> !r.isEmpty())
                        .map(r -> ": " + r).orElse("");
                return new Condition("False", "Failed", "\"" + name + "\" exited with code " + exit + reason);
            }
        }
        String why = status.getText("message").or(() -> status.getText("reason")).orElse("no reason given");
        return new Condition("False", "Failed", "the TaskRun's Pod failed: " + why);
    }

    /**
     * A step or sidecar that cannot start, as Tekton's reconciler judges it: {@code ImagePullBackOff}
     * and {@code InvalidImageName} fail the run {@code TaskRunImagePullFailed},
     * {@code CreateContainerConfigError} as itself, {@code CreateContainerError} {@code PodCreationFailed}.
     */
    private static Optional<Condition> waitingFailure(KubeObject pod, MapNode status) {
        for (Node node : status.getList("initContainerStatuses").orElse(ListNode.empty()).items()) {
            MapNode container = node.asMap().orElse(MapNode.empty());
            String reason = container.at(FieldPath.of("state", "waiting", "reason")).flatMap(Node::asText).orElse("");
            String message = container.at(FieldPath.of("state", "waiting", "message")).flatMap(Node::asText)
                    .orElse("");
            String name = container.getText("name").orElse("");
            String type = name.startsWith("sidecar-") ? "sidecar" : "step";
            String shown = name.startsWith("step-") || name.startsWith("sidecar-")
                    ? name.substring(name.indexOf('-') + 1) : name;
            String what = "the " + type + " \"" + shown + "\" in TaskRun \""
                    + taskRunOf(pod) + "\" failed to ";
            String said = ". The pod errored with the message: \"" + message + ".\"";
            if (PULL_FAILURES.contains(reason)) {
                String image = container.getText("imageID").filter(i -> !i.isEmpty())
                        .or(() -> container.getText("image")).orElse("");
                return Optional.of(new Condition("False", "TaskRunImagePullFailed",
                        what + "pull the image \"" + image + "\"" + said));
            }
            if (CONFIG_FAILURES.contains(reason)) {
                String runReason = reason.equals("CreateContainerConfigError") ? reason : "PodCreationFailed";
                return Optional.of(new Condition("False", runReason, what + "start" + said));
            }
        }
        return Optional.empty();
    }

    private static List<StepOutcome> steps(KubeObject pod, MapNode status, ReportMessage report, String notRun) {
        List<StepOutcome> steps = new ArrayList<>();
        boolean failedBefore = false;
        for (Node node : pod.field(FieldPath.of("spec", "initContainers")).flatMap(Node::asList)
                .orElse(ListNode.empty()).items()) {
            MapNode container = node.asMap().orElse(MapNode.empty());
            String name = container.getText("name").orElse("");
            if (!name.startsWith("step-")) {
                continue;
            }
            String image = container.getText("image").orElse("");
            Optional<MapNode> ended = terminated(status, "initContainerStatuses", name);
            if (ended.isEmpty()) {
                String reason = failedBefore ? "Skipped" : notRun;
                if (!reason.isEmpty()) {
                    steps.add(new StepOutcome(stepOf(name), image, 1, reason, Optional.empty(), Optional.empty()));
                }
                continue;
            }
            StepOutcome step = outcome(name, image, ended.get(), report.exitCodes().get(name));
            failedBefore |= step.exitCode() != 0 && !step.reason().equals("Continued");
            steps.add(step);
        }
        return steps;
    }

    private static StepOutcome outcome(String container, String image, MapNode terminated, Integer continued) {
        int exit = exitCode(terminated);
        String reason = exit == 0 ? "Completed" : terminated.getText("reason").filter("OOMKilled"::equals)
                .orElse("Error");
        if (exit == 0 && continued != null && continued != 0) {
            exit = continued;
            reason = "Continued";
        }
        return new StepOutcome(stepOf(container), image, exit, reason, instant(terminated, "startedAt"),
                instant(terminated, "finishedAt"));
    }

    private static int exitCode(MapNode terminated) {
        return terminated.get("exitCode").filter(n -> n instanceof IntNode).map(n -> (int) ((IntNode) n).value())
                .orElse(0);
    }

    private static Optional<MapNode> terminated(MapNode status, String list, String container) {
        for (Node node : status.getList(list).orElse(ListNode.empty()).items()) {
            MapNode entry = node.asMap().orElse(MapNode.empty());
            if (entry.getText("name").filter(container::equals).isPresent()) {
                return entry.at(FieldPath.of("state", "terminated")).flatMap(Node::asMap);
            }
        }
        return Optional.empty();
    }

    private static Optional<Instant> instant(MapNode map, String key) {
        try {
            return map.getText(key).map(Instant::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String stepOf(String container) {
        return container.startsWith("step-") ? container.substring(5) : container;
    }

    private static String taskRunOf(KubeObject pod) {
        return pod.label("tekton.dev/taskRun").orElse(pod.name());
    }
}
