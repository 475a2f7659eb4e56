package dev.windlass.pipelines.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.KubeObject;
import dev.windlass.pipelines.local.LocalTaskExecutor;
import dev.windlass.pipelines.model.ParamValue;
import dev.windlass.pipelines.store.FileRunStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The runner with the real local executor and file store: results, finally statuses, pipeline results, resume. */
@Timeout(60)
class PipelineRunnerLocalTest {

    private static final String PIPELINE_RUN = """
            apiVersion: tekton.dev/v1
            kind: PipelineRun
            metadata:
              name: local-1
              namespace: ci
            spec:
              params:
                - name: greeting
                  value: hello
              workspaces:
                - name: shared
                  emptyDir: {}
              pipelineSpec:
                params:
                  - name: greeting
                workspaces:
                  - name: shared
                results:
                  - name: said
                    value: $(tasks.write.results.text)
                tasks:
                  - name: write
                    workspaces:
                      - name: out
                        workspace: shared
                    taskSpec:
                      workspaces:
                        - name: out
                      results:
                        - name: text
                      steps:
                        - name: write
                          image: alpine
                          script: |
                            printf '%s' "$(params.greeting) world" > $(workspaces.out.path)/msg
                            printf '%s' "$(params.greeting) world" > $(results.text.path)
                  - name: read
                    params:
                      - name: text
                        value: $(tasks.write.results.text)
                    taskSpec:
                      params:
                        - name: text
                      steps:
                        - name: check
                          image: alpine
                          script: |
                            test "$(params.text)" = "hello world"
                finally:
                  - name: report
                    params:
                      - name: status
                        value: $(tasks.status)
                    taskSpec:
                      params:
                        - name: status
                      results:
                        - name: seen
                      steps:
                        - name: report
                          image: alpine
                          script: printf '%s' "$(params.status)" > $(results.seen.path)
            """;

    @TempDir
    Path dir;

    @Test
    void local_runsAPipelineWithResultsWorkspacesAndFinally() {
        List<String> notes = new CopyOnWriteArrayList<>();
        FileRunStore store = new FileRunStore(dir.resolve("runs"));
        RunState end = runner(store, notes).run(PipelineRunnerTest.object(PIPELINE_RUN));

        assertThat(end.condition().reason()).as(end.condition().message()).isEqualTo("Succeeded");
        assertThat(end.results()).containsEntry("said", ParamValue.of("hello world"));
        assertThat(end.children()).filteredOn(c -> c.pipelineTask().equals("report")).singleElement()
                .satisfies(c -> assertThat(c.results()).containsEntry("seen", ParamValue.of("Succeeded")));
        assertThat(store.load("ci", "local-1")).map(RunState::condition).contains(end.condition());
    }

    @Test
    void local_resumesFromTheFileStoreWithoutRerunningFinishedTasks() {
        FileRunStore store = new FileRunStore(dir.resolve("runs"));
        KubeObject object = PipelineRunnerTest.object(PIPELINE_RUN);
        Map<String, ParamValue> written = Map.of("text", ParamValue.of("hello world"));
        ChildRun write = new ChildRun("local-1-write", "write", false, Optional.empty(),
                new Condition("True", "Succeeded", ""), Optional.of(java.time.Instant.now()),
                Optional.of(java.time.Instant.now()), written, List.of(), List.of());
        ChildRun read = new ChildRun("local-1-read", "read", false, Optional.empty(), Condition.running(),
                Optional.of(java.time.Instant.now()), Optional.empty(), Map.of(), List.of(), List.of());
        store.save(new RunState(object, Condition.running(), Optional.of(java.time.Instant.now()), Optional.empty(),
                List.of(write, read), List.of(), Map.of()));
        List<String> started = new CopyOnWriteArrayList<>();
        TaskExecutor local = LocalTaskExecutor.builder().workRoot(dir.resolve("work")).build();
        TaskExecutor recording = (request, listener, cancellation) -> {
            started.add(request.taskRunName());
            return local.execute(request, listener, cancellation);
        };

        RunState end = PipelineRunner.builder().executor(recording).store(store).build().run(object);

        assertThat(started).containsExactly("local-1-read", "local-1-report");
        assertThat(end.condition().reason()).as(end.condition().message()).isEqualTo("Succeeded");
    }

    @Test
    void local_inlinesStepActionsBeforeTheExecutorRunsTheSteps() {
        KubeObject action = PipelineRunnerTest.object("""
                apiVersion: tekton.dev/v1beta1
                kind: StepAction
                metadata: {name: greet, namespace: ci}
                spec:
                  params: [{name: who, default: nobody}]
                  results: [{name: said}]
                  image: alpine
                  script: |
                    printf 'hi %s' "$(params.who)" > $(step.results.said.path)
                """);
        KubeObject run = PipelineRunnerTest.object("""
                apiVersion: tekton.dev/v1
                kind: TaskRun
                metadata: {name: actions-1, namespace: ci}
                spec:
                  taskSpec:
                    results: [{name: out}]
                    steps:
                    - name: greet
                      ref: {name: greet}
                      params: [{name: who, value: tekton}]
                    - name: copy
                      image: alpine
                      env: [{name: SAID, value: $(steps.greet.results.said)}]
                      script: printf '%s' "$SAID" > $(results.out.path)
                """);
        RunState end = PipelineRunner.builder()
                .catalog(dev.windlass.pipelines.model.TektonCatalog.of(List.of(action)).value())
                .executor(LocalTaskExecutor.builder().workRoot(dir.resolve("work")).build())
                .store(new FileRunStore(dir.resolve("runs"))).build().run(run);

        assertThat(end.condition().reason()).as(end.condition().message()).isEqualTo("Succeeded");
        assertThat(end.results()).containsEntry("out", ParamValue.of("hi tekton"));
    }

    @Test
    void local_failsATaskRunWhoseStepActionIsMissing_withoutRunningIt() {
        KubeObject run = PipelineRunnerTest.object("""
                apiVersion: tekton.dev/v1
                kind: TaskRun
                metadata: {name: actions-2, namespace: ci}
                spec:
                  taskSpec:
                    steps:
                    - {name: greet, ref: {name: absent}}
                """);
        RunState end = PipelineRunner.builder()
                .executor(LocalTaskExecutor.builder().workRoot(dir.resolve("work")).build())
                .store(new FileRunStore(dir.resolve("runs"))).build().run(run);

        assertThat(end.condition().isSucceeded()).isFalse();
        assertThat(end.condition().message()).contains("absent");
    }

    private PipelineRunner runner(FileRunStore store, List<String> notes) {
        RunListener listener = new RunListener() {
            @Override
            public void note(String message) {
                notes.add(message);
            }
        };
        return PipelineRunner.builder().executor(LocalTaskExecutor.builder().workRoot(dir.resolve("work")).build())
                .store(store).listener(listener).parallelism(2).build();
    }
}
