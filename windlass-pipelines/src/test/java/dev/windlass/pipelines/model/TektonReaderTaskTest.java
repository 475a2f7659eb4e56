package dev.windlass.pipelines.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.Result;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TektonReaderTaskTest {

    private static final String TASK = """
            apiVersion: tekton.dev/v1
            kind: Task
            metadata:
              name: build
              namespace: ci
            spec:
              displayName: Build it
              description: builds the thing
              params:
                - name: revision
                  description: the commit
                  default: main
                - name: flags
                  type: array
                  default: [-v, --fast]
                - name: image
                  type: object
                  properties:
                    url: {type: string}
                    digest: {}
                  default: {url: registry/app, digest: sha}
                - name: mode
                  enum: [fast, slow]
                  default: fast
                - name: count
                  default: 3
              results:
                - name: digest
                  description: the digest
                - name: coords
                  type: object
                  properties:
                    x: {type: string}
                - name: list
                  type: array
              workspaces:
                - name: source
                  description: the checkout
                  mountPath: /src
                  readOnly: true
                  optional: true
              stepTemplate:
                env: [{name: HOME, value: /home}]
              volumes:
                - name: cache
                  emptyDir: {}
              sidecars:
                - name: docker
                  image: docker:dind
                  script: dockerd
              steps:
                - name: compile
                  image: golang:1.22
                  command: [go]
                  args: [build, ./...]
                  workingDir: /src
                  env:
                    - name: GOFLAGS
                      value: -mod=vendor
                    - name: TOKEN
                      valueFrom: {secretKeyRef: {name: s, key: k}}
                  onError: continue
                  timeout: 5m
                  computeResources: {limits: {cpu: "1"}}
                  results:
                    - name: commit
                - name: shell
                  image: alpine
                  script: |
                    echo hi
                - name: action
                  ref: {name: git-clone}
                  params:
                    - name: url
                      value: https://example.com/repo.git
            """;

    @Test
    void task_readsEveryField() {
        Result<Task> result = TektonReader.task(TektonYaml.object(TASK));

        assertThat(result.issues()).isEmpty();
        Task task = result.value();
        assertThat(task.name()).isEqualTo("build");
        assertThat(task.kind()).isEqualTo(TaskKind.TASK);
        TaskSpec spec = task.spec();
        assertThat(spec.displayName()).isEqualTo("Build it");
        assertThat(spec.description()).isEqualTo("builds the thing");
        assertThat(spec.raw()).isEqualTo(task.object().content().getMap("spec").orElseThrow());
        assertThat(spec.stepTemplate()).isPresent();
        assertThat(spec.volumes()).hasSize(1);
        assertThat(spec.workspaces()).containsExactly(new WorkspaceDeclaration("source", "the checkout", "/src",
                true, true));
    }

    @Test
    void task_readsParamSpecsWithTypesDefaultsPropertiesAndEnums() {
        List<ParamSpec> params = TektonReader.task(TektonYaml.object(TASK)).value().spec().params();

        assertThat(params).containsExactly(
                new ParamSpec("revision", ParamType.STRING, "the commit", Optional.of(ParamValue.of("main")),
                        Map.of(), List.of()),
                new ParamSpec("flags", ParamType.ARRAY, "", Optional.of(ParamValue.of(List.of("-v", "--fast"))),
                        Map.of(), List.of()),
                new ParamSpec("image", ParamType.OBJECT, "",
                        Optional.of(ParamValue.of(Map.of("url", "registry/app", "digest", "sha"))),
                        Map.of("url", ParamType.STRING, "digest", ParamType.STRING), List.of()),
                new ParamSpec("mode", ParamType.STRING, "", Optional.of(ParamValue.of("fast")), Map.of(),
                        List.of("fast", "slow")),
                new ParamSpec("count", ParamType.STRING, "", Optional.of(ParamValue.of("3")), Map.of(), List.of()));
    }

    @Test
    void task_readsResults() {
        List<ResultSpec> results = TektonReader.task(TektonYaml.object(TASK)).value().spec().results();

        assertThat(results).containsExactly(
                new ResultSpec("digest", ParamType.STRING, "the digest", Map.of(), Optional.empty()),
                new ResultSpec("coords", ParamType.OBJECT, "", Map.of("x", ParamType.STRING), Optional.empty()),
                new ResultSpec("list", ParamType.ARRAY, "", Map.of(), Optional.empty()));
    }

    @Test
    void task_readsStepsAndSidecars() {
        TaskSpec spec = TektonReader.task(TektonYaml.object(TASK)).value().spec();

        Step compile = spec.steps().get(0);
        assertThat(compile.name()).isEqualTo("compile");
        assertThat(compile.image()).isEqualTo("golang:1.22");
        assertThat(compile.command()).containsExactly("go");
        assertThat(compile.args()).containsExactly("build", "./...");
        assertThat(compile.workingDir()).isEqualTo("/src");
        assertThat(compile.env()).containsExactly(new EnvVar("GOFLAGS", "-mod=vendor", Optional.empty()),
                new EnvVar("TOKEN", "", Optional.of((MapNode) Node.from(Map.of("secretKeyRef",
                        Map.of("name", "s", "key", "k"))))));
        assertThat(compile.onError()).isEqualTo(OnError.CONTINUE);
        assertThat(compile.timeout()).contains(Duration.ofMinutes(5));
        assertThat(compile.computeResources()).isPresent();
        assertThat(compile.container().containsKey("computeResources")).isTrue();
        assertThat(compile.results()).containsExactly(ResultSpec.string("commit"));
        Step shell = spec.steps().get(1);
        assertThat(shell.script()).isEqualTo("echo hi\n");
        assertThat(shell.onError()).isEqualTo(OnError.STOP_AND_FAIL);
        assertThat(shell.timeout()).isEmpty();
        Step action = spec.steps().get(2);
        assertThat(action.ref()).contains("git-clone");
        assertThat(action.params()).containsExactly(new Param("url", ParamValue.of("https://example.com/repo.git")));
        assertThat(spec.sidecars()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("docker");
            assertThat(s.script()).isEqualTo("dockerd");
        });
    }

    @Test
    void clusterTask_readsAsClusterTaskKind() {
        Result<Task> result = TektonReader.task(TektonYaml.object("""
                apiVersion: tekton.dev/v1beta1
                kind: ClusterTask
                metadata: {name: shared}
                spec:
                  steps:
                    - name: run
                      image: alpine
                      resources: {limits: {memory: 1Gi}}
                """));

        assertThat(result.issues()).isEmpty();
        assertThat(result.value().kind()).isEqualTo(TaskKind.CLUSTER_TASK);
        assertThat(result.value().spec().steps().get(0).computeResources()).isPresent();
    }

    @Test
    void v1Step_resourcesIsUnknownThere() {
        Result<Task> result = TektonReader.task(TektonYaml.object("""
                apiVersion: tekton.dev/v1
                kind: Task
                metadata: {name: t}
                spec:
                  steps:
                    - name: run
                      image: alpine
                      resources: {limits: {memory: 1Gi}}
                """));

        assertThat(result.hasErrors()).isFalse();
        assertThat(result.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("tekton.unknown-field");
            assertThat(w.location().fieldPath()).contains(FieldPath.of("spec", "steps").index(0).key("resources"));
        });
        assertThat(result.value().spec().steps().get(0).container().containsKey("resources")).isTrue();
    }

    @Test
    void stepAction_readsItsStepParamsAndResults() {
        Result<StepAction> result = TektonReader.stepAction(TektonYaml.object("""
                apiVersion: tekton.dev/v1beta1
                kind: StepAction
                metadata: {name: git-clone}
                spec:
                  description: clones
                  image: alpine/git
                  command: [git]
                  args: [clone, $(params.url)]
                  workingDir: /w
                  env: [{name: A, value: b}]
                  script: ""
                  params:
                    - name: url
                  results:
                    - name: commit
                """));

        assertThat(result.issues()).isEmpty();
        StepAction action = result.value();
        assertThat(action.name()).isEqualTo("git-clone");
        assertThat(action.step().image()).isEqualTo("alpine/git");
        assertThat(action.step().command()).containsExactly("git");
        assertThat(action.step().args()).containsExactly("clone", "$(params.url)");
        assertThat(action.step().workingDir()).isEqualTo("/w");
        assertThat(action.step().env()).containsExactly(new EnvVar("A", "b", Optional.empty()));
        assertThat(action.params()).containsExactly(ParamSpec.string("url"));
    }

    @Test
    void taskSpec_readsAnEmbeddedTreeWithIssuesAtItsPlace() {
        var owner = TektonYaml.object(TASK);
        FieldPath at = FieldPath.of("spec", "pipelineSpec", "tasks").index(1).key("taskSpec");
        MapNode spec = (MapNode) Node.from(Map.of("metadata", Map.of("labels", Map.of("a", "b")),
                "steps", List.of(Map.of("name", "s", "image", "alpine", "bogus", 1))));

        Result<TaskSpec> result = TektonReader.taskSpec(spec, owner, at);

        assertThat(result.value().steps()).hasSize(1);
        assertThat(result.issues()).singleElement().satisfies(i ->
                assertThat(i.location().fieldPath()).contains(at.key("steps").index(0).key("bogus")));
    }
}
