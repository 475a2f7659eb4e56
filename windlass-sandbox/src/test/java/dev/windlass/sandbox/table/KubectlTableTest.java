package dev.windlass.sandbox.table;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.sandbox.Sandbox;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real kubectl against a sandbox: server-side columns instead of NAME and AGE only. */
class KubectlTableTest {

    private static final Path KUBECTL = Path.of("/usr/bin/kubectl");

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web, namespace: default}
            spec:
              replicas: 2
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web}}
                spec: {containers: [{name: nginx, image: "nginx:1.27"}]}
            """;

    @TempDir
    Path dir;

    @Test
    void kubectlGet_printsDeploymentAndPodColumnsFromTheServer() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(KUBECTL),
                "kubectl is not installed at /usr/bin/kubectl; skipping the end-to-end table test");
        try (Sandbox sandbox = Sandbox.builder().start()) {
            Path kubeconfig = dir.resolve("kubeconfig");
            sandbox.writeKubeconfig(kubeconfig);
            assertThat(kubectl(kubeconfig, DEPLOYMENT, "apply", "-f", "-")).contains("deployment.apps/web created");
            String output = awaitOutput(kubeconfig, "2/2", "Running");
            List<String> lines = output.lines().toList();
            assertThat(lines).anySatisfy(l -> assertThat(l.split("\\s+"))
                    .containsExactly("NAME", "READY", "UP-TO-DATE", "AVAILABLE", "AGE"));
            assertThat(lines).anySatisfy(l -> assertThat(l.split("\\s+"))
                    .containsExactly("NAME", "READY", "STATUS", "RESTARTS", "AGE"));
            assertThat(lines).anySatisfy(l -> assertThat(l).matches("deployment\\.apps/web\\s+2/2\\s+2\\s+2\\s+\\S+"));
            assertThat(lines.stream().filter(l -> l.matches("pod/web-\\S+\\s+1/1\\s+Running\\s+0\\s+\\S+"))).hasSize(2);
        }
    }

    private String awaitOutput(Path kubeconfig, String... expected) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        String output = "";
        while (Instant.now().isBefore(deadline)) {
            output = kubectl(kubeconfig, null, "get", "deploy,pods");
            String current = output;
            if (List.of(expected).stream().allMatch(current::contains)
                    && current.lines().filter(l -> l.contains("Running")).count() == 2) {
                return output;
            }
            Thread.sleep(250);
        }
        return output;
    }

    private static String kubectl(Path kubeconfig, String stdin, String... args) throws IOException,
            InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(KUBECTL.toString(), "--kubeconfig",
                kubeconfig.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (stdin != null) {
            process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return output;
    }
}
