package dev.windlass.pipelines.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The directories of one TaskRun on the host, and the rewriting of Tekton's fixed container paths
 * ({@code /workspace/...}, {@code /tekton/...}) to them.
 */
final class RunDirectory {

    private final Path root;

    RunDirectory(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    Path workspaceDir() {
        return root.resolve("workspace");
    }

    Path workspace(String name) {
        return workspaceDir().resolve(name);
    }

    Path resultsDir() {
        return root.resolve("results");
    }

    Path stepsDir() {
        return root.resolve("steps");
    }

    Path stepDir(String step) {
        return stepsDir().resolve("step-" + step);
    }

    Path scriptsDir() {
        return root.resolve("scripts");
    }

    Path homeDir() {
        return root.resolve("home");
    }

    Path volumesDir() {
        return root.resolve("volumes");
    }

    Path credsDir() {
        return root.resolve("creds");
    }

    /** Removes what an earlier attempt left (links are removed, not followed). */
    void clear() throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwx------"));
                }
            }
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Creates the fixed directories (workspace, results, steps, scripts, home, creds). */
    void create() throws IOException {
        for (Path dir : new Path[] {workspaceDir(), resultsDir(), stepsDir(), scriptsDir(), homeDir(), credsDir()}) {
            Files.createDirectories(dir);
        }
    }

    /** The paths every step sees: {@code /workspace} and {@code /tekton}. */
    Mounts mounts() {
        return new Mounts(Map.of("/workspace", workspaceDir(), "/tekton", root));
    }

    /** Rewrites {@code /workspace} and {@code /tekton} to this run's directories; see {@link Mounts}. */
    String rewrite(String text) {
        return mounts().rewrite(text);
    }
}
