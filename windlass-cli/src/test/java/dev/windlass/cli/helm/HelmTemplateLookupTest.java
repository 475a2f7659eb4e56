package dev.windlass.cli.helm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.cli.Main;
import dev.windlass.sandbox.Sandbox;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lookup} is empty by default and reads the cluster with {@code --dry-run=server}, as in Helm. */
class HelmTemplateLookupTest {

    private static Sandbox sandbox;
    private static Path kubeconfig;

    @BeforeAll
    static void start(@TempDir Path dir) throws IOException {
        sandbox = Sandbox.builder().controllers(false).start();
        kubeconfig = Files.writeString(dir.resolve("kubeconfig"), sandbox.kubeconfig().toYaml());
        try (KubernetesClient client = new KubernetesClientBuilder()
                .withConfig(Config.fromKubeconfig(sandbox.kubeconfig().toYaml())).build()) {
            client.configMaps().inNamespace("default").resource(new ConfigMapBuilder().withNewMetadata()
                    .withName("existing").endMetadata().addToData("password", "kept").addToData("n", "1").build()).create();
        }
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static Path chart(Path dir) throws IOException {
        Path chart = Files.createDirectories(dir.resolve("c/templates"));
        Files.writeString(dir.resolve("c/Chart.yaml"), "apiVersion: v2\nname: c\nversion: 1.0.0\n");
        Files.writeString(chart.resolve("secret.yaml"), """
                {{- $old := lookup "v1" "ConfigMap" "default" "existing" }}
                {{- $all := lookup "v1" "ConfigMap" "default" "" }}
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: generated
                data:
                  password: {{ dig "data" "password" "fresh" $old | quote }}
                  found: "{{ if $all }}{{ len $all.items }}{{ else }}0{{ end }}"
                  missing: {{ lookup "v1" "ConfigMap" "default" "nope" | len | quote }}
                """);
        return dir.resolve("c");
    }

    private static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 2];
        all[0] = "helm";
        all[1] = "template";
        System.arraycopy(args, 0, all, 2, args.length);
        int exit = Main.run(all, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void lookup_answersNothingWithoutACluster(@TempDir Path dir) throws IOException {
        assertThat(run(chart(dir).toString())).contains("password: \"fresh\"", "found: \"0\"", "missing: \"0\"");
    }

    @Test
    void lookup_readsTheClusterWithDryRunServer(@TempDir Path dir) throws IOException {
        String output = run(chart(dir).toString(), "--dry-run=server", "--kubeconfig", kubeconfig.toString());

        assertThat(output).contains("password: \"kept\"", "missing: \"0\"").doesNotContain("found: \"0\"");
    }
}
