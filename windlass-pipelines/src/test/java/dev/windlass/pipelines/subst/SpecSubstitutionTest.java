package dev.windlass.pipelines.subst;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.KubeObject;
import dev.windlass.model.Result;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.pipelines.model.OnError;
import dev.windlass.pipelines.model.ParamValue;
import dev.windlass.pipelines.model.PipelineRun;
import dev.windlass.pipelines.model.PipelineSpec;
import dev.windlass.pipelines.model.PipelineTask;
import dev.windlass.pipelines.model.Step;
import dev.windlass.pipelines.model.StepAction;
import dev.windlass.pipelines.model.TaskRun;
import dev.windlass.pipelines.model.TaskSpec;
import dev.windlass.pipelines.model.TektonReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Substitution end to end: objects read with {@link TektonReader}, substituted, read again. */
class SpecSubstitutionTest {

    private static final TaskContext CONTEXT = new TaskContext(
            new TaskContext.RunNames("hello-run", "ci", "uid-1", "hello", "", "", "", "", ""),
            Map.of("src", new TaskContext.WorkspacePath("/tmp/ws/src", "", "ws-src")),
            "/tmp/run/results", "/tmp/run/steps", "/tmp/run/creds", 0);

    static <T> T read(Result<T> result) {
        assertThat(result.errors()).isEmpty();
        return result.value();
    }

    static TaskRun taskRun(String yaml) {
        return read(TektonReader.taskRun(KubeObject.of(Yaml.map(yaml))));
    }

    @Test
    void taskRun_embeddedSpecIsSubstitutedAndReadAgain() {
        TaskRun run = taskRun("""
                apiVersion: tekton.dev/v1
                kind: TaskRun
                metadata: {name: hello-run, namespace: ci}
                spec:
                  params:
                    - {name: words, value: [hello, world]}
                    - {name: mode, value: continue}
                  workspaces:
                    - {name: src, emptyDir: {}}
                  taskSpec:
                    params:
                      - {name: words, type: array}
                      - {name: mode, default: stopAndFail}
                      - {name: greeting, default: "hi $(params.mode)"}
                    workspaces:
                      - {name: src}
                    results:
                      - {name: out}
                    steps:
                      - name: say
                        image: alpine:$(params.words[0])
                        onError: $(params.mode)
                        command: [echo]
                        args: ["$(params.words[*])", "$(context.taskRun.name)"]
                        workingDir: $(workspaces.src.path)
                        env:
                          - {name: OUT, value: $(results.out.path)}
                          - {name: GREETING, value: $(params.greeting)}
                """);
        TaskSpec spec = read(TaskSubstitution.apply(run.spec().taskSpec().orElseThrow(), run.spec().params(), CONTEXT,
                run.object(), FieldPath.of("spec", "params")));
        Step step = spec.steps().get(0);
        assertThat(step.image()).isEqualTo("alpine:hello");
        assertThat(step.onError()).isEqualTo(OnError.CONTINUE);
        assertThat(step.args()).containsExactly("hello", "world", "hello-run");
        assertThat(step.workingDir()).isEqualTo("/tmp/ws/src");
        assertThat(step.env()).extracting(env -> env.value())
                .containsExactly("/tmp/run/results/out", "hi stopAndFail");
    }

    @Test
    void taskRun_missingParamIsLocatedAtTheRunsParams() {
        TaskRun run = taskRun("""
                apiVersion: tekton.dev/v1
                kind: TaskRun
                metadata: {name: r}
                spec:
                  taskSpec:
                    params: [{name: url}]
                    steps: [{name: s, image: alpine, script: "echo $(params.url)"}]
                """);
        Result<TaskSpec> out = TaskSubstitution.apply(run.spec().taskSpec().orElseThrow(), run.spec().params(), CONTEXT,
                run.object(), FieldPath.of("spec", "params"));
        assertThat(out.errors()).singleElement().satisfies(issue -> {
            assertThat(issue.message()).contains("param \"url\" of task has no default");
            assertThat(issue.location().field()).hasToString("spec.params");
        });
    }

    static PipelineRun pipelineRun(String yaml) {
        return read(TektonReader.pipelineRun(KubeObject.of(Yaml.map(yaml))));
    }

    @Test
    void pipelineRun_propagatesParamsWithTheTasksOwnWinning() {
        PipelineRun run = pipelineRun("""
                apiVersion: tekton.dev/v1
                kind: PipelineRun
                metadata: {name: pr, namespace: ci}
                spec:
                  params:
                    - {name: HELLO, value: "Pipeline Hello"}
                  pipelineSpec:
                    params: [{name: HELLO}]
                    tasks:
                      - name: own
                        params: [{name: HELLO, value: "Task Hello"}]
                        taskSpec:
                          params: [{name: HELLO}]
                          steps: [{name: echo, image: alpine, script: "echo $(params.HELLO)"}]
                      - name: inherited
                        taskSpec:
                          params: [{name: HELLO, default: "Default Hello"}]
                          steps: [{name: echo, image: alpine, script: "echo $(params.HELLO) in $(context.pipelineRun.name)"}]
                """);
        PipelineSpec spec = read(PipelineSubstitution.applyParams(run.spec().pipelineSpec().orElseThrow(),
                run.spec().params(), new PipelineContext("pr", "ci", "uid", "pr"), run.object()));
        assertThat(spec.tasks()).extracting(task -> task.taskSpec().orElseThrow().steps().get(0).script())
                .containsExactly("echo Task Hello", "echo Pipeline Hello in pr");
    }

    @Test
    void pipelineTask_resultsAreAppliedAndReadAgain() {
        PipelineRun run = pipelineRun("""
                apiVersion: tekton.dev/v1
                kind: PipelineRun
                metadata: {name: pr}
                spec:
                  pipelineSpec:
                    tasks:
                      - name: build
                        taskSpec: {results: [{name: files, type: array}], steps: [{name: s, image: alpine, script: "true"}]}
                      - name: test
                        params:
                          - {name: files, value: ["$(tasks.build.results.files[*])"]}
                          - {name: first, value: "$(tasks.build.results.files[0])"}
                        taskSpec:
                          params: [{name: files, type: array}, {name: first}]
                          steps: [{name: s, image: alpine, args: ["$(params.files[*])"]}]
                """);
        PipelineTask test = run.spec().pipelineSpec().orElseThrow().tasks().get(1);
        PipelineTask applied = read(PipelineSubstitution.applyResults(test,
                Map.of("build", Map.of("files", ParamValue.of(List.of("a.go", "b.go")))), run.object()));
        assertThat(applied.params()).extracting(param -> param.value())
                .containsExactly(ParamValue.of(List.of("a.go", "b.go")), ParamValue.of("a.go"));
    }

    @Test
    void pipelineTask_matrixLengthsAreApplied() {
        PipelineRun run = pipelineRun("""
                apiVersion: tekton.dev/v1
                kind: PipelineRun
                metadata: {name: pr}
                spec:
                  pipelineSpec:
                    tasks:
                      - name: report
                        displayName: "$(tasks.build.matrix.length) builds"
                        params:
                          - {name: n, value: "$(tasks.build.matrix.digest.length)"}
                        taskSpec:
                          params: [{name: n}]
                          steps: [{name: s, image: alpine, script: "true"}]
                """);
        PipelineTask report = run.spec().pipelineSpec().orElseThrow().tasks().get(0);
        PipelineTask applied = read(PipelineSubstitution.applyMatrixContext(report, Map.of("build", 6),
                Map.of("build", Map.of("digest", 4)), run.object()));
        assertThat(applied.displayName()).isEqualTo("6 builds");
        assertThat(applied.params()).extracting(param -> param.value()).containsExactly(ParamValue.of("4"));
    }

    @Test
    void stepActions_inlineAStepActionReadFromYaml() {
        StepAction action = read(TektonReader.stepAction(KubeObject.of(Yaml.map("""
                apiVersion: tekton.dev/v1beta1
                kind: StepAction
                metadata: {name: greet}
                spec:
                  params:
                    - {name: who}
                    - {name: greeting, default: hello}
                  results: [{name: said}]
                  image: alpine
                  env:
                    - {name: WHO, value: $(params.who)}
                    - {name: GREETING, value: $(params.greeting)}
                  script: echo "$GREETING $WHO" | tee $(step.results.said.path)
                """))));
        TaskRun run = taskRun("""
                apiVersion: tekton.dev/v1
                kind: TaskRun
                metadata: {name: hello-run}
                spec:
                  params: [{name: name, value: Ada}]
                  taskSpec:
                    params: [{name: name}]
                    steps:
                      - name: hi
                        ref: {name: greet}
                        params: [{name: who, value: $(params.name)}]
                """);
        TaskSpec spec = run.spec().taskSpec().orElseThrow();
        TaskSpec inlined = read(StepActions.inline(spec, name -> Optional.of(action).filter(a -> a.name().equals(name)),
                run.object(), FieldPath.of("spec", "taskSpec")));
        TaskSpec applied = read(TaskSubstitution.apply(inlined, run.spec().params(), CONTEXT, run.object(),
                FieldPath.of("spec", "params")));
        Step step = applied.steps().get(0);
        assertThat(step.name()).isEqualTo("hi");
        assertThat(step.ref()).isEmpty();
        assertThat(step.image()).isEqualTo("alpine");
        assertThat(step.env()).extracting(env -> env.value()).containsExactly("Ada", "hello");
        assertThat(step.script()).isEqualTo("echo \"$GREETING $WHO\" | tee /tmp/run/steps/step-hi/results/said");
        assertThat(step.results()).extracting(result -> result.name()).containsExactly("said");
    }
}
