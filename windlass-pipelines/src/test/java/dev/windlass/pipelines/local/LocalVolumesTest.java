package dev.windlass.pipelines.local;

import static dev.windlass.pipelines.local.Fixtures.command;
import static dev.windlass.pipelines.local.Fixtures.executor;
import static dev.windlass.pipelines.local.Fixtures.request;
import static dev.windlass.pipelines.local.Fixtures.result;
import static dev.windlass.pipelines.local.Fixtures.script;
import static dev.windlass.pipelines.local.Fixtures.withContainer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.tree.MapNode;
import dev.windlass.pipelines.model.OnError;
import dev.windlass.pipelines.model.ParamType;
import dev.windlass.pipelines.model.ParamValue;
import dev.windlass.pipelines.model.WorkspaceDeclaration;
import dev.windlass.pipelines.run.Cancellation;
import dev.windlass.pipelines.run.TaskRunOutcome;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Task volumes and volumeMounts, custom workspace mount paths, stdoutConfig and sidecar probes. */
@Timeout(30)
class LocalVolumesTest {

    @TempDir
    Path root;

    private final Fixtures.Recorder listener = new Fixtures.Recorder();

    private static MapNode mounts(String volume, String mountPath) {
        return MapNode.of("volumeMounts", List.of(Map.of("name", volume, "mountPath", mountPath)));
    }

    private TaskRunOutcome run(Fixtures.Request request) {
        return executor(root).execute(request.timeout(Duration.ofSeconds(20)).build(), listener, Cancellation.NONE);
    }

    @Test
    void volumeMounts_letStepsShareAVolumeUnderDifferentPaths() {
        var write = withContainer(script("write", "echo some stuff > /im/a/custom/mount/path/file"),
                mounts("custom", "/im/a/custom/mount/path"));
        var read = withContainer(script("read", "grep stuff /short/and/stout/file"), mounts("custom", "/short/and/stout"));
        var spec = new Fixtures.Task(List.of(write, read))
                .volumes(MapNode.of("name", "custom", "emptyDir", Map.of())).spec();

        TaskRunOutcome outcome = run(request("tr-vol", spec));

        assertThat(outcome.condition().isSucceeded()).isTrue();
        assertThat(listener.lines()).containsExactly("read: some stuff");
    }

    @Test
    void configMapVolume_isMountedAsFiles() {
        var config = Fixtures.object("ConfigMap", "cfg", Map.of("data", Map.of("test.data", "tasks are my jam")));
        var step = withContainer(script("check", "cat /config/test.data"), mounts("config-volume", "/config"));
        var spec = new Fixtures.Task(List.of(step)).volumes(MapNode.of("name", "config-volume",
                "configMap", Map.of("name", "cfg"))).spec();

        run(request("tr-cmvol", spec).objects(Fixtures.objects(config)));

        assertThat(listener.lines()).containsExactly("check: tasks are my jam");
    }

    @Test
    void volumeMount_ofAnUndeclaredVolume_failsNamingIt() {
        var step = withContainer(script("s", "true"), mounts("ghost", "/ghost"));

        TaskRunOutcome outcome = run(request("tr-ghost", Fixtures.task(List.of(step))));

        assertThat(outcome.condition().reason()).isEqualTo("TaskRunValidationFailed");
        assertThat(outcome.condition().message()).contains("mounts volume \"ghost\"");
    }

    @Test
    void workspaceWithCustomMountPath_isReachableThere() {
        var spec = new Fixtures.Task(List.of(script("w", "echo cfg > /kaniko/.docker/config.json\n"
                + "cat /workspace/docker/config.json 2>/dev/null || echo not-at-default")))
                .workspaces(new WorkspaceDeclaration("docker", "", "/kaniko/.docker", false, false)).spec();

        TaskRunOutcome outcome = run(request("tr-mountpath", spec).workspaces(Fixtures.emptyDir("docker")));

        assertThat(outcome.condition().isSucceeded()).isTrue();
        assertThat(listener.lines()).containsExactly("w: cfg");
    }

    @Test
    void stdoutConfig_copiesOutputVerbatimToAResultFile() {
        var step = withContainer(command("digest", List.of("printf"), List.of("sha256:abc")),
                MapNode.of("stdoutConfig", Map.of("path", "/tekton/results/digest")));
        var failing = Fixtures.withOnError(withContainer(script("err", "echo bad >&2; exit 2"),
                MapNode.of("stderrConfig", Map.of("path", "/tekton/results/error"))), OnError.CONTINUE);
        var spec = new Fixtures.Task(List.of(step, failing))
                .results(result("digest", ParamType.STRING), result("error", ParamType.STRING)).spec();

        TaskRunOutcome outcome = run(request("tr-stdout", spec));

        assertThat(outcome.results()).containsEntry("digest", ParamValue.of("sha256:abc"))
                .containsEntry("error", ParamValue.of("bad\n"));
        assertThat(listener.lines()).containsExactly("digest: sha256:abc", "err! bad");
    }

    @Test
    void sidecarReadinessProbe_holdsTheStepsUntilItPasses() {
        var sidecar = withContainer(script("slow", "sleep 0.3\ntouch /shared/ready\nsleep 30"),
                MapNode.of("volumeMounts", List.of(Map.of("name", "shared", "mountPath", "/shared")),
                        "readinessProbe", Map.of("exec", Map.of("command", List.of("test", "-f", "/shared/ready")),
                                "periodSeconds", 1)));
        var step = withContainer(script("check", "cat /shared/ready && echo ready"), mounts("shared", "/shared"));
        var spec = new Fixtures.Task(List.of(step)).sidecars(sidecar)
                .volumes(MapNode.of("name", "shared", "emptyDir", Map.of())).spec();

        TaskRunOutcome outcome = run(request("tr-probe", spec));

        assertThat(outcome.condition().isSucceeded()).isTrue();
        assertThat(listener.lines()).containsExactly("check: ready");
    }
}
