package dev.windlass.pipelines.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.MapNode;
import dev.windlass.pipelines.model.ParamValue;
import dev.windlass.pipelines.run.Condition;
import dev.windlass.pipelines.run.RunState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileRunStoreTest {

    @TempDir
    Path root;

    static RunState state(String namespace, String name, String pipeline, Condition condition, Instant started) {
        KubeObject run = KubeObject.of(MapNode.of("apiVersion", "tekton.dev/v1", "kind", "PipelineRun",
                "metadata", Map.of("name", name, "namespace", namespace),
                "spec", Map.of("pipelineRef", Map.of("name", pipeline))));
        return new RunState(run, condition, Optional.ofNullable(started), Optional.empty(), List.of(), List.of(),
                Map.of());
    }

    static final Condition DONE = new Condition("True", "Succeeded", "Tasks Completed: 1 (Failed: 0, Cancelled 0), Skipped: 0");

    @Test
    void save_thenLoad_givesTheStateBack() {
        FileRunStore store = new FileRunStore(root);
        RunState state = new RunState(state("ci", "build-1", "build", DONE, Instant.parse("2024-05-01T10:00:00Z"))
                .object(), DONE, Optional.of(Instant.parse("2024-05-01T10:00:00Z")), Optional.empty(), List.of(),
                List.of(), Map.of("digest", ParamValue.of("sha256:1")));

        store.save(state);

        assertThat(store.load("ci", "build-1")).contains(state);
        assertThat(root.resolve("runs/ci/build-1/run.yaml")).exists();
        assertThat(store.load("ci", "absent")).isEmpty();
    }

    @Test
    void save_replacesThePreviousStateAndLeavesNoTemporaryFiles() throws Exception {
        FileRunStore store = new FileRunStore(root);
        store.save(state("ci", "build-1", "build", Condition.running(), Instant.parse("2024-05-01T10:00:00Z")));
        store.save(state("ci", "build-1", "build", DONE, Instant.parse("2024-05-01T10:00:00Z")));

        assertThat(store.load("ci", "build-1").map(RunState::condition)).contains(DONE);
        try (var files = Files.list(root.resolve("runs/ci/build-1"))) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("run.yaml");
        }
    }

    @Test
    void list_isNewestFirstWithPendingRunsOnTop() {
        FileRunStore store = new FileRunStore(root);
        store.save(state("ci", "old", "build", DONE, Instant.parse("2024-05-01T09:00:00Z")));
        store.save(state("ci", "new", "build", DONE, Instant.parse("2024-05-01T11:00:00Z")));
        store.save(state("", "pending", "build", new Condition("Unknown", "PipelineRunPending", ""), null));
        store.save(state("dev", "mid", "build", DONE, Instant.parse("2024-05-01T10:00:00Z")));

        assertThat(store.list()).extracting(RunState::name).containsExactly("pending", "new", "mid", "old");
        assertThat(root.resolve("runs/default/pending/run.yaml")).exists();
    }

    @Test
    void cancel_isAMarkerAnotherProcessCanSee() {
        new FileRunStore(root).requestCancel("ci", "build-1");

        FileRunStore other = new FileRunStore(root);
        assertThat(other.cancelRequested("ci", "build-1")).isTrue();
        assertThat(other.cancelRequested("ci", "build-2")).isFalse();
    }

    @Test
    void delete_removesTheRunWithItsLogs() {
        FileRunStore store = new FileRunStore(root);
        store.save(state("ci", "build-1", "build", DONE, Instant.parse("2024-05-01T10:00:00Z")));
        new RunLogs(root, "ci", "build-1").log("build-1-fetch", "fetch", "clone", "cloning", false);

        store.delete("ci", "build-1");

        assertThat(root.resolve("runs/ci/build-1")).doesNotExist();
        assertThat(store.list()).isEmpty();
    }

    @Test
    void names_thatAreNotPlainPathSegments_areRefused() {
        FileRunStore store = new FileRunStore(root);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.load("ci", "../escape"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("../escape");
    }
}
