package dev.windlass.pipelines.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.Result;
import dev.windlass.model.tree.FieldPath;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TektonReaderRunTest {

    @Test
    void pipelineRunV1_readsEveryField() {
        Result<PipelineRun> result = TektonReader.pipelineRun(TektonYaml.object("""
                apiVersion: tekton.dev/v1
                kind: PipelineRun
                metadata: {generateName: release-}
                spec:
                  pipelineRef:
                    name: release
                  params:
                    - name: revision
                      value: main
                  status: CancelledRunFinally
                  timeouts:
                    pipeline: 2h
                    tasks: 1h
                    finally: 30m
                  taskRunTemplate:
                    serviceAccountName: builder
                    podTemplate: {nodeSelector: {a: b}}
                  workspaces:
                    - name: shared
                      volumeClaimTemplate:
                        spec: {accessModes: [ReadWriteOnce]}
                    - name: claim
                      persistentVolumeClaim: {claimName: data}
                      subPath: dir
                    - name: config
                      configMap: {name: settings}
                    - name: creds
                      secret: {secretName: token}
                    - name: scratch
                      emptyDir: {}
                    - name: both
                      projected: {sources: []}
                    - name: driver
                      csi: {driver: x}
                """));

        assertThat(result.issues()).isEmpty();
        PipelineRunSpec spec = result.value().spec();
        assertThat(spec.pipelineRef()).contains(new PipelineRef("release", Optional.empty(), List.of()));
        assertThat(spec.pipelineSpec()).isEmpty();
        assertThat(spec.params()).containsExactly(new Param("revision", ParamValue.of("main")));
        assertThat(spec.status()).isEqualTo(RunSpecStatus.CANCELLED_RUN_FINALLY);
        assertThat(spec.timeouts()).isEqualTo(new Timeouts(Optional.of(Duration.ofHours(2)),
                Optional.of(Duration.ofHours(1)), Optional.of(Duration.ofMinutes(30))));
        assertThat(spec.serviceAccountName()).isEqualTo("builder");
        assertThat(spec.workspaces()).extracting(WorkspaceBinding::name, WorkspaceBinding::source,
                WorkspaceBinding::sourceName, WorkspaceBinding::subPath).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("shared", WorkspaceSource.VOLUME_CLAIM_TEMPLATE, "", ""),
                        org.assertj.core.groups.Tuple.tuple("claim", WorkspaceSource.PERSISTENT_VOLUME_CLAIM, "data", "dir"),
                        org.assertj.core.groups.Tuple.tuple("config", WorkspaceSource.CONFIG_MAP, "settings", ""),
                        org.assertj.core.groups.Tuple.tuple("creds", WorkspaceSource.SECRET, "token", ""),
                        org.assertj.core.groups.Tuple.tuple("scratch", WorkspaceSource.EMPTY_DIR, "", ""),
                        org.assertj.core.groups.Tuple.tuple("both", WorkspaceSource.PROJECTED, "", ""),
                        org.assertj.core.groups.Tuple.tuple("driver", WorkspaceSource.CSI, "", ""));
        assertThat(spec.workspaces().get(0).raw().containsKey("volumeClaimTemplate")).isTrue();
    }

    @Test
    void pipelineRunV1beta1_readsTimeoutAndServiceAccountName() {
        Result<PipelineRun> result = TektonReader.pipelineRun(TektonYaml.object("""
                apiVersion: tekton.dev/v1beta1
                kind: PipelineRun
                metadata: {name: old}
                spec:
                  serviceAccountName: legacy
                  timeout: 1h0m0s
                  status: PipelineRunPending
                  pipelineSpec:
                    tasks:
                      - name: t
                        taskSpec:
                          steps:
                            - {name: s, image: alpine}
                """));

        assertThat(result.issues()).isEmpty();
        PipelineRunSpec spec = result.value().spec();
        assertThat(spec.serviceAccountName()).isEqualTo("legacy");
        assertThat(spec.timeouts()).isEqualTo(new Timeouts(Optional.of(Duration.ofHours(1)), Optional.empty(),
                Optional.empty()));
        assertThat(spec.status()).isEqualTo(RunSpecStatus.PENDING);
        assertThat(spec.pipelineSpec().orElseThrow().tasks()).extracting(PipelineTask::name).containsExactly("t");
    }

    @Test
    void pipelineRunV1beta1_timeoutAndTimeoutsTogetherIsAnError() {
        Result<PipelineRun> result = TektonReader.pipelineRun(TektonYaml.object("""
                apiVersion: tekton.dev/v1beta1
                kind: PipelineRun
                metadata: {name: old}
                spec:
                  pipelineRef: {name: p}
                  timeout: 1h
                  timeouts: {pipeline: 1h}
                """));

        assertThat(result.errors()).singleElement().satisfies(e ->
                assertThat(e.location().fieldPath()).contains(FieldPath.of("spec", "timeout")));
    }

    @Test
    void taskRunV1_readsEveryField() {
        Result<TaskRun> result = TektonReader.taskRun(TektonYaml.object("""
                apiVersion: tekton.dev/v1
                kind: TaskRun
                metadata: {name: tr}
                spec:
                  taskRef: {name: build}
                  params:
                    - {name: a, value: b}
                  serviceAccountName: sa
                  timeout: 10m
                  retries: 1
                  status: TaskRunCancelled
                  statusMessage: stop
                  workspaces:
                    - {name: w, emptyDir: {}}
                  stepSpecs: []
                  computeResources: {}
                """));

        assertThat(result.issues()).isEmpty();
        TaskRunSpec spec = result.value().spec();
        assertThat(spec.taskRef()).contains(TaskRef.task("build"));
        assertThat(spec.params()).containsExactly(new Param("a", ParamValue.of("b")));
        assertThat(spec.serviceAccountName()).isEqualTo("sa");
        assertThat(spec.timeout()).contains(Duration.ofMinutes(10));
        assertThat(spec.retries()).isEqualTo(1);
        assertThat(spec.status()).isEqualTo(RunSpecStatus.CANCELLED);
        assertThat(spec.workspaces()).extracting(WorkspaceBinding::source).containsExactly(WorkspaceSource.EMPTY_DIR);
    }

    @Test
    void taskRunV1beta1_readsEmbeddedTaskSpecAndOverrides() {
        Result<TaskRun> result = TektonReader.taskRun(TektonYaml.object("""
                apiVersion: tekton.dev/v1beta1
                kind: TaskRun
                metadata: {name: tr}
                spec:
                  stepOverrides: []
                  taskSpec:
                    steps:
                      - name: s
                        image: alpine
                        resources: {requests: {cpu: 100m}}
                """));

        assertThat(result.issues()).isEmpty();
        assertThat(result.value().spec().taskSpec().orElseThrow().steps().get(0).computeResources()).isPresent();
        assertThat(result.value().spec().status()).isEqualTo(RunSpecStatus.NONE);
    }

    @Test
    void pipelineResources_areUnsupported() {
        Result<PipelineRun> result = TektonReader.pipelineRun(TektonYaml.object("""
                apiVersion: tekton.dev/v1beta1
                kind: PipelineRun
                metadata: {name: old}
                spec:
                  pipelineRef: {name: p}
                  resources:
                    - name: source
                      resourceRef: {name: repo}
                """));

        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("tekton.unsupported");
            assertThat(e.location().fieldPath()).contains(FieldPath.of("spec", "resources"));
            assertThat(e.message()).contains("workspaces");
        });
    }
}
