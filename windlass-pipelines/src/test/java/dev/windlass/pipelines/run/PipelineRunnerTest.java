package dev.windlass.pipelines.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.model.KubeObject;
import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.ParsedDocument;
import dev.windlass.model.codec.ScalarSchema;
import dev.windlass.model.codec.YamlReader;
import dev.windlass.model.tree.MapNode;
import dev.windlass.pipelines.dag.SkipReasons;
import dev.windlass.pipelines.model.Param;
import dev.windlass.pipelines.model.ParamValue;
import dev.windlass.pipelines.model.TektonCatalog;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class PipelineRunnerTest {

    private final MutableClock clock = new MutableClock();
    private final FakeExecutor executor = new FakeExecutor(clock);
    private final MemoryRunStore store = new MemoryRunStore();

    @Test
    void runner_generateNameGetsAFiveCharacterSuffix() {
        KubeObject run = object("""
                apiVersion: tekton.dev/v1
                kind: Task
                metadata:
                  generateName: build-
                  namespace: ci
                """);

        RunState state = runner(List.of()).run(run);

        assertThat(state.name()).matches("build-[bcdfghjklmnpqrstvwxz2456789]{5}");
        assertThat(store.load("ci", state.name())).contains(state);
    }

    @Test
    void runner_refusesObjectsThatAreNotRuns() {
        RunState state = runner(List.of()).run(object("""
                apiVersion: tekton.dev/v1
                kind: Task
                metadata:
                  name: not-a-run
                """));

        assertThat(state.condition().status()).isEqualTo("False");
        assertThat(state.condition().reason()).isEqualTo("PipelineValidationFailed");
        assertThat(state.condition().message()).contains("give a PipelineRun or a TaskRun");
        assertThat(executor.started()).isEmpty();
    }

    @Test
    void runner_needsAnExecutor() {
        assertThatThrownBy(() -> PipelineRunner.builder().build()).hasMessageContaining("executor(");
    }

    @Test
    @Disabled("needs TektonReader and PipelineSubstitution (helpers model and subst) on main")
    void runner_runsAnEmbeddedPipelineAndPassesResults() {
        executor.on("clone", (r, c) -> executor.succeeded(Map.of("commit", ParamValue.of("abc123"))));
        RunState state = runner(List.of()).run(object("""
                apiVersion: tekton.dev/v1
                kind: PipelineRun
                metadata:
                  name: ci-1
                  namespace: ci
                spec:
                  params:
                    - name: repo
                      value: https://example.test/app.git
                  pipelineSpec:
                    params:
                      - name: repo
                    tasks:
                      - name: clone
                        params:
                          - name: url
                            value: $(params.repo)
                        taskSpec:
                          params:
                            - name: url
                          results:
                            - name: commit
                          steps:
                            - name: git
                              image: alpine
                              script: echo $(params.url)
                      - name: build
                        params:
                          - name: revision
                            value: $(tasks.clone.results.commit)
                        taskSpec:
                          params:
                            - name: revision
                          steps:
                            - name: make
                              image: alpine
                              script: echo $(params.revision)
                """));

        assertThat(state.condition().reason()).isEqualTo("Succeeded");
        assertThat(executor.started()).containsExactly("ci-1-clone", "ci-1-build");
        assertThat(executor.requests().get(0).params()).contains(
                new Param("url", ParamValue.of("https://example.test/app.git")));
        assertThat(executor.requests().get(1).params()).contains(new Param("revision", ParamValue.of("abc123")));
        assertThat(executor.requests().get(1).labels()).containsEntry("tekton.dev/pipelineTask", "build");
    }

    @Test
    @Disabled("needs TektonReader and PipelineSubstitution (helpers model and subst) on main")
    void runner_whenOnASkippedTasksResultSkips() {
        RunState state = runner(List.of()).run(object("""
                apiVersion: tekton.dev/v1
                kind: PipelineRun
                metadata:
                  name: gate
                spec:
                  pipelineSpec:
                    tasks:
                      - name: approve
                        when:
                          - input: "no"
                            operator: in
                            values: ["yes"]
                        taskSpec:
                          results:
                            - name: approver
                          steps:
                            - name: ok
                              image: alpine
                              script: "true"
                      - name: notify
                        when:
                          - input: $(tasks.approve.results.approver)
                            operator: notin
                            values: [""]
                        taskSpec:
                          steps:
                            - name: send
                              image: alpine
                              script: "true"
                """));

        assertThat(state.skipped()).containsExactly(new SkippedTask("approve", SkipReasons.WHEN_FALSE),
                new SkippedTask("notify", SkipReasons.MISSING_RESULTS));
        assertThat(state.condition().reason()).isEqualTo("Completed");
        assertThat(executor.started()).isEmpty();
    }

    @Test
    @Disabled("needs TektonReader and TektonCatalog (helper model) on main")
    void runner_missingPipelineRefNamesIt() {
        RunState state = runner(List.of()).run(object("""
                apiVersion: tekton.dev/v1
                kind: PipelineRun
                metadata:
                  name: release-1
                spec:
                  pipelineRef:
                    name: release
                """));

        assertThat(state.condition().reason()).isEqualTo("CouldntGetPipeline");
        assertThat(state.condition().message()).contains("Pipeline \"release\" was not found");
    }

    @Test
    @Disabled("needs TektonReader and TektonCatalog (helper model) on main")
    void runner_missingTaskRefNamesIt() {
        RunState state = runner(List.of()).run(object("""
                apiVersion: tekton.dev/v1
                kind: TaskRun
                metadata:
                  name: lint-1
                spec:
                  taskRef:
                    name: golangci-lint
                """));

        assertThat(state.condition().reason()).isEqualTo("CouldntGetTask");
        assertThat(state.condition().message()).contains("Task \"golangci-lint\" was not found");
    }

    @Test
    @Disabled("needs TektonReader and TektonCatalog (helper model) on main")
    void runner_pendingRunIsSavedAndNotStarted() {
        RunState state = runner(List.of()).run(object("""
                apiVersion: tekton.dev/v1
                kind: PipelineRun
                metadata:
                  name: later
                spec:
                  status: PipelineRunPending
                  pipelineSpec:
                    tasks:
                      - name: a
                        taskSpec:
                          steps:
                            - name: s
                              image: alpine
                              script: "true"
                """));

        assertThat(state.condition()).isEqualTo(new Condition("Unknown", "PipelineRunPending",
                "PipelineRun \"later\" is pending"));
        assertThat(store.load("", "later")).contains(state);
        assertThat(executor.started()).isEmpty();
    }

    @Test
    @Disabled("needs TektonReader and TektonCatalog (helper model) on main")
    void runner_taskRunRunsAsItsOwnChild() {
        KubeObject task = object("""
                apiVersion: tekton.dev/v1
                kind: Task
                metadata:
                  name: hello
                spec:
                  steps:
                    - name: say
                      image: alpine
                      script: echo hello
                """);
        RunState state = runner(List.of(task)).run(object("""
                apiVersion: tekton.dev/v1
                kind: TaskRun
                metadata:
                  name: hello-run
                spec:
                  taskRef:
                    name: hello
                """));

        assertThat(executor.started()).containsExactly("hello-run");
        assertThat(executor.requests().get(0).labels()).containsEntry("tekton.dev/task", "hello");
        assertThat(state.condition().reason()).isEqualTo("Succeeded");
        assertThat(state.children()).singleElement().extracting(ChildRun::taskRunName).isEqualTo("hello-run");
    }

    private PipelineRunner runner(List<KubeObject> objects) {
        PipelineRunner.Builder builder = PipelineRunner.builder().executor(executor).store(store).clock(clock)
                .random(new Random(7)).parallelism(2);
        if (!objects.isEmpty()) {
            builder.catalog(TektonCatalog.of(objects).value());
        }
        return builder.build();
    }

    static KubeObject object(String yaml) {
        for (ParsedDocument document : YamlReader.create(CodecLimits.DEFAULT, ScalarSchema.KUBERNETES)
                .read("test.yaml", yaml).documents()) {
            if (document.content() instanceof MapNode map) {
                return KubeObject.of(map);
            }
        }
        throw new IllegalArgumentException("no object in " + yaml);
    }
}
