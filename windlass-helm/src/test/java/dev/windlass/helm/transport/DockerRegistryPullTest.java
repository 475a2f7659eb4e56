package dev.windlass.helm.transport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.helm.HelmException;
import dev.windlass.helm.repo.ChartDigest;
import dev.windlass.helm.repo.ChartPuller;
import dev.windlass.helm.repo.OciManifest;
import dev.windlass.helm.repo.PulledChart;
import dev.windlass.helm.repo.TestCharts;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pushes charts to a real Distribution registry (Debian's {@code docker-registry}) with plain HTTP
 * uploads and pulls them back through {@link ChartPuller}. Skipped when the binary is absent.
 */
@Tag("registry")
class DockerRegistryPullTest {

    private static final Path BINARY = Path.of("/usr/bin/docker-registry");

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process registry;
    private String host;

    @BeforeEach
    void start() throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isExecutable(BINARY), "docker-registry is not installed");
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        host = "127.0.0.1:" + port;
        Path config = dir.resolve("config.yml");
        Files.writeString(config, "version: 0.1\nlog:\n  level: error\nstorage:\n  filesystem:\n    rootdirectory: "
                + dir.resolve("data") + "\nhttp:\n  addr: " + host + "\n");
        registry = new ProcessBuilder(BINARY.toString(), "serve", config.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("registry.log").toFile()).start();
        awaitReady();
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (registry != null) {
            registry.destroy();
            registry.waitFor();
        }
    }

    private void awaitReady() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline) && registry.isAlive()) {
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create("http://" + host + "/v2/")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("registry did not start: " + Files.readString(dir.resolve("registry.log")));
    }

    @Test
    void pull_constraintResolvesAgainstPushedTags() throws Exception {
        push("charts/app", "1.0.0");
        push("charts/app", "1.3.0+build.1");
        push("charts/app", "2.0.0-beta.1");
        ChartPuller puller = ChartPuller.over(HttpRepositoryTransport.builder().build()).withPlainHttp(true);
        PulledChart chart = puller.pull("oci://" + host + "/charts/app", "^1.0.0");
        assertThat(chart.version()).isEqualTo("1.3.0+build.1");
        assertThat(chart.archive()).isEqualTo(TestCharts.archive("app", "1.3.0+build.1"));
        assertThat(puller.pull("oci://" + host + "/charts/app", "").version()).isEqualTo("1.3.0+build.1");
        assertThat(puller.pull("oci://" + host + "/charts/app", ">=2.0.0-0").version()).isEqualTo("2.0.0-beta.1");
    }

    @Test
    void pull_exactTagThroughDirectoryCache() throws Exception {
        String digest = push("charts/app", "1.0.0");
        ChartPuller puller = ChartPuller.over(HttpRepositoryTransport.builder().build()).withPlainHttp(true)
                .withCache(new DirectoryChartCache(dir.resolve("cache")));
        PulledChart first = puller.pull("oci://" + host + "/charts/app:1.0.0", "");
        PulledChart second = puller.pull("oci://" + host + "/charts/app", "1.0.0");
        assertThat(first.digest()).isEqualTo(digest);
        assertThat(first.fromCache()).isFalse();
        assertThat(second.fromCache()).isTrue();
        assertThat(second.archive()).isEqualTo(first.archive());
    }

    @Test
    void pull_missingTagFails() throws Exception {
        push("charts/app", "1.0.0");
        ChartPuller puller = ChartPuller.over(HttpRepositoryTransport.builder().build()).withPlainHttp(true);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> puller.pull("oci://" + host + "/charts/app", "9.9.9"))
                .isInstanceOf(HelmException.class)
                .hasMessage("oci://" + host + "/charts/app:9.9.9: not found");
    }

    /** Pushes a chart like {@code helm push}: config blob, chart layer, manifest tagged with + as _. */
    private String push(String repository, String version) throws IOException, InterruptedException {
        byte[] chart = TestCharts.archive("app", version);
        byte[] config = ("{\"apiVersion\":\"v2\",\"name\":\"app\",\"version\":\"" + version + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        String chartDigest = upload(repository, chart);
        String configDigest = upload(repository, config);
        String manifest = "{\"schemaVersion\":2,\"mediaType\":\"" + OciManifest.MANIFEST_MEDIA_TYPE + "\","
                + "\"config\":{\"mediaType\":\"" + OciManifest.CONFIG_MEDIA_TYPE + "\",\"digest\":\"" + configDigest
                + "\",\"size\":" + config.length + "},\"layers\":[{\"mediaType\":\""
                + OciManifest.CHART_LAYER_MEDIA_TYPE + "\",\"digest\":\"" + chartDigest + "\",\"size\":"
                + chart.length + "}]}";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://" + host + "/v2/" + repository
                        + "/manifests/" + version.replace('+', '_')))
                .header("Content-Type", OciManifest.MANIFEST_MEDIA_TYPE)
                .PUT(HttpRequest.BodyPublishers.ofString(manifest)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return chartDigest;
    }

    private String upload(String repository, byte[] blob) throws IOException, InterruptedException {
        String digest = ChartDigest.ociDigest(blob);
        URI start = URI.create("http://" + host + "/v2/" + repository + "/blobs/uploads/");
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(start)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String location = started.headers().firstValue("Location").orElseThrow();
        URI put = start.resolve(location + (location.contains("?") ? "&" : "?") + "digest=" + digest);
        HttpResponse<String> done = http.send(HttpRequest.newBuilder(put)
                .header("Content-Type", "application/octet-stream")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(blob)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(done.statusCode()).as(done.body()).isEqualTo(201);
        return digest;
    }
}
