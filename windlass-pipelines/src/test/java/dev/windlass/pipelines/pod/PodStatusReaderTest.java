package dev.windlass.pipelines.pod;

import static dev.windlass.pipelines.pod.PodFixtures.request;
import static dev.windlass.pipelines.pod.PodFixtures.step;
import static dev.windlass.pipelines.pod.PodFixtures.task;
import static dev.windlass.pipelines.pod.PodFixtures.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.MapNode;
import dev.windlass.pipelines.model.ParamType;
import dev.windlass.pipelines.model.ParamValue;
import dev.windlass.pipelines.model.ResultSpec;
import dev.windlass.pipelines.model.TaskSpec;
import dev.windlass.pipelines.run.Condition;
import dev.windlass.pipelines.run.StepOutcome;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading a TaskRun's Pod status back: the test writes what a kubelet would. */
class PodStatusReaderTest {

    private static final TaskSpec SPEC = task(List.of(step("name: build\nimage: golang\ncommand: [make]\n"),
            step("name: lint\nimage: golang\ncommand: [lint]\nonError: continue\n"),
            step("name: push\nimage: crane\ncommand: [push]\n")), List.of(), List.of(),
            List.of(ResultSpec.string("digest"),
                    new ResultSpec("tags", ParamType.ARRAY, "", Map.of(), Optional.empty()),
                    new ResultSpec("info", ParamType.OBJECT, "", Map.of(), Optional.empty())), Optional.empty());
    private static final KubeObject POD = PodBuilderTest.build(request(SPEC), SPEC);

    @Test
    void read_succeededPod_isSucceededWithStepsAndDecodedResults() {
        String report = "exit step-lint 3\n" + result("digest", "sha256:abc\n") + result("tags", "[\"v1\",\"latest\"]")
                + result("info", "{\"url\":\"r\",\"n\":\"1\"}") + result("undeclared", "x");
        KubeObject pod = withStatus("Succeeded", "", terminated("step-build", 0) + terminated("step-lint", 0)
                + terminated("step-push", 0), report(report));

        PodReport read = PodStatusReader.read(pod, SPEC);

        assertThat(read.done()).isTrue();
        assertThat(read.condition()).isEqualTo(new Condition("True", "Succeeded", "All Steps have completed executing"));
        assertThat(read.steps()).extracting(StepOutcome::name, StepOutcome::exitCode, StepOutcome::reason)
                .containsExactly(tuple("build", 0, "Completed"), tuple("lint", 3, "Continued"),
                        tuple("push", 0, "Completed"));
        assertThat(read.results()).containsOnly(Map.entry("digest", ParamValue.of("sha256:abc\n")),
                Map.entry("tags", ParamValue.of(List.of("v1", "latest"))),
                Map.entry("info", ParamValue.of(Map.of("url", "r", "n", "1"))),
                Map.entry("undeclared", ParamValue.of("x")));
        assertThat(read.started()).contains(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(read.finished()).contains(Instant.parse("2026-01-01T00:01:00Z"));
        assertThat(read.steps().get(0).image()).isEqualTo("golang");
    }

    @Test
    void read_failedStep_failsTheRunNamingTheStep_andSkipsTheRest() {
        KubeObject pod = withStatus("Failed", "", terminated("step-build", 2), "");

        PodReport read = PodStatusReader.read(pod, SPEC);

        assertThat(read.done()).isTrue();
        assertThat(read.condition().status()).isEqualTo("False");
        assertThat(read.condition().reason()).isEqualTo("Failed");
        assertThat(read.condition().message()).isEqualTo("\"step-build\" exited with code 2: Error");
        assertThat(read.steps()).extracting(StepOutcome::name, StepOutcome::reason)
                .containsExactly(tuple("build", "Error"), tuple("lint", "Skipped"), tuple("push", "Skipped"));
        assertThat(read.results()).isEmpty();
    }

    @Test
    void read_runningPod_isNotDone_andListsTheStepsThatEnded() {
        KubeObject pod = withStatus("Pending", "", terminated("step-build", 0), "");

        PodReport read = PodStatusReader.read(pod, SPEC);

        assertThat(read.done()).isFalse();
        assertThat(read.condition()).isEqualTo(Condition.running());
        assertThat(read.steps()).extracting(StepOutcome::name).containsExactly("build");
    }

    @Test
    void read_imagePullBackOff_endsTheRun() {
        String waiting = "- name: step-build\n  image: golang\n  state:\n    waiting:\n      reason: ImagePullBackOff\n"
                + "      message: not found\n";
        KubeObject pod = withStatus("Pending", "", waiting, "");

        PodReport read = PodStatusReader.read(pod, SPEC);

        assertThat(read.done()).isTrue();
        assertThat(read.condition().reason()).isEqualTo("TaskRunImagePullFailed");
        assertThat(read.condition().message()).isEqualTo("the step \"build\" in TaskRun \"build-run\" failed to pull "
                + "the image \"golang\". The pod errored with the message: \"not found.\"");
    }

    @Test
    void read_missingConfigMap_failsTheRunCreateContainerConfigError() {
        String waiting = "- name: step-build\n  state:\n    waiting:\n      reason: CreateContainerConfigError\n"
                + "      message: configmap conf not found\n";
        KubeObject pod = withStatus("Pending", "", waiting, "");

        PodReport read = PodStatusReader.read(pod, SPEC);

        assertThat(read.condition().reason()).isEqualTo("CreateContainerConfigError");
        assertThat(read.condition().message()).isEqualTo("the step \"build\" in TaskRun \"build-run\" failed to start. "
                + "The pod errored with the message: \"configmap conf not found.\"");
    }

    @Test
    void read_errImagePull_isStillRunning_asKubernetesRetriesIt() {
        String waiting = "- name: step-build\n  state:\n    waiting:\n      reason: ErrImagePull\n";

        assertThat(PodStatusReader.read(withStatus("Pending", "", waiting, ""), SPEC).done()).isFalse();
    }

    @Test
    void read_deadlineExceeded_isATimeout() {
        KubeObject pod = withStatus("Failed", "reason: DeadlineExceeded\nmessage: Pod was active too long\n",
                terminated("step-build", 0), "");

        PodReport read = PodStatusReader.read(pod, SPEC);

        assertThat(read.condition().reason()).isEqualTo("TaskRunTimeout");
        assertThat(read.steps()).extracting(StepOutcome::reason)
                .containsExactly("Completed", "TimeoutExceeded", "TimeoutExceeded");
    }

    @Test
    void read_truncatedReport_failsTheRunAsResultsTooLarge() {
        String report = result("digest", "x".repeat(4000)).substring(0, ReportMessage.LIMIT);
        KubeObject pod = withStatus("Succeeded", "", terminated("step-build", 0) + terminated("step-lint", 0)
                + terminated("step-push", 0), report(report));

        PodReport read = PodStatusReader.read(pod, SPEC);

        assertThat(read.condition().reason()).isEqualTo("TaskRunResultLargerThanAllowedLimit");
        assertThat(read.results()).isEmpty();
    }

    @Test
    void read_arrayResultThatIsNotJson_failsValidationAndIsDropped() {
        KubeObject pod = withStatus("Succeeded", "", terminated("step-build", 0) + terminated("step-lint", 0)
                + terminated("step-push", 0), report(result("tags", "v1 v2") + result("digest", "d")));

        PodReport read = PodStatusReader.read(pod, SPEC);

        assertThat(read.condition().reason()).isEqualTo("TaskRunValidationFailed");
        assertThat(read.condition().message()).isEqualTo("Provided results don't match declared results; may be "
                + "invalid JSON or missing result declaration:  \"tags\": task result is expected to be \"array\" "
                + "type but was initialized to a different type \"string\"");
        assertThat(read.results()).containsOnlyKeys("digest");
    }

    @Test
    void read_objectResultMissingDeclaredKeys_failsValidation() {
        TaskSpec spec = task(List.of(step("name: build\nimage: golang\n")), List.of(), List.of(),
                List.of(new ResultSpec("info", ParamType.OBJECT, "", Map.of("url", ParamType.STRING,
                        "sha", ParamType.STRING, "ref", ParamType.STRING), Optional.empty())), Optional.empty());
        KubeObject built = PodBuilderTest.build(request(spec), spec);
        KubeObject pod = built.withContent(built.content().with("status", yaml("phase: Succeeded\n"
                + "initContainerStatuses:\n" + terminated("step-build", 0) + "containerStatuses:\n"
                + report(result("info", "{\"url\":\"u\"}")))));

        PodReport read = PodStatusReader.read(pod, spec);

        assertThat(read.condition().reason()).isEqualTo("TaskRunValidationFailed");
        assertThat(read.condition().message()).isEqualTo("missing keys for these results which are required in "
                + "TaskResult's properties map[info:[ref sha]]");
    }

    @Test
    void value_readsResultsAsTektonUnmarshalsThem() {
        assertThat(ReportMessage.value("[\"a\"]", null)).isEqualTo(ParamValue.of(List.of("a")));
        assertThat(ReportMessage.value("[1,2]", ParamType.ARRAY)).isEqualTo(ParamValue.of("[1,2]"));
        assertThat(ReportMessage.value("{\"k\":\"v\"}", ParamType.OBJECT)).isEqualTo(ParamValue.of(Map.of("k", "v")));
        assertThat(ReportMessage.value("\"quoted\"", null)).isEqualTo(ParamValue.of("quoted"));
        assertThat(ReportMessage.value("[\"a\"]", ParamType.STRING)).isEqualTo(ParamValue.of("[\"a\"]"));
        assertThat(ReportMessage.value("plain text", ParamType.ARRAY)).isEqualTo(ParamValue.of("plain text"));
    }

    @Test
    void stepTimeout_aStepRunningPastItsTimeout_failsTheRunAsTektonDoes() {
        dev.windlass.pipelines.model.Step plain = step("name: build\nimage: golang\ncommand: [make]\n");
        dev.windlass.pipelines.model.Step limited = new dev.windlass.pipelines.model.Step(plain.name(), plain.image(),
                plain.command(), plain.args(), "", "", List.of(), plain.onError(),
                Optional.of(java.time.Duration.ofSeconds(10)), Optional.empty(), List.of(), List.of(), plain.container());
        TaskSpec spec = task(limited, step("name: push\nimage: crane\ncommand: [push]\n"));
        KubeObject built = PodBuilderTest.build(request(spec), spec);
        KubeObject pod = built.withContent(built.content().with("status", yaml("phase: Pending\n"
                + "initContainerStatuses:\n- name: step-build\n  state:\n    running:\n"
                + "      startedAt: '2026-01-01T00:00:00Z'\n")));

        assertThat(PodStatusReader.stepTimeout(pod, spec, Instant.parse("2026-01-01T00:00:09Z"))).isEmpty();
        PodReport read = PodStatusReader.stepTimeout(pod, spec, Instant.parse("2026-01-01T00:00:10Z")).orElseThrow();

        assertThat(read.condition()).isEqualTo(new Condition("False", "Failed",
                "\"step-build\" exited because the step exceeded the specified timeout limit"));
        assertThat(read.steps()).extracting(StepOutcome::name, StepOutcome::reason)
                .containsExactly(tuple("build", "TimeoutExceeded"), tuple("push", "Skipped"));
        assertThat(PodStatusReader.stepTimeout(pod, SPEC, Instant.parse("2027-01-01T00:00:00Z"))).isEmpty();
    }

    @Test
    void stopped_marksStepsThatHadNotEnded() {
        KubeObject pod = withStatus("Running", "", terminated("step-build", 0), "");
        Condition cancelled = new Condition("False", "TaskRunCancelled", "cancelled");

        PodReport read = PodStatusReader.stopped(pod, SPEC, cancelled, "Cancelled", Instant.EPOCH);

        assertThat(read.condition()).isEqualTo(cancelled);
        assertThat(read.steps()).extracting(StepOutcome::name, StepOutcome::reason)
                .containsExactly(tuple("build", "Completed"), tuple("lint", "Cancelled"), tuple("push", "Cancelled"));
        assertThat(read.finished()).contains(Instant.EPOCH);
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    static String result(String name, String value) {
        return "result " + name + " " + Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8))
                + "\n";
    }

    static String terminated(String container, int exit) {
        return "- name: " + container + "\n  state:\n    terminated:\n      exitCode: " + exit
                + (exit == 0 ? "\n      reason: Completed" : "\n      reason: Error")
                + "\n      startedAt: '2026-01-01T00:00:10Z'\n      finishedAt: '2026-01-01T00:00:20Z'\n";
    }

    static String report(String message) {
        return "- name: report\n  state:\n    terminated:\n      exitCode: 0\n      finishedAt: '2026-01-01T00:01:00Z'\n"
                + "      message: " + quoted(message) + "\n";
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private static KubeObject withStatus(String phase, String extra, String initStatuses, String statuses) {
        String status = "phase: " + phase + "\nstartTime: '2026-01-01T00:00:00Z'\n" + extra
                + (initStatuses.isEmpty() ? "" : "initContainerStatuses:\n" + initStatuses)
                + (statuses.isEmpty() ? "" : "containerStatuses:\n" + statuses);
        MapNode parsed = yaml(status);
        return POD.withContent(POD.content().with("status", parsed));
    }
}
