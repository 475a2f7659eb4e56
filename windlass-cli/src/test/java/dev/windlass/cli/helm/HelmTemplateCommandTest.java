package dev.windlass.cli.helm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code windlass helm template} on a chart written in the test: flags, output and errors as Helm's. */
class HelmTemplateCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "helm";
        all[1] = "template";
        System.arraycopy(args, 0, all, 2, args.length);
        return Main.run(all, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    static Path chart(Path dir) throws IOException {
        Path chart = Files.createDirectories(dir.resolve("web"));
        Files.writeString(chart.resolve("Chart.yaml"), "apiVersion: v2\nname: web\nversion: 1.0.0\nappVersion: \"2.1\"\n");
        Files.writeString(chart.resolve("values.yaml"), "replicas: 1\nimage:\n  tag: stable\n");
        Files.createDirectories(chart.resolve("templates"));
        Files.writeString(chart.resolve("templates/_helpers.tpl"),
                "{{- define \"web.name\" -}}{{ .Release.Name }}-{{ .Chart.Name }}{{- end -}}\n");
        Files.writeString(chart.resolve("templates/deployment.yaml"), """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: {{ include "web.name" . }}
                  namespace: {{ .Release.Namespace }}
                spec:
                  replicas: {{ .Values.replicas }}
                  template:
                    spec:
                      containers:
                      - name: web
                        image: "nginx:{{ .Values.image.tag }}"
                """);
        Files.writeString(chart.resolve("templates/service.yaml"), """
                apiVersion: v1
                kind: Service
                metadata:
                  name: {{ include "web.name" . }}
                  labels:
                    app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
                """);
        Files.writeString(chart.resolve("templates/NOTES.txt"), "Thanks for installing {{ .Release.Name }}\n");
        return chart;
    }

    @Test
    void template_printsManifestsInInstallOrderWithSourceHeaders(@TempDir Path dir) throws IOException {
        int exit = run("shop", chart(dir).toString(), "-n", "prod");

        assertThat(exit).as(stderr()).isZero();
        assertThat(stdout()).isEqualTo("""
                ---
                # Source: web/templates/service.yaml
                apiVersion: v1
                kind: Service
                metadata:
                  name: shop-web
                  labels:
                    app.kubernetes.io/version: "2.1"

                ---
                # Source: web/templates/deployment.yaml
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: shop-web
                  namespace: prod
                spec:
                  replicas: 1
                  template:
                    spec:
                      containers:
                      - name: web
                        image: "nginx:stable"
                """);
    }

    @Test
    void template_appliesValueFilesThenSetFlags(@TempDir Path dir) throws IOException {
        Path values = Files.writeString(dir.resolve("prod.yaml"), "replicas: 3\nimage:\n  tag: v1\n");

        int exit = run(chart(dir).toString(), "-f", values.toString(), "--set", "image.tag=v2", "--show-only",
                "templates/deployment.yaml");

        assertThat(exit).as(stderr()).isZero();
        assertThat(stdout()).contains("name: release-name-web", "replicas: 3", "image: \"nginx:v2\"")
                .doesNotContain("kind: Service");
    }

    @Test
    void template_writesEachTemplateUnderTheOutputDirectory(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("out");

        int exit = run(chart(dir).toString(), "--output-dir", target.toString());

        assertThat(exit).as(stderr()).isZero();
        assertThat(Files.readString(target.resolve("web/templates/service.yaml"))).startsWith("---\n# Source: web/templates/service.yaml\n");
        assertThat(stdout()).contains("wrote " + target.resolve("web/templates/deployment.yaml"));
    }

    @Test
    void template_helpListsHelmsFlags_andVersionIsTheChartVersion() {
        int exit = run("--help");

        assertThat(exit).isZero();
        assertThat(stdout()).contains("--set-json", "--show-only", "--version=CONSTRAINT", "--dry-run");
    }

    @Test
    void template_withoutArguments_failsWithHelmsUsageError() {
        int exit = run();

        assertThat(exit).isEqualTo(1);
        assertThat(stderr()).startsWith("Error: \"windlass helm template\" requires at least 1 argument");
    }

    @Test
    void template_ofAMissingLocalChartName_failsAsHelmDoes() {
        int exit = run("no-such-chart");

        assertThat(exit).isEqualTo(1);
        assertThat(stderr()).isEqualTo("Error: non-absolute URLs should be in form of repo_name/path_to_chart, got: no-such-chart\n");
    }

    @Test
    void template_refusesAnInvalidReleaseName(@TempDir Path dir) throws IOException {
        int exit = run("Shop_1", chart(dir).toString());

        assertThat(exit).isEqualTo(1);
        assertThat(stderr()).contains("release name \"Shop_1\": invalid release name");
    }

    @Test
    void template_reportsTemplateErrorsOnStderr(@TempDir Path dir) throws IOException {
        Path chart = chart(dir);
        Files.writeString(chart.resolve("templates/bad.yaml"), "value: {{ required \"image.repository is required\" .Values.image.repository }}\n");

        int exit = run(chart.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(stdout()).isEmpty();
        assertThat(stderr()).startsWith("Error: ").contains("image.repository is required");
    }
}
