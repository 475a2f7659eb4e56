package dev.windlass.pipelines.control;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.MapNode;
import dev.windlass.pipelines.run.Condition;
import dev.windlass.pipelines.run.RunState;
import dev.windlass.pipelines.store.FileRunStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetentionTest {

    private static final Condition DONE = new Condition("True", "Succeeded", "");
    private static final Condition FAILED = new Condition("False", "Failed", "");

    @TempDir
    Path root;

    private static RunState run(String kind, String name, String target, Condition condition, int hour) {
        String ref = "TaskRun".equals(kind) ? "taskRef" : "pipelineRef";
        KubeObject object = KubeObject.of(MapNode.of("apiVersion", "tekton.dev/v1", "kind", kind,
                "metadata", Map.of("name", name, "namespace", "ci"), "spec", Map.of(ref, Map.of("name", target))));
        return new RunState(object, condition, Optional.of(Instant.parse("2024-05-01T00:00:00Z").plusSeconds(hour * 3600L)),
                Optional.empty(), List.of(), List.of(), Map.of());
    }

    @Test
    void prune_keepsTheNewestFinishedRunsPerPipelineAndNeverAnUnfinishedOne() {
        FileRunStore store = new FileRunStore(root);
        store.save(run("PipelineRun", "build-1", "build", Condition.running(), 1));
        store.save(run("PipelineRun", "build-2", "build", DONE, 2));
        store.save(run("PipelineRun", "build-3", "build", FAILED, 3));
        store.save(run("PipelineRun", "build-4", "build", DONE, 4));
        store.save(run("PipelineRun", "deploy-1", "deploy", DONE, 1));
        store.save(run("TaskRun", "build-tr", "build", DONE, 0));

        List<RunState> pruned = Retention.prune(store, 2);

        assertThat(pruned).extracting(RunState::name).containsExactly("build-2");
        assertThat(store.list()).extracting(RunState::name)
                .containsExactly("build-4", "build-3", "build-1", "deploy-1", "build-tr");
    }

    @Test
    void prune_toZero_leavesOnlyUnfinishedRuns() {
        FileRunStore store = new FileRunStore(root);
        store.save(run("TaskRun", "unit-1", "unit", DONE, 1));
        store.save(run("TaskRun", "unit-2", "unit", Condition.running(), 2));

        Retention.prune(store, 0);

        assertThat(store.list()).extracting(RunState::name).containsExactly("unit-2");
    }

    @Test
    void group_prefersTheLabelThenTheRefThenGenerateName() {
        KubeObject labelled = KubeObject.of(MapNode.of("kind", "PipelineRun", "metadata", Map.of("name", "x",
                "namespace", "ci", "labels", Map.of("tekton.dev/pipeline", "p1")), "spec",
                Map.of("pipelineRef", Map.of("name", "p2"))));
        KubeObject embedded = KubeObject.of(MapNode.of("kind", "PipelineRun", "metadata", Map.of("name", "ci-abcde",
                "generateName", "ci-", "namespace", "ci"), "spec", Map.of("pipelineSpec", Map.of())));

        assertThat(Retention.group(labelled)).isEqualTo("PipelineRun/ci/p1");
        assertThat(Retention.group(labelled.withContent(labelled.content().without("metadata")
                .with("metadata", MapNode.of("name", "x", "namespace", "ci"))))).isEqualTo("PipelineRun/ci/p2");
        assertThat(Retention.group(embedded)).isEqualTo("PipelineRun/ci/ci-");
    }
}
