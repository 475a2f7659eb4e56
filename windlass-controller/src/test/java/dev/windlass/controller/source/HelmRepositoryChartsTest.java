package dev.windlass.controller.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.engine.source.SourceException;
import dev.windlass.helm.repo.ChartPuller;
import dev.windlass.helm.repo.RepositoryTransport;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HelmRepositoryChartsTest {

    private static final String INDEX = """
            apiVersion: v1
            entries:
              web:
              - name: web
                version: 1.4.2
                urls: [web-1.4.2.tgz]
              - name: web
                version: 1.3.0
                urls: [web-1.3.0.tgz]
            """;

    private final List<String> requests = new ArrayList<>();

    private RepositoryTransport transport() {
        return (uri, headers) -> {
            requests.add(uri + (headers.containsKey("Authorization") ? " (auth)" : ""));
            if (uri.getPath().endsWith("/index.yaml")) {
                return RepositoryTransport.Response.of(200, Map.of(), INDEX.getBytes(StandardCharsets.UTF_8));
            }
            if (uri.getPath().endsWith(".tgz")) {
                return RepositoryTransport.Response.of(200, Map.of(), uri.getPath().getBytes(StandardCharsets.UTF_8));
            }
            return RepositoryTransport.Response.of(404, Map.of(), new byte[0]);
        };
    }

    @Test
    void fetch_resolvesAConstraintInTheIndex_andSendsTheSecretsCredentialsToTheRepositoryHost() throws Exception {
        HelmRepositoryCharts charts = new HelmRepositoryCharts(ChartPuller.over(transport()),
                url -> new HelmRepositoryCharts.Access("user", "secret", false));

        FetchedChart chart = charts.fetch("https://charts.example.com/stable", "web", "1.x", false);

        assertThat(chart.version()).isEqualTo("1.4.2");
        assertThat(new String(chart.archive(), StandardCharsets.UTF_8)).endsWith("web-1.4.2.tgz");
        assertThat(requests).first().asString().startsWith("https://charts.example.com/stable/index.yaml")
                .endsWith("(auth)");
    }

    @Test
    void fetch_aVersionTheIndexLacks_failsNamingTheChartAndRepository() {
        HelmRepositoryCharts charts = new HelmRepositoryCharts(ChartPuller.over(transport()),
                url -> HelmRepositoryCharts.Access.NONE);

        assertThatThrownBy(() -> charts.fetch("https://charts.example.com/stable", "web", "2.0.0", false))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("failed to pull chart web at version '2.0.0' from https://charts.example.com/stable");
    }

    @ParameterizedTest
    @CsvSource({
        "registry.example.com/charts, true",
        "oci://registry.example.com/charts, true",
        "https://charts.example.com, false",
        "http://localhost:8080/charts, false",
        "'', false",
    })
    void isOciRepository_followsArgoCdsIsHelmOciRepo(String url, boolean oci) {
        assertThat(HelmRepositoryCharts.isOciRepository(url)).isEqualTo(oci);
    }

    @Test
    void cachedCharts_keepAnExactVersionForGood() throws Exception {
        List<String> asked = new ArrayList<>();
        ChartFetcher counting = (repoURL, chart, version, pass) -> {
            asked.add(version);
            return new FetchedChart(repoURL, chart, "1.4.2", new byte[] {1});
        };
        CachedCharts cached = new CachedCharts(counting, java.time.Duration.ZERO, java.time.Clock.systemUTC(), 8);

        cached.fetch("https://c", "web", "1.4.2", false);
        cached.fetch("https://c", "web", "1.4.2", false);
        cached.fetch("https://c", "web", "1.x", false);
        cached.fetch("https://c", "web", "1.x", false);

        assertThat(asked).containsExactly("1.4.2", "1.x", "1.x");
    }
}
