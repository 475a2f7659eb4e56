package dev.windlass.pipelines.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.KubeObject;
import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.ScalarSchema;
import dev.windlass.model.codec.YamlReader;
import dev.windlass.model.tree.MapNode;
import dev.windlass.pipelines.model.ParamValue;
import dev.windlass.pipelines.model.TaskRun;
import dev.windlass.pipelines.model.TektonReader;
import dev.windlass.pipelines.run.Cancellation;
import dev.windlass.pipelines.run.ObjectLookup;
import dev.windlass.pipelines.run.TaskRunOutcome;
import dev.windlass.pipelines.run.TaskRunRequest;
import dev.windlass.pipelines.subst.TaskContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** TaskRuns written as YAML, read and substituted by the real reader and substitution, run on the host. */
@Timeout(30)
class LocalEndToEndTest {

    @TempDir
    Path root;

    private final Fixtures.Recorder listener = new Fixtures.Recorder();

    private TaskRunOutcome run(String yaml) {
        MapNode content = (MapNode) YamlReader.create(CodecLimits.DEFAULT, ScalarSchema.KUBERNETES)
                .read("taskrun.yaml", yaml).documents().get(0).content();
        KubeObject object = KubeObject.of(content);
        TaskRun taskRun = TektonReader.taskRun(object).value();
        TaskContext.RunNames names = new TaskContext.RunNames(object.name(), "default", "", "", "", "", "", "", "");
        TaskRunRequest request = new TaskRunRequest(object.name(), "default", taskRun.spec().taskSpec().orElseThrow(),
                taskRun.spec().params(), taskRun.spec().workspaces(), Optional.empty(), names, 0, Map.of(), object,
                ObjectLookup.NONE);
        LocalTaskExecutor executor = LocalTaskExecutor.builder().workRoot(root.resolve("work")).build();
        return executor.execute(request, listener, Cancellation.NONE);
    }

    @Test
    void paramsContextResultsAndWorkspacesAreSubstitutedThenRun() {
        TaskRunOutcome outcome = run("""
                apiVersion: tekton.dev/v1
                kind: TaskRun
                metadata:
                  name: greet
                  namespace: default
                spec:
                  params:
                    - name: who
                      value: world
                  workspaces:
                    - name: out
                      emptyDir: {}
                  taskSpec:
                    params:
                      - name: who
                      - name: punctuation
                        default: "!"
                    workspaces:
                      - name: out
                    results:
                      - name: greeting
                    steps:
                      - name: write
                        image: alpine
                        script: |
                          echo -n "hello $(params.who)$(params.punctuation)" | tee $(results.greeting.path)
                          echo "$(context.taskRun.name)" > $(workspaces.out.path)/name
                      - name: read
                        image: alpine
                        script: |
                          #!/bin/sh
                          echo
                          cat /workspace/out/name
                """);

        assertThat(outcome.condition().reason()).isEqualTo("Succeeded");
        assertThat(outcome.results()).containsEntry("greeting", ParamValue.of("hello world!"));
        assertThat(listener.lines()).containsExactly("write: hello world!", "read: ", "read: greet");
    }

    @Test
    void exitCodePathAndIndexLink_reachAnEarlierStepsExitCode() {
        TaskRunOutcome outcome = run("""
                apiVersion: tekton.dev/v1
                kind: TaskRun
                metadata:
                  name: codes
                  namespace: default
                spec:
                  taskSpec:
                    steps:
                      - name: exit-with-1
                        image: alpine
                        onError: continue
                        script: exit 1
                      - name: verify
                        image: alpine
                        script: |
                          [ "$(cat $(steps.step-exit-with-1.exitCode.path))" == 1 ] && echo by-path
                          [[ "$(cat /tekton/steps/0/exitCode)" == 1 ]] && echo by-index
                """);

        assertThat(outcome.condition().isSucceeded()).isTrue();
        assertThat(listener.lines()).containsExactly("verify: by-path", "verify: by-index");
    }

    @Test
    void podTemplateVolumes_areMountableByStepsAndTheTemplate() {
        TaskRunOutcome outcome = run("""
                apiVersion: tekton.dev/v1
                kind: TaskRun
                metadata:
                  name: template-volume
                  namespace: default
                spec:
                  podTemplate:
                    volumes:
                      - name: custom
                        emptyDir: {}
                  taskSpec:
                    stepTemplate:
                      volumeMounts:
                        - name: custom
                          mountPath: /short/and/stout
                    steps:
                      - name: write
                        image: ubuntu
                        script: echo some stuff > /im/a/custom/mount/path/file
                        volumeMounts:
                          - name: custom
                            mountPath: /im/a/custom/mount/path
                      - name: read
                        image: ubuntu
                        script: cat /short/and/stout/file
                """);

        assertThat(outcome.condition().isSucceeded()).isTrue();
        assertThat(listener.lines()).containsExactly("read: some stuff");
    }

    @Test
    void stepResultReferences_areResolvedJustBeforeTheLaterStep() {
        TaskRunOutcome outcome = run("""
                apiVersion: tekton.dev/v1
                kind: TaskRun
                metadata:
                  name: step-results
                  namespace: default
                spec:
                  taskSpec:
                    steps:
                      - name: produce
                        image: alpine
                        results:
                          - name: list
                            type: array
                        script: echo -n '["a","b"]' > $(step.results.list.path)
                      - name: consume
                        image: alpine
                        command: [echo]
                        args: ["$(steps.produce.results.list[*])"]
                """);

        assertThat(outcome.condition().isSucceeded()).isTrue();
        assertThat(listener.lines()).containsExactly("consume: a b");
        assertThat(List.of(outcome.steps().get(1).reason())).containsExactly("Completed");
    }

    @Test
    void stepWhen_skipsAStepWhoseGuardFailsAndGoesOn() {
        TaskRunOutcome outcome = run("""
                apiVersion: tekton.dev/v1
                kind: TaskRun
                metadata:
                  name: step-when
                  namespace: default
                spec:
                  workspaces:
                    - name: custom
                      emptyDir: {}
                  taskSpec:
                    workspaces:
                      - name: custom
                    steps:
                      - name: produce
                        image: alpine
                        results:
                          - name: flag
                        script: echo -n yes > $(step.results.flag.path)
                      - name: should-execute
                        image: alpine
                        script: echo executed
                        when:
                          - input: "$(workspaces.custom.bound)"
                            operator: in
                            values: ["true"]
                      - name: should-skip
                        image: alpine
                        script: echo skipped
                        when:
                          - input: "$(steps.produce.results.flag)"
                            operator: notin
                            values: ["yes"]
                      - name: by-cel
                        image: alpine
                        script: echo cel
                        when:
                          - cel: "'$(steps.produce.results.flag)' == 'yes'"
                """);

        assertThat(outcome.condition().isSucceeded()).isTrue();
        assertThat(listener.lines()).containsExactly("should-execute: executed", "by-cel: cel");
        assertThat(outcome.steps()).extracting(s -> s.name() + "=" + s.reason() + "/" + s.exitCode()).containsExactly(
                "produce=Completed/0", "should-execute=Completed/0", "should-skip=Skipped/0", "by-cel=Completed/0");
    }

    @Test
    void isolatedWorkspace_isSeenOnlyByTheContainersThatListIt() {
        TaskRunOutcome outcome = run("""
                apiVersion: tekton.dev/v1
                kind: TaskRun
                metadata:
                  name: isolation
                  namespace: default
                spec:
                  workspaces:
                    - name: signals
                      emptyDir: {}
                  taskSpec:
                    workspaces:
                      - name: signals
                    sidecars:
                      - name: await-step-signal
                        image: alpine
                        workspaces:
                          - name: signals
                        script: |
                          while [ ! -f "$(workspaces.signals.path)"/start ]; do sleep 0.05; done
                          touch "$(workspaces.signals.path)"/ready
                    steps:
                      - name: signal
                        image: alpine
                        workspaces:
                          - name: signals
                        script: |
                          echo hello > "$(workspaces.signals.path)"/start
                          while [ ! -f /workspace/signals/ready ]; do sleep 0.05; done
                          echo saw-ready
                      - name: check
                        image: alpine
                        script: |
                          [ -f "$(workspaces.signals.path)"/start ] && exit 255
                          [ -e /workspace/signals ] && exit 254
                          echo no-access
                """);

        assertThat(outcome.condition().isSucceeded()).isTrue();
        assertThat(listener.lines()).containsExactly("signal: saw-ready", "check: no-access");
    }
}
