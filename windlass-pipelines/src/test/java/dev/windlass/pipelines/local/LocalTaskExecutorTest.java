package dev.windlass.pipelines.local;

import static dev.windlass.pipelines.local.Fixtures.command;
import static dev.windlass.pipelines.local.Fixtures.declared;
import static dev.windlass.pipelines.local.Fixtures.emptyDir;
import static dev.windlass.pipelines.local.Fixtures.executor;
import static dev.windlass.pipelines.local.Fixtures.request;
import static dev.windlass.pipelines.local.Fixtures.result;
import static dev.windlass.pipelines.local.Fixtures.script;
import static dev.windlass.pipelines.local.Fixtures.task;
import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.tree.MapNode;
import dev.windlass.pipelines.model.EnvVar;
import dev.windlass.pipelines.model.OnError;
import dev.windlass.pipelines.model.ParamType;
import dev.windlass.pipelines.model.ParamValue;
import dev.windlass.pipelines.run.Cancellation;
import dev.windlass.pipelines.run.StepOutcome;
import dev.windlass.pipelines.run.TaskRunOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(30)
class LocalTaskExecutorTest {

    @TempDir
    Path root;

    private final Fixtures.Recorder listener = new Fixtures.Recorder();

    private TaskRunOutcome run(Fixtures.Request request) {
        return executor(root).execute(request.build(), listener, Cancellation.NONE);
    }

    private static List<String> reasons(TaskRunOutcome outcome) {
        return outcome.steps().stream().map(s -> s.name() + "=" + s.reason()).toList();
    }

    @Test
    void steps_runInOrderAndShareTheWorkspaceThroughTektonPaths() {
        var spec = new Fixtures.Task(List.of(
                script("write", "mkdir -p /workspace/source/out\necho hello > /workspace/source/out/f"),
                script("read", "cat /workspace/source/out/f\nprintf done > /tekton/results/status")))
                .workspaces(declared("source", false, false)).results(result("status", ParamType.STRING)).spec();

        TaskRunOutcome outcome = run(request("tr-order", spec).workspaces(emptyDir("source")));

        assertThat(outcome.condition().reason()).isEqualTo("Succeeded");
        assertThat(outcome.condition().message()).isEqualTo("All Steps have completed executing");
        assertThat(reasons(outcome)).containsExactly("write=Completed", "read=Completed");
        assertThat(listener.lines()).containsExactly("read: hello");
        assertThat(outcome.results()).containsEntry("status", ParamValue.of("done"));
        assertThat(outcome.steps().get(0).image()).isEqualTo("alpine:3");
    }

    @Test
    void script_withoutShebang_getsTektonsPreambleAndStopsAtTheFirstFailure() {
        var spec = task(List.of(script("fail", "echo before\nfalse\necho after"), script("next", "echo next")));

        TaskRunOutcome outcome = run(request("tr-fail", spec));

        assertThat(outcome.condition().status()).isEqualTo("False");
        assertThat(outcome.condition().reason()).isEqualTo("StepFailed");
        assertThat(outcome.condition().message()).isEqualTo("\"step-fail\" exited with code 1: Error");
        assertThat(reasons(outcome)).containsExactly("fail=Error", "next=Skipped");
        assertThat(listener.lines()).containsExactly("fail: before");
        assertThat(Files.exists(root.resolve("work/tr-fail/steps/step-fail/exitCode"))).isFalse();
    }

    @Test
    void script_withShebang_runsWithItsInterpreterAndArgs() {
        var step = script("bang", "#!/usr/bin/env sh\nfalse\necho \"still $1\"");
        step = new dev.windlass.pipelines.model.Step(step.name(), step.image(), List.of(), List.of("there"),
                step.script(), "", List.of(), OnError.STOP_AND_FAIL, Optional.empty(), Optional.empty(), List.of(),
                List.of(), MapNode.empty());

        TaskRunOutcome outcome = run(request("tr-bang", task(List.of(step))));

        assertThat(outcome.condition().isSucceeded()).isTrue();
        assertThat(listener.lines()).containsExactly("bang: still there");
    }

    @Test
    void command_runsWithoutAShellAfterKubernetesExpansion() {
        var step = Fixtures.withEnv(command("echo", List.of("echo"), List.of("$HOME", "$(GREETING) world", "$$(X)")),
                List.of(new EnvVar("GREETING", "hello", Optional.empty())));

        TaskRunOutcome outcome = run(request("tr-cmd", task(List.of(step))));

        assertThat(outcome.condition().isSucceeded()).isTrue();
        assertThat(listener.lines()).containsExactly("echo: $HOME hello world $(X)");
    }

    @Test
    void step_withNeitherScriptNorCommand_failsWithAClearMessage() {
        TaskRunOutcome outcome = run(request("tr-none", task(List.of(command("empty", List.of(), List.of("x"))))));

        assertThat(outcome.condition().reason()).isEqualTo("TaskRunValidationFailed");
        assertThat(outcome.condition().message()).contains("step \"empty\" has neither script nor command");
    }

    @Test
    void onErrorContinue_recordsTheExitCodeAndGoesOn() {
        var spec = task(List.of(Fixtures.withOnError(script("flaky", "exit 3"), OnError.CONTINUE),
                script("after", "cat /tekton/steps/step-flaky/exitCode; echo")));

        TaskRunOutcome outcome = run(request("tr-continue", spec));

        assertThat(outcome.condition().isSucceeded()).isTrue();
        StepOutcome flaky = outcome.steps().get(0);
        assertThat(flaky.exitCode()).isEqualTo(3);
        assertThat(flaky.reason()).isEqualTo("Completed");
        assertThat(listener.lines()).containsExactly("after: 3");
    }

    @Test
    void environment_hasHomeStepEnvValueFromAndExtraVariables() {
        var secret = Fixtures.object("Secret", "creds", Map.of("data", Map.of("token", "czNjcjN0")));
        var config = Fixtures.object("ConfigMap", "settings", Map.of("data", Map.of("mode", "fast")));
        var step = Fixtures.withEnv(script("env", "echo \"$TOKEN $MODE $POD $NS $URL $EXTRA\"\n"
                + "test \"$HOME\" = \"$(cd /tekton/home && pwd)\" && echo home-ok"), List.of(
                        new EnvVar("TOKEN", "", Optional.of(MapNode.of("secretKeyRef",
                                Map.of("name", "creds", "key", "token")))),
                        new EnvVar("MODE", "", Optional.of(MapNode.of("configMapKeyRef",
                                Map.of("name", "settings", "key", "mode")))),
                        new EnvVar("POD", "", Optional.of(MapNode.of("fieldRef", Map.of("fieldPath", "metadata.name")))),
                        new EnvVar("NS", "", Optional.of(MapNode.of("fieldRef",
                                Map.of("fieldPath", "metadata.namespace")))),
                        new EnvVar("URL", "http://$(NS).svc", Optional.empty())));

        TaskRunOutcome outcome = executor(root, Map.of("EXTRA", "more")).execute(
                request("tr-env", task(List.of(step))).objects(Fixtures.objects(secret, config)).build(),
                listener, Cancellation.NONE);

        assertThat(outcome.condition().isSucceeded()).isTrue();
        assertThat(listener.lines()).containsExactly("env: s3cr3t fast tr-env-pod default http://default.svc more",
                "env: home-ok");
    }

    @Test
    void environment_missingSecret_failsNamingIt() {
        var step = Fixtures.withEnv(script("env", "true"), List.of(new EnvVar("TOKEN", "",
                Optional.of(MapNode.of("secretKeyRef", Map.of("name", "absent", "key", "token"))))));

        TaskRunOutcome outcome = run(request("tr-nosecret", task(List.of(step))));

        assertThat(outcome.condition().reason()).isEqualTo("CreateContainerConfigError");
        assertThat(outcome.condition().message()).contains("Secret \"absent\" not found");
    }

    @Test
    void results_areTypedAsDeclaredAndKeepTrailingNewlines() {
        var spec = new Fixtures.Task(List.of(script("emit", "echo hi > /tekton/results/text\n"
                + "printf '[\"a\",\"b\"]\\n' > /tekton/results/list\n"
                + "printf '{\"url\":\"u\",\"digest\":\"d\"}' > /tekton/results/obj")))
                .results(result("text", ParamType.STRING), result("list", ParamType.ARRAY),
                        result("obj", ParamType.OBJECT, "url", "digest"), result("unwritten", ParamType.STRING))
                .spec();

        TaskRunOutcome outcome = run(request("tr-results", spec));

        assertThat(outcome.condition().isSucceeded()).isTrue();
        assertThat(outcome.results()).containsOnly(
                Map.entry("text", ParamValue.of("hi\n")),
                Map.entry("list", ParamValue.of(List.of("a", "b"))),
                Map.entry("obj", ParamValue.of(Map.of("url", "u", "digest", "d"))));
    }

    @Test
    void results_notMatchingTheirDeclaredType_failValidationAsTektonDoes() {
        var spec = new Fixtures.Task(List.of(script("emit", "printf 'not json' > /tekton/results/list")))
                .results(result("list", ParamType.ARRAY)).spec();

        TaskRunOutcome outcome = run(request("tr-badresult", spec));

        assertThat(outcome.condition().reason()).isEqualTo("TaskRunValidationFailed");
        assertThat(outcome.condition().message()).isEqualTo("Provided results don't match declared results; may be "
                + "invalid JSON or missing result declaration:  \"list\": task result is expected to be \"array\" "
                + "type but was initialized to a different type \"string\"");
    }

    @Test
    void results_aboveOneMebibyte_failWithAClearReason() {
        var spec = new Fixtures.Task(List.of(script("emit",
                "head -c 1048577 /dev/zero | tr '\\0' x > /tekton/results/big")))
                .results(result("big", ParamType.STRING)).spec();

        TaskRunOutcome outcome = run(request("tr-big", spec));

        assertThat(outcome.condition().reason()).isEqualTo("TaskRunResultLargerThanAllowedLimit");
        assertThat(outcome.condition().message()).contains("result \"big\" is 1048577 bytes");
    }

    @Test
    void stepResults_reachLaterStepsCommandsAndTaskResults() {
        var first = Fixtures.withResults(script("one", "printf v1 > /tekton/steps/step-one/results/out"),
                List.of(result("out", ParamType.STRING)));
        var second = command("two", List.of("echo"), List.of("got $(steps.one.results.out)"));
        var spec = new Fixtures.Task(List.of(first, second)).results(new dev.windlass.pipelines.model.ResultSpec(
                "final", ParamType.STRING, "", Map.of(), Optional.of(ParamValue.of("$(steps.one.results.out)"))))
                .spec();

        TaskRunOutcome outcome = run(request("tr-stepresults", spec));

        assertThat(listener.lines()).containsExactly("two: got v1");
        assertThat(outcome.results()).containsEntry("final", ParamValue.of("v1"));
    }

    @Test
    void stepTemplate_givesDefaultsAndMergesEnvByName() {
        var template = MapNode.of("image", "ubuntu", "env", List.of(Map.of("name", "A", "value", "from-template"),
                Map.of("name", "B", "value", "template-b")));
        var step = Fixtures.withEnv(Fixtures.withImage(script("t", "echo \"$A $B\""), ""),
                List.of(new EnvVar("B", "from-step", Optional.empty())));

        TaskRunOutcome outcome = run(request("tr-template",
                new Fixtures.Task(List.of(step)).stepTemplate(template).spec()));

        assertThat(listener.lines()).containsExactly("t: from-template from-step");
        assertThat(outcome.steps().get(0).image()).isEqualTo("ubuntu");
    }

    @Test
    void workingDir_isRelativeToTheWorkspaceDirectory() {
        var step = Fixtures.withWorkingDir(script("wd", "pwd"), "sub/dir");

        run(request("tr-wd", task(List.of(step))));

        assertThat(listener.lines()).containsExactly(
                "wd: " + root.resolve("work/tr-wd/workspace/sub/dir").toAbsolutePath().normalize());
    }

    @Test
    void stderr_isReportedAsSuch() {
        run(request("tr-stderr", task(List.of(script("err", "echo oops >&2")))));

        assertThat(listener.lines()).containsExactly("err! oops");
    }

    @Test
    void note_saysOncePerPipelineRunThatImagesAreIgnored() {
        LocalTaskExecutor executor = executor(root);
        executor.execute(request("pr-a", task(List.of(script("s", "true")))).pipelineRun("pr").build(), listener,
                Cancellation.NONE);
        executor.execute(request("pr-b", task(List.of(script("s", "true")))).pipelineRun("pr").build(), listener,
                Cancellation.NONE);

        assertThat(listener.notes).hasSize(1);
        assertThat(listener.notes.get(0)).contains("ignores step images").contains("pr");
    }
}
