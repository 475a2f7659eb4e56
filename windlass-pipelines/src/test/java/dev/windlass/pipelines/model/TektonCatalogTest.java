package dev.windlass.pipelines.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.Result;
import org.junit.jupiter.api.Test;

class TektonCatalogTest {

    private static final String OBJECTS = """
            apiVersion: tekton.dev/v1
            kind: Task
            metadata: {name: build, namespace: ci}
            spec:
              steps: [{name: s, image: alpine}]
            ---
            apiVersion: tekton.dev/v1
            kind: Task
            metadata: {name: lint}
            spec:
              steps: [{name: s, image: alpine}]
            ---
            apiVersion: tekton.dev/v1beta1
            kind: ClusterTask
            metadata: {name: build}
            spec:
              steps: [{name: s, image: busybox}]
            ---
            apiVersion: tekton.dev/v1
            kind: Pipeline
            metadata: {name: release}
            spec:
              tasks: [{name: b, taskRef: {name: build}}]
            ---
            apiVersion: tekton.dev/v1beta1
            kind: StepAction
            metadata: {name: clone, namespace: ci}
            spec: {image: alpine/git}
            ---
            apiVersion: tekton.dev/v1
            kind: PipelineRun
            metadata: {generateName: release-}
            spec: {pipelineRef: {name: release}}
            ---
            apiVersion: tekton.dev/v1
            kind: PipelineRun
            metadata: {generateName: release-}
            spec: {pipelineRef: {name: release}}
            ---
            apiVersion: tekton.dev/v1
            kind: TaskRun
            metadata: {name: once}
            spec: {taskRef: {name: lint}}
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: settings, namespace: ci}
            data: {a: b}
            """;

    private TektonCatalog catalog() {
        Result<TektonCatalog> result = TektonCatalog.of(TektonYaml.objects("all.yaml", OBJECTS));
        assertThat(result.issues()).isEmpty();
        return result.value();
    }

    @Test
    void task_findsByNamespaceAndNameAndKind() {
        TektonCatalog catalog = catalog();

        assertThat(catalog.task(TaskKind.TASK, "ci", "build")).map(Task::name).contains("build");
        assertThat(catalog.task(TaskKind.TASK, "ci", "build").orElseThrow().kind()).isEqualTo(TaskKind.TASK);
        assertThat(catalog.task(TaskKind.TASK, "other", "build")).isEmpty();
        assertThat(catalog.task(TaskKind.CLUSTER_TASK, "anywhere", "build").orElseThrow().kind())
                .isEqualTo(TaskKind.CLUSTER_TASK);
        assertThat(catalog.task(TaskKind.CLUSTER_TASK, "ci", "lint")).isEmpty();
    }

    @Test
    void task_withoutNamespaceMatchesAnyNamespace() {
        TektonCatalog catalog = catalog();

        assertThat(catalog.task(TaskKind.TASK, "ci", "lint")).isPresent();
        assertThat(catalog.task(TaskKind.TASK, "prod", "lint")).isPresent();
        assertThat(catalog.pipeline("prod", "release")).isPresent();
    }

    @Test
    void stepActionAndRunsAndOtherObjects_areKept() {
        TektonCatalog catalog = catalog();

        assertThat(catalog.stepAction("ci", "clone")).map(a -> a.step().image()).contains("alpine/git");
        assertThat(catalog.stepAction("prod", "clone")).isEmpty();
        assertThat(catalog.pipelineRuns()).hasSize(2);
        assertThat(catalog.taskRuns()).extracting(TaskRun::name).containsExactly("once");
        assertThat(catalog.object("ConfigMap", "ci", "settings")).isPresent();
        assertThat(catalog.object("ConfigMap", "prod", "settings")).isEmpty();
    }

    @Test
    void of_reportsDuplicateObjects() {
        Result<TektonCatalog> result = TektonCatalog.of(TektonYaml.objects("dup.yaml", """
                apiVersion: tekton.dev/v1
                kind: Task
                metadata: {name: build}
                spec: {steps: [{name: s, image: alpine}]}
                ---
                apiVersion: tekton.dev/v1
                kind: Task
                metadata: {name: build}
                spec: {steps: [{name: s, image: busybox}]}
                """));

        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("tekton.duplicate");
            assertThat(e.message()).contains("duplicate Task \"build\"");
            assertThat(e.format()).startsWith("dup.yaml:8");
        });
    }

    @Test
    void with_replacesObjectsOfTheSameKey() {
        TektonCatalog catalog = catalog();

        Result<TektonCatalog> more = catalog.with(TektonYaml.objects("more.yaml", """
                apiVersion: tekton.dev/v1
                kind: Task
                metadata: {name: build, namespace: ci}
                spec: {steps: [{name: s, image: replaced}]}
                """));

        assertThat(more.issues()).isEmpty();
        assertThat(more.value().task(TaskKind.TASK, "ci", "build").orElseThrow().spec().steps().get(0).image())
                .isEqualTo("replaced");
        assertThat(catalog.task(TaskKind.TASK, "ci", "build").orElseThrow().spec().steps().get(0).image())
                .isEqualTo("alpine");
    }

    @Test
    void of_carriesReadIssuesOfItsObjects() {
        Result<TektonCatalog> result = TektonCatalog.of(TektonYaml.objects("bad.yaml", """
                apiVersion: tekton.dev/v1
                kind: Pipeline
                metadata: {name: p}
                spec:
                  tasks: [{name: b, taskRef: {name: build}, timeout: soon}]
                """));

        assertThat(result.errors()).singleElement().satisfies(e ->
                assertThat(e.format()).contains("spec.tasks[0].timeout").contains("soon"));
        assertThat(result.value().pipeline("", "p")).isPresent();
    }
}
