package dev.windlass.helm.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.windlass.helm.HelmException;
import dev.windlass.helm.repo.ChartDigest;
import dev.windlass.helm.repo.ChartPuller;
import dev.windlass.helm.repo.PulledChart;
import dev.windlass.helm.repo.RegistryCredentials;
import dev.windlass.helm.repo.TestCharts;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpRepositoryTransportTest {

    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> authHeaders = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private HttpServer other;
    private String base;

    @BeforeEach
    void start() throws IOException {
        server = serve(this::handle);
        other = serve(exchange -> {
            authHeaders.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            respond(exchange, 200, TestCharts.archive("app", "12.3.0"));
        });
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        byte[] app11 = TestCharts.archive("app", "11.0.0");
        byte[] app12 = TestCharts.archive("app", "12.0.0");
        byte[] app123 = TestCharts.archive("app", "12.3.0");
        files.put("/charts/app-11.0.0.tgz", app11);
        files.put("/charts/sub/app-12.0.0.tgz", app12);
        files.put("/charts/app-12.3.0.tgz", app123);
        files.put("/charts/index.yaml", index(
                entry("app", "11.0.0", "app-11.0.0.tgz", ChartDigest.sha256Hex(app11)),
                entry("app", "12.0.0", "sub/app-12.0.0.tgz", ChartDigest.sha256Hex(app12)),
                entry("app", "12.3.0", "app-12.3.0.tgz", ChartDigest.sha256Hex(app123)),
                entry("app", "13.0.0-rc.1", "app-12.3.0.tgz", ""),
                entry("bad", "1.0.0", "app-12.3.0.tgz", ChartDigest.sha256Hex(app11)),
                entry("moved", "1.0.0", base + "/redirect/app.tgz", ""),
                entry("elsewhere", "1.0.0", "http://localhost:" + other.getAddress().getPort() + "/x.tgz", ""))
                .getBytes(StandardCharsets.UTF_8));
        files.put("/private/index.yaml", index(entry("app", "1.0.0", "app-1.0.0.tgz", "")).getBytes(StandardCharsets.UTF_8));
        files.put("/private/app-1.0.0.tgz", TestCharts.archive("app", "1.0.0"));
        files.put("/noversion/index.yaml", "entries: {}\n".getBytes(StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() {
        server.stop(0);
        other.stop(0);
    }

    private static HttpServer serve(com.sun.net.httpserver.HttpHandler handler) throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        s.createContext("/", handler);
        s.start();
        return s;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.add(path);
        if (path.startsWith("/private/") && !new RegistryCredentials("alice", "s3cret").basicHeader()
                .equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"charts\"");
            respond(exchange, 401, new byte[0]);
            return;
        }
        if (path.startsWith("/redirect/")) {
            exchange.getResponseHeaders().add("Location", "/charts/app-12.3.0.tgz");
            respond(exchange, 302, new byte[0]);
            return;
        }
        if (path.equals("/offsite")) {
            exchange.getResponseHeaders().add("Location", "http://localhost:" + other.getAddress().getPort() + "/x.tgz");
            respond(exchange, 302, new byte[0]);
            return;
        }
        byte[] body = files.get(path);
        respond(exchange, body == null ? 404 : 200, body == null ? new byte[0] : body);
    }

    private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    private static String index(String[]... entries) {
        Map<String, StringBuilder> byName = new java.util.LinkedHashMap<>();
        for (String[] e : entries) {
            byName.computeIfAbsent(e[0], k -> new StringBuilder()).append(e[1]);
        }
        StringBuilder sb = new StringBuilder("apiVersion: v1\nentries:\n");
        byName.forEach((name, items) -> sb.append("  ").append(name).append(":\n").append(items));
        return sb.toString();
    }

    private static String[] entry(String name, String version, String url, String digest) {
        return new String[] {name, "    - name: " + name + "\n      version: " + version + "\n      urls: [\"" + url
                + "\"]\n      digest: \"" + digest + "\"\n"};
    }

    private ChartPuller puller() {
        return ChartPuller.over(HttpRepositoryTransport.builder().build());
    }

    @Test
    void pull_constraintPicksHighestMatchingVersion() throws HelmException {
        PulledChart chart = puller().pullFromRepository(base + "/charts", "app", ">=12.0.0");
        assertThat(chart.version()).isEqualTo("12.3.0");
        assertThat(chart.source()).isEqualTo(base + "/charts/app-12.3.0.tgz");
        assertThat(chart.archive()).isEqualTo(TestCharts.archive("app", "12.3.0"));
    }

    @Test
    void pull_resolvesRelativeUrlsInSubdirectories() throws HelmException {
        PulledChart chart = puller().pullFromRepository(base + "/charts/", "app", "~12.0.0");
        assertThat(chart.source()).isEqualTo(base + "/charts/sub/app-12.0.0.tgz");
        assertThat(chart.archive()).isEqualTo(TestCharts.archive("app", "12.0.0"));
    }

    @Test
    void pull_withoutVersionTakesLatestStable() throws HelmException {
        assertThat(puller().pullFromRepository(base + "/charts", "app", "").version()).isEqualTo("12.3.0");
    }

    @Test
    void pull_missingChartFailsWithHelmText() {
        assertThatThrownBy(() -> puller().pullFromRepository(base + "/charts", "app", "14.0.0"))
                .isInstanceOf(HelmException.class)
                .hasMessage("chart \"app\" version \"14.0.0\" not found in " + base + "/charts repository");
        assertThatThrownBy(() -> puller().pullFromRepository(base + "/charts", "nope", ""))
                .hasMessage("chart \"nope\" not found in " + base + "/charts repository");
    }

    @Test
    void pull_digestMismatchIsRejected() {
        assertThatThrownBy(() -> puller().pullFromRepository(base + "/charts", "bad", "1.0.0"))
                .hasMessageStartingWith("digest mismatch for " + base + "/charts/app-12.3.0.tgz: expected sha256:"
                        + ChartDigest.sha256Hex(TestCharts.archive("app", "11.0.0")) + ", got sha256:");
    }

    @Test
    void pull_basicAuthCredentialsPerHost() throws HelmException {
        assertThatThrownBy(() -> puller().pullFromRepository(base + "/private", "app", ""))
                .hasMessage("looks like \"" + base + "/private\" is not a valid chart repository or cannot be reached: "
                        + "failed to fetch " + base + "/private/index.yaml : 401 Unauthorized");
        RegistryCredentials alice = new RegistryCredentials("alice", "s3cret");
        String host = "127.0.0.1:" + server.getAddress().getPort();
        ChartPuller viaTransport = ChartPuller.over(HttpRepositoryTransport.builder().credentials(host, alice).build());
        assertThat(viaTransport.pullFromRepository(base + "/private", "app", "").version()).isEqualTo("1.0.0");
        ChartPuller viaPuller = puller().withCredentials(host, alice);
        assertThat(viaPuller.pullFromRepository(base + "/private", "app", "1.0.0").version()).isEqualTo("1.0.0");
    }

    @Test
    void pull_indexWithoutApiVersionFailsLikeHelm() {
        assertThatThrownBy(() -> puller().pullFromRepository(base + "/noversion", "app", ""))
                .hasMessage("looks like \"" + base + "/noversion\" is not a valid chart repository or cannot be "
                        + "reached: no API version specified");
    }

    @Test
    void pull_followsRedirects() throws HelmException {
        assertThat(puller().pullFromRepository(base + "/charts", "moved", "").archive())
                .isEqualTo(TestCharts.archive("app", "12.3.0"));
        assertThat(requests).contains("/redirect/app.tgz", "/charts/app-12.3.0.tgz");
    }

    @Test
    void get_redirectToAnotherHostDropsAuthorization() throws IOException {
        HttpRepositoryTransport transport = HttpRepositoryTransport.builder().build();
        var response = transport.get(URI.create(base + "/offsite"), Map.of("Authorization", "Basic c2VjcmV0"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(authHeaders).containsExactly("null");
    }

    @Test
    void get_bodyOverLimitFails() {
        HttpRepositoryTransport transport = HttpRepositoryTransport.builder().maxArchiveBytes(100).build();
        assertThatThrownBy(() -> transport.get(URI.create(base + "/charts/app-12.3.0.tgz"), Map.of()))
                .isInstanceOf(IOException.class)
                .hasMessage("response from " + base + "/charts/app-12.3.0.tgz exceeds the size limit of 100 bytes");
        assertThatThrownBy(() -> ChartPuller.over(transport).pullFromRepository(base + "/charts", "app", ""))
                .hasMessageContaining("exceeds the size limit of 100 bytes");
    }

    @Test
    void get_indexHasItsOwnLimit() throws IOException {
        HttpRepositoryTransport transport = HttpRepositoryTransport.builder().maxArchiveBytes(10).build();
        assertThat(transport.get(URI.create(base + "/charts/index.yaml"), Map.of()).status()).isEqualTo(200);
        HttpRepositoryTransport tight = HttpRepositoryTransport.builder().maxIndexBytes(10).build();
        assertThatThrownBy(() -> tight.get(URI.create(base + "/charts/index.yaml"), Map.of()))
                .hasMessageContaining("exceeds the size limit of 10 bytes");
    }

    @Test
    void get_rejectsNonHttpSchemes() {
        assertThatThrownBy(() -> HttpRepositoryTransport.builder().build().get(URI.create("file:///etc/passwd"), Map.of()))
                .hasMessage("unsupported URL scheme: file");
    }

    @Test
    void pull_repeatedPullIsServedFromDirectoryCache(@TempDir Path dir) throws HelmException {
        ChartPuller cached = puller().withCache(new DirectoryChartCache(dir));
        PulledChart first = cached.pullFromRepository(base + "/charts", "app", "12.3.0");
        requests.clear();
        PulledChart second = cached.pullFromRepository(base + "/charts", "app", "12.3.0");
        assertThat(first.fromCache()).isFalse();
        assertThat(second.fromCache()).isTrue();
        assertThat(second.archive()).isEqualTo(first.archive());
        assertThat(requests).containsExactly("/charts/index.yaml");
    }

    @Test
    void pull_archiveUrlDownloadsDirectly() throws HelmException {
        PulledChart chart = puller().pull(base + "/charts/app-11.0.0.tgz", "");
        assertThat(chart.archive()).isEqualTo(TestCharts.archive("app", "11.0.0"));
        assertThat(chart.digest()).isEqualTo(ChartDigest.ociDigest(TestCharts.archive("app", "11.0.0")));
    }

    @Test
    void pull_namedRepositoryReference() throws HelmException {
        assertThat(puller().withRepository("mine", base + "/charts").pull("mine/app", "^11").version())
                .isEqualTo("11.0.0");
        assertThatThrownBy(() -> puller().pull("unknown/app", "")).hasMessage("repo unknown not found");
    }
}
