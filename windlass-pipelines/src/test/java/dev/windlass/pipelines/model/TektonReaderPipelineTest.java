package dev.windlass.pipelines.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.Result;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TektonReaderPipelineTest {

    private static final String PIPELINE = """
            apiVersion: tekton.dev/v1
            kind: Pipeline
            metadata: {name: release}
            spec:
              displayName: Release
              description: ships it
              params:
                - name: platforms
                  type: array
                - name: revision
                - name: mode
              workspaces:
                - name: shared
                  description: the checkout
                  optional: true
              results:
                - name: digest
                  value: $(tasks.build.results.digest)
                - name: all
                  type: array
                  value: [a, $(tasks.build.results.digest)]
              tasks:
                - name: fetch
                  displayName: Fetch
                  taskRef:
                    resolver: git
                    params:
                      - name: url
                        value: https://example.com/catalog.git
                - name: build
                  taskRef: {name: build, kind: ClusterTask, apiVersion: tekton.dev/v1beta1}
                  params:
                    - name: revision
                      value: $(params.revision)
                    - name: flags
                      value: [-v]
                    - name: image
                      value: {url: x}
                  workspaces:
                    - name: source
                      workspace: shared
                      subPath: src
                  runAfter: [fetch]
                  when:
                    - input: $(params.mode)
                      operator: notin
                      values: [skip]
                    - cel: "'$(params.mode)' == 'fast'"
                  retries: 2
                  timeout: 1h30m
                  matrix:
                    params:
                      - name: platform
                        value: $(params.platforms[*])
                    include:
                      - name: extra
                        params:
                          - name: platform
                            value: s390x
                - name: inline
                  taskSpec:
                    metadata: {labels: {a: b}}
                    steps:
                      - name: echo
                        image: alpine
                        script: echo
              finally:
                - name: notify
                  taskRef: {name: notify}
            """;

    @Test
    void pipeline_readsEveryField() {
        Result<Pipeline> result = TektonReader.pipeline(TektonYaml.object(PIPELINE));

        assertThat(result.issues()).isEmpty();
        PipelineSpec spec = result.value().spec();
        assertThat(result.value().name()).isEqualTo("release");
        assertThat(spec.displayName()).isEqualTo("Release");
        assertThat(spec.description()).isEqualTo("ships it");
        assertThat(spec.params()).containsExactly(new ParamSpec("platforms", ParamType.ARRAY, "", Optional.empty(),
                Map.of(), List.of()), ParamSpec.string("revision"), ParamSpec.string("mode"));
        assertThat(spec.workspaces()).containsExactly(new WorkspaceDeclaration("shared", "the checkout", "", false, true));
        assertThat(spec.results()).containsExactly(
                new ResultSpec("digest", ParamType.STRING, "", Map.of(),
                        Optional.of(ParamValue.of("$(tasks.build.results.digest)"))),
                new ResultSpec("all", ParamType.ARRAY, "", Map.of(),
                        Optional.of(ParamValue.of(List.of("a", "$(tasks.build.results.digest)")))));
        assertThat(spec.tasks()).extracting(PipelineTask::name).containsExactly("fetch", "build", "inline");
        assertThat(spec.finallyTasks()).extracting(PipelineTask::name).containsExactly("notify");
    }

    @Test
    void pipelineTask_readsRefsParamsWorkspacesOrderingGuardsRetriesTimeoutAndMatrix() {
        PipelineSpec spec = TektonReader.pipeline(TektonYaml.object(PIPELINE)).value().spec();

        PipelineTask fetch = spec.tasks().get(0);
        assertThat(fetch.displayName()).isEqualTo("Fetch");
        assertThat(fetch.taskRef()).contains(new TaskRef("", TaskKind.TASK, "", Optional.of("git"),
                List.of(new Param("url", ParamValue.of("https://example.com/catalog.git")))));
        PipelineTask build = spec.tasks().get(1);
        assertThat(build.taskRef()).contains(new TaskRef("build", TaskKind.CLUSTER_TASK, "tekton.dev/v1beta1",
                Optional.empty(), List.of()));
        assertThat(build.params()).containsExactly(new Param("revision", ParamValue.of("$(params.revision)")),
                new Param("flags", ParamValue.of(List.of("-v"))), new Param("image", ParamValue.of(Map.of("url", "x"))));
        assertThat(build.workspaces()).containsExactly(new WorkspacePipelineTaskBinding("source", "shared", "src"));
        assertThat(build.runAfter()).containsExactly("fetch");
        assertThat(build.when()).containsExactly(
                new WhenExpression("$(params.mode)", WhenOperator.NOT_IN, List.of("skip"), Optional.empty()),
                new WhenExpression("", WhenOperator.IN, List.of(), Optional.of("'$(params.mode)' == 'fast'")));
        assertThat(build.retries()).isEqualTo(2);
        assertThat(build.timeout()).contains(Duration.ofMinutes(90));
        assertThat(build.matrix()).contains(new Matrix(
                List.of(new Param("platform", ParamValue.of("$(params.platforms[*])"))),
                List.of(new MatrixInclude("extra", List.of(new Param("platform", ParamValue.of("s390x")))))));
        assertThat(build.raw().getText("name")).contains("build");
        PipelineTask inline = spec.tasks().get(2);
        assertThat(inline.taskRef()).isEmpty();
        assertThat(inline.taskSpec().orElseThrow().steps()).extracting(Step::name).containsExactly("echo");
        assertThat(inline.retries()).isZero();
        assertThat(inline.timeout()).isEmpty();
        assertThat(inline.matrix()).isEmpty();
    }

    @Test
    void pipelineTask_rereadsARewrittenEntry() {
        var owner = TektonYaml.object(PIPELINE);
        var path = dev.windlass.model.tree.FieldPath.of("spec", "tasks").index(1);
        var raw = TektonReader.pipeline(owner).value().spec().tasks().get(1).raw()
                .with("retries", dev.windlass.model.tree.Node.of(5));

        Result<PipelineTask> result = TektonReader.pipelineTask(raw, owner, path);

        assertThat(result.issues()).isEmpty();
        assertThat(result.value().retries()).isEqualTo(5);
    }

    @Test
    void pipelineSpec_readsAnEmbeddedSpec() {
        var owner = TektonYaml.object(PIPELINE);
        var raw = owner.content().getMap("spec").orElseThrow();

        Result<PipelineSpec> result = TektonReader.pipelineSpec(raw, owner,
                dev.windlass.model.tree.FieldPath.of("spec", "pipelineSpec"));

        assertThat(result.issues()).isEmpty();
        assertThat(result.value().tasks()).hasSize(3);
    }
}
