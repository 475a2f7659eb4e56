package dev.windlass.pipelines.local;

import static dev.windlass.pipelines.local.Fixtures.binding;
import static dev.windlass.pipelines.local.Fixtures.claim;
import static dev.windlass.pipelines.local.Fixtures.declared;
import static dev.windlass.pipelines.local.Fixtures.executor;
import static dev.windlass.pipelines.local.Fixtures.request;
import static dev.windlass.pipelines.local.Fixtures.script;
import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.tree.MapNode;
import dev.windlass.pipelines.model.WorkspaceSource;
import dev.windlass.pipelines.run.Cancellation;
import dev.windlass.pipelines.run.TaskRunOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(30)
class LocalWorkspacesTest {

    @TempDir
    Path root;

    private final Fixtures.Recorder listener = new Fixtures.Recorder();

    @Test
    void claim_isSharedByTheTasksThatBindIt() {
        LocalTaskExecutor executor = executor(root);
        var write = new Fixtures.Task(List.of(script("w", "echo shared > /workspace/data/file")))
                .workspaces(declared("data", false, false)).spec();
        var read = new Fixtures.Task(List.of(script("r", "cat /workspace/src/file")))
                .workspaces(declared("src", false, false)).spec();

        executor.execute(request("tr-w", write).workspaces(claim("data", "my-pvc", "")).build(), listener,
                Cancellation.NONE);
        TaskRunOutcome outcome = executor.execute(request("tr-r", read).workspaces(claim("src", "my-pvc", ""))
                .build(), listener, Cancellation.NONE);

        assertThat(outcome.condition().isSucceeded()).isTrue();
        assertThat(listener.lines()).containsExactly("r: shared");
        assertThat(root.resolve("volumes/my-pvc/file")).hasContent("shared");
    }

    @Test
    void configMapAndSecret_becomeFilesWithItemsHonouredAndSecretsDecoded() throws Exception {
        var config = Fixtures.object("ConfigMap", "conf", Map.of("data", Map.of("a.txt", "alpha", "b.txt", "beta")));
        var secret = Fixtures.object("Secret", "sec", Map.of("data", Map.of("token", "dG9r")));
        var spec = new Fixtures.Task(List.of(script("r", "ls /workspace/conf\ncat /workspace/conf/renamed/a\necho\n"
                + "cat /workspace/sec/token\necho")))
                .workspaces(declared("conf", false, false), declared("sec", false, false)).spec();
        var confBinding = binding("conf", WorkspaceSource.CONFIG_MAP, "conf", MapNode.of("name", "conf",
                "configMap", Map.of("name", "conf", "items", List.of(Map.of("key", "a.txt", "path", "renamed/a")))));
        var secBinding = binding("sec", WorkspaceSource.SECRET, "sec", MapNode.of("name", "sec",
                "secret", Map.of("secretName", "sec")));

        TaskRunOutcome outcome = executor(root).execute(request("tr-cm", spec).workspaces(confBinding, secBinding)
                .objects(Fixtures.objects(config, secret)).build(), listener, Cancellation.NONE);

        assertThat(outcome.condition().isSucceeded()).isTrue();
        assertThat(listener.lines()).containsExactly("r: renamed", "r: alpha", "r: tok");
        assertThat(Files.getPosixFilePermissions(root.resolve("work/tr-cm/workspace/sec/token")))
                .containsOnly(PosixFilePermission.OWNER_READ, PosixFilePermission.GROUP_READ,
                        PosixFilePermission.OTHERS_READ);
    }

    @Test
    void readOnlyWorkspace_cannotBeWritten() throws Exception {
        var spec = new Fixtures.Task(List.of(script("w", "true"))).workspaces(declared("out", true, false)).spec();

        executor(root).execute(request("tr-ro", spec).workspaces(Fixtures.emptyDir("out")).build(), listener,
                Cancellation.NONE);

        assertThat(Files.getPosixFilePermissions(root.resolve("work/tr-ro/workspace/out")))
                .doesNotContain(PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_WRITE,
                        PosixFilePermission.OTHERS_WRITE);
    }

    @Test
    void optionalUnboundWorkspace_isNotCreated() {
        var spec = new Fixtures.Task(List.of(script("c", "test -e /workspace/maybe && echo exists || echo absent")))
                .workspaces(declared("maybe", false, true)).spec();

        TaskRunOutcome outcome = executor(root).execute(request("tr-opt", spec).build(), listener, Cancellation.NONE);

        assertThat(outcome.condition().isSucceeded()).isTrue();
        assertThat(listener.lines()).containsExactly("c: absent");
    }

    @Test
    void requiredUnboundWorkspace_failsValidationAsTektonDoes() {
        var spec = new Fixtures.Task(List.of(script("c", "true"))).workspaces(declared("source", false, false))
                .spec();

        TaskRunOutcome outcome = executor(root).execute(request("tr-req", spec).build(), listener, Cancellation.NONE);

        assertThat(outcome.condition().reason()).isEqualTo("TaskRunValidationFailed");
        assertThat(outcome.condition().message()).isEqualTo(
                "bound workspaces did not match declared workspaces: didn't provide required values: [source]");
    }

    @Test
    void missingConfigMap_failsNamingItAndTheWorkspace() {
        var spec = new Fixtures.Task(List.of(script("c", "true"))).workspaces(declared("conf", false, false)).spec();
        var confBinding = binding("conf", WorkspaceSource.CONFIG_MAP, "nope", MapNode.of("name", "conf",
                "configMap", Map.of("name", "nope")));

        TaskRunOutcome outcome = executor(root).execute(request("tr-nocm", spec).workspaces(confBinding).build(),
                listener, Cancellation.NONE);

        assertThat(outcome.condition().reason()).isEqualTo("CreateContainerConfigError");
        assertThat(outcome.condition().message()).contains("configmap \"nope\" not found (workspace \"conf\"");
    }

    @Test
    void retry_startsFromAFreshRunDirectory() throws Exception {
        var spec = new Fixtures.Task(List.of(script("c", "test -e /workspace/scratch/old && echo stale || echo "
                + "fresh\ntouch /workspace/scratch/old"))).workspaces(declared("scratch", false, false)).spec();
        LocalTaskExecutor executor = executor(root);

        executor.execute(request("tr-retry", spec).workspaces(Fixtures.emptyDir("scratch")).build(), listener,
                Cancellation.NONE);
        executor.execute(request("tr-retry", spec).workspaces(Fixtures.emptyDir("scratch")).build(), listener,
                Cancellation.NONE);

        assertThat(listener.lines()).containsExactly("c: fresh", "c: fresh");
        assertThat(Files.isDirectory(root.resolve("work/tr-retry/results"))).isTrue();
    }

    @Test
    void claimName_thatLeavesTheVolumesRoot_isRefused() {
        var spec = new Fixtures.Task(List.of(script("c", "true"))).workspaces(declared("data", false, false)).spec();

        TaskRunOutcome outcome = executor(root).execute(request("tr-escape", spec)
                .workspaces(claim("data", "../../outside", "")).build(), listener, Cancellation.NONE);

        assertThat(outcome.condition().reason()).isEqualTo("TaskRunValidationFailed");
        assertThat(outcome.condition().message()).contains("\"../../outside\" cannot be a directory name");
        assertThat(root.getParent().resolve("outside")).doesNotExist();
    }
}
