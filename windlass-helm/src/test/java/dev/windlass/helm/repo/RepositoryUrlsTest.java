package dev.windlass.helm.repo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.helm.HelmException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RepositoryUrlsTest {

    @ParameterizedTest(name = "{0} + {1}")
    @CsvSource(delimiter = ';', value = {
        "https://charts.example.com;index.yaml;https://charts.example.com/index.yaml",
        "https://charts.example.com/;index.yaml;https://charts.example.com/index.yaml",
        "https://example.com/charts;index.yaml;https://example.com/charts/index.yaml",
        "https://example.com/charts/;nginx-1.0.0.tgz;https://example.com/charts/nginx-1.0.0.tgz",
        "https://example.com/charts;sub/nginx-1.0.0.tgz;https://example.com/charts/sub/nginx-1.0.0.tgz",
        "https://example.com/charts;/abs/nginx.tgz;https://example.com/abs/nginx.tgz",
        "https://example.com/charts;../other/nginx.tgz;https://example.com/other/nginx.tgz",
        "https://example.com/charts;https://cdn.example.org/nginx.tgz;https://cdn.example.org/nginx.tgz",
        "https://example.com/charts?token=abc;nginx.tgz;https://example.com/charts/nginx.tgz?token=abc",
        "https://example.com/charts?token=abc;index.yaml;https://example.com/charts/index.yaml?token=abc",
        "http://127.0.0.1:8080/a/b;c.tgz;http://127.0.0.1:8080/a/b/c.tgz",
    })
    void resolveReference_joinsRelativeChartUrlsLikeHelm(String base, String ref, String expected)
            throws HelmException {
        assertThat(RepositoryUrls.resolveReference(base, ref)).isEqualTo(expected);
    }
}
