package dev.windlass.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KustomizeBuildCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static Path app(Path dir) throws IOException {
        Files.writeString(dir.resolve("kustomization.yaml"), "resources: [cm.yaml]\nnamePrefix: p-\n");
        Files.writeString(dir.resolve("cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n");
        return dir;
    }

    @Test
    void build_writesToTheOutputFileInsteadOfStdout(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("out.yaml");

        int exit = run("kustomize", "build", app(dir).toString(), "-o", target.toString());

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(Files.readString(target)).isEqualTo("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: p-c\n");
    }

    @Test
    void build_refusesUnknownLoadRestrictorAsUsageError(@TempDir Path dir) throws IOException {
        int exit = run("kustomize", "build", app(dir).toString(), "--load-restrictor", "Sometimes");

        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--load-restrictor", "Sometimes");
    }

    @Test
    void build_readsFilesAboveTheKustomizationWithRestrictorNone(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n");
        Path app = Files.createDirectories(dir.resolve("app"));
        Files.writeString(app.resolve("kustomization.yaml"), "resources: [../cm.yaml]\n");

        assertThat(run("kustomize", "build", app.toString())).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("security; file '../cm.yaml'");
        assertThat(run("kustomize", "build", app.toString(), "--load-restrictor", "LoadRestrictionsNone")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("name: c");
    }

    @Test
    void kustomize_withoutCommandIsUsageError() {
        assertThat(run("kustomize")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing command");
    }
}
