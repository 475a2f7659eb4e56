package dev.windlass.cli.up;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.cli.Main;
import dev.windlass.kube.KubeCluster;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed's scenario 3 end to end through {@code windlass up} with the bundled examples: a signed
 * GitHub push to the EventListener starts the PipelineRun, its stand-in tasks clone, test, scan and
 * "build" the sample application, {@code update-gitops-repo} pushes the new image tag to the GitOps
 * repository, and the staging-app Application syncs it into the sandbox. A push with a bad signature
 * before it gets 401 and starts nothing. (One {@code up} per test class: it is a whole process's worth
 * of servers and threads.)
 */
class UpTektonScenarioTest {

    private static final Pattern LISTENING =
            Pattern.compile("EventListener ci-cd/github-webhook-listener listening on (http://127\\.0\\.0\\.1:\\d+/)");
    private static final Pattern APP_REPOSITORY =
            Pattern.compile("repository https://github\\.com/company/app\\.git -> (\\S+) \\(");

    @TempDir
    Path temp;

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES) // hang guard only
    void signedPush_runsThePipeline_andTheNewImageReachesStaging_whileABadSignatureGets401() throws Exception {
        Assumptions.assumeTrue(hasGit(), "the example's tasks run the host's git; it is not installed");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Path home = temp.resolve("home");
        Thread up = new Thread(() -> Main.run(new String[] {"up", "--examples", examples().resolve("apps").toString(),
            "--home", home.toString(), "--api-port", "0", "--trigger-port", "0", "--ready-delay", "100ms",
            "--no-policy"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)), "up");
        up.start();
        try {
            String url = await(out, LISTENING);
            String sha = git("--git-dir", await(out, APP_REPOSITORY), "rev-parse", "main");
            await(out, Pattern.compile("staging-app +Synced +Healthy"));

            assertThat(post(url, sha, "not-the-secret")).isEqualTo(401);
            assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("started PipelineRun");
            assertThat(post(url, sha, "example-webhook-token-change-me")).isEqualTo(202);

            await(out, Pattern.compile("PipelineRun build-deploy-" + sha + " Succeeded \\(5 tasks"));
            String image = "registry.company.com/apps/app:" + sha;
            try (KubernetesClient client = KubeCluster.client(home.resolve("sandbox.kubeconfig"), "windlass-sandbox")) {
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                String live = "";
                while (!live.equals(image) && System.nanoTime() < deadline) {
                    Deployment app = client.apps().deployments().inNamespace("staging").withName("app").get();
                    live = app == null ? "" : app.getSpec().getTemplate().getSpec().getContainers().get(0).getImage();
                    Thread.sleep(200);
                }
                assertThat(live).as(out.toString(StandardCharsets.UTF_8)).isEqualTo(image);
            }
        } finally {
            up.interrupt();
            up.join(30_000);
        }
    }

    private static int post(String url, String sha, String secret) throws Exception {
        String payload = Files.readString(examples().resolve("tekton-cicd/push-event.json"))
                .replace("7d3f833183465d7092a33b69a395ee2bc8d53d99", sha);
        byte[] body = payload.getBytes(StandardCharsets.UTF_8);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json").header("X-GitHub-Event", "push")
                .header("X-Hub-Signature-256", "sha256=" + HexFormat.of().formatHex(mac.doFinal(body)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    /** Waits for a line of up's output; fails with the whole output after two minutes. */
    private static String await(ByteArrayOutputStream out, Pattern pattern) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            Matcher matcher = pattern.matcher(out.toString(StandardCharsets.UTF_8));
            if (matcher.find()) {
                return matcher.groupCount() > 0 ? matcher.group(1) : matcher.group();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("windlass up never printed " + pattern + "; it printed:\n"
                + out.toString(StandardCharsets.UTF_8));
    }

    private static String git(String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 1];
        command[0] = "git";
        System.arraycopy(args, 0, command, 1, args.length);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor()).as(text).isZero();
        return text;
    }

    private static boolean hasGit() {
        try {
            return new ProcessBuilder("git", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    static Path examples() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("examples/tekton-cicd"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("examples/tekton-cicd not found above " + Path.of("").toAbsolutePath());
        }
        return dir.resolve("examples");
    }
}
