package dev.windlass.sandbox.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.sandbox.Sandbox;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The watch wire protocol itself: frames, bookmarks, timeouts, initial events. */
class WatchProtocolTest {

    private static Sandbox sandbox;
    private static HttpClient http;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.builder().controllers(false).bookmarkEvery(Duration.ofMillis(200)).start();
        http = HttpClient.newBuilder().sslContext(sandbox.certificateAuthority().clientSslContext()).build();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void timeoutSeconds_endsTheStream() throws Exception {
        long start = System.nanoTime();
        List<String> frames = frames("/api/v1/namespaces/default/configmaps?watch=true&timeoutSeconds=1", 100);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(900), Duration.ofSeconds(5));
        assertThat(frames).anyMatch(f -> f.startsWith("{\"type\":\"ADDED\"") && f.contains("kube-root-ca.crt"));
    }

    @Test
    void bookmarks_carryTheLatestResourceVersion_whenAllowed() throws Exception {
        List<String> frames = frames("/api/v1/namespaces/default/configmaps?watch=true&timeoutSeconds=1"
                + "&allowWatchBookmarks=true", 100);

        assertThat(frames).anyMatch(f -> f.startsWith("{\"type\":\"BOOKMARK\"")
                && f.contains("\"kind\":\"ConfigMap\"") && f.contains("\"resourceVersion\":\""));
    }

    @Test
    void noBookmarks_unlessAllowed() throws Exception {
        List<String> frames = frames("/api/v1/namespaces/default/configmaps?watch=true&timeoutSeconds=1", 100);

        assertThat(frames).noneMatch(f -> f.contains("BOOKMARK"));
    }

    @Test
    void sendInitialEvents_endsTheInitialListWithAnAnnotatedBookmark() throws Exception {
        List<String> frames = frames("/api/v1/namespaces/default/configmaps?watch=true&timeoutSeconds=1"
                + "&sendInitialEvents=true&resourceVersionMatch=NotOlderThan&allowWatchBookmarks=true", 100);

        int end = indexOf(frames, "k8s.io/initial-events-end");
        assertThat(end).isPositive();
        assertThat(frames.subList(0, end)).allMatch(f -> f.startsWith("{\"type\":\"ADDED\""));
    }

    @Test
    void watch_fromACompactedVersion_sendsAnExpiredErrorEvent() throws Exception {
        try (Sandbox small = Sandbox.builder().controllers(false).watchHistory(5).start()) {
            HttpClient client = HttpClient.newBuilder()
                    .sslContext(small.certificateAuthority().clientSslContext()).build();
            HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(
                            URI.create(small.url() + "/api/v1/namespaces?watch=true&resourceVersion=1"))
                    .header("Authorization", "Bearer " + small.token()).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            List<String> frames = read(response.body(), 10);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(frames).singleElement().satisfies(f -> assertThat(f)
                    .startsWith("{\"type\":\"ERROR\"").contains("\"code\":410").contains("\"reason\":\"Expired\""));
        }
    }

    private static List<String> frames(String path, int max) throws Exception {
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(URI.create(sandbox.url() + path))
                .header("Authorization", "Bearer " + sandbox.token()).build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        return read(response.body(), max);
    }

    private static List<String> read(InputStream body, int max) throws Exception {
        List<String> frames = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String line;
            while (frames.size() < max && (line = reader.readLine()) != null) {
                frames.add(line);
            }
        }
        return frames;
    }

    private static int indexOf(List<String> frames, String text) {
        for (int i = 0; i < frames.size(); i++) {
            if (frames.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }
}
