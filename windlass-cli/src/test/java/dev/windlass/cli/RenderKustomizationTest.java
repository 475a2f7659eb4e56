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

/** {@code windlass render} and {@code validate} on a directory holding a kustomization build it as Kustomize, as Argo CD does. */
class RenderKustomizationTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** base/ with a ConfigMap, overlay/ with a prefix: the overlay reads a base beside it. */
    private static Path overlay(Path dir) throws IOException {
        Path base = Files.createDirectories(dir.resolve("base"));
        Files.writeString(base.resolve("kustomization.yaml"), "resources: [cm.yaml]\n");
        Files.writeString(base.resolve("cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n");
        Path overlay = Files.createDirectories(dir.resolve("overlay"));
        Files.writeString(overlay.resolve("kustomization.yaml"), "resources: [../base]\nnamePrefix: prod-\n");
        return overlay;
    }

    @Test
    void render_directoryWithKustomization_printsTheBuiltObjects(@TempDir Path dir) throws IOException {
        int exit = run("render", overlay(dir).toString());

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("name: prod-settings").doesNotContain("kustomization");
    }

    @Test
    void render_directoryOptionsOnAKustomization_warnThatTheyDoNotApply(@TempDir Path dir) throws IOException {
        int exit = run("render", overlay(dir).toString(), "--recurse");

        assertThat(exit).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("renders as Kustomize", "--recurse");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("name: prod-settings");
    }

    @Test
    void render_brokenKustomization_namesTheKustomizationFileAndFails(@TempDir Path dir) throws IOException {
        Path overlay = overlay(dir);
        Files.writeString(overlay.resolve("kustomization.yaml"), "resources: [../missing]\n");

        int exit = run("render", overlay.toString());

        assertThat(exit).isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(overlay.resolve("kustomization.yaml").toString(),
                "../missing");
    }
}
