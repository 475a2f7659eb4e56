package dev.windlass.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@code GET /metrics} on the local API: Prometheus text without the token, rendered per scrape. */
class MetricsRouteTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final FakeApplications fake = new FakeApplications();

    private HttpResponse<String> send(LocalApiServer server, String method, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void metrics_areServedWithoutTheTokenInPrometheusTextFormat_freshOnEachScrape() throws Exception {
        AtomicInteger scrapes = new AtomicInteger();
        try (LocalApiServer server = LocalApiServer.start(fake, ServerOptions.DEFAULT,
                () -> "gatekeeper_violations{enforcement_action=\"deny\"} " + scrapes.incrementAndGet() + "\n")) {
            HttpResponse<String> first = send(server, "GET", "/metrics");
            HttpResponse<String> second = send(server, "GET", "/metrics");
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(first.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
            assertThat(first.body()).isEqualTo("gatekeeper_violations{enforcement_action=\"deny\"} 1\n");
            assertThat(second.body()).endsWith(" 2\n");
        }
    }

    @Test
    void metrics_answerOnlyGetAndHead() throws Exception {
        try (LocalApiServer server = LocalApiServer.start(fake, ServerOptions.DEFAULT, () -> "x 1\n")) {
            HttpResponse<String> post = send(server, "POST", "/metrics");
            assertThat(post.statusCode()).isEqualTo(405);
            assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
            assertThat(send(server, "HEAD", "/metrics").statusCode()).isEqualTo(200);
            assertThat(send(server, "GET", "/metrics/extra").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void withoutAMetricsSource_metricsIsAnApiPathThatNeedsTheToken() throws Exception {
        try (LocalApiServer server = LocalApiServer.start(fake, ServerOptions.DEFAULT)) {
            assertThat(send(server, "GET", "/metrics").statusCode()).isEqualTo(401);
        }
    }

    @Test
    void apiRoutes_stillNeedTheTokenWhenMetricsAreServed() throws IOException, Exception {
        try (LocalApiServer server = LocalApiServer.start(fake, ServerOptions.DEFAULT, () -> "")) {
            assertThat(send(server, "GET", "/api/v1/applications").statusCode()).isEqualTo(401);
        }
    }
}
