package dev.windlass.helm.repo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.helm.HelmException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RepositoryIndexTest {

    private static final String INDEX = """
            apiVersion: v1
            generated: "2024-01-01T00:00:00Z"
            entries:
              nginx:
                - name: nginx
                  version: 11.2.0
                  urls: [nginx-11.2.0.tgz]
                - name: nginx
                  version: 12.1.0
                  appVersion: "1.25"
                  digest: abc
                  created: "2024-01-01T00:00:00Z"
                  urls: [charts/nginx-12.1.0.tgz]
                - name: nginx
                  version: 13.0.0-rc.1
                  urls: [nginx-13.0.0-rc.1.tgz]
                - name: nginx
                  version: 12.0.3
                  deprecated: true
                  urls: [https://mirror.example.com/nginx-12.0.3.tgz]
                - name: nginx
                  version: not-a-version
                  urls: [x.tgz]
                - name: ../evil
                  version: 1.0.0
                - name: nginx
                  version: 1.0.0
                  type: weird
              empty: []
            """;

    private static RepositoryIndex index() throws HelmException {
        return RepositoryIndex.parse(INDEX.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void parse_sortsVersionsHighestFirstAndDropsInvalidEntries() throws HelmException {
        assertThat(index().entries().get("nginx")).extracting(ChartVersionEntry::version)
                .containsExactly("13.0.0-rc.1", "12.1.0", "12.0.3", "11.2.0");
        assertThat(index().apiVersion()).isEqualTo("v1");
    }

    @Test
    void parse_readsEntryFields() throws HelmException {
        ChartVersionEntry e = index().get("nginx", "12.1.0");
        assertThat(e.appVersion()).isEqualTo("1.25");
        assertThat(e.digest()).isEqualTo("abc");
        assertThat(e.urls()).containsExactly("charts/nginx-12.1.0.tgz");
        assertThat(e.apiVersion()).isEqualTo("v1");
        assertThat(index().get("nginx", "12.0.3").deprecated()).isTrue();
    }

    @Test
    void parse_acceptsJson() throws HelmException {
        String json = "{\"apiVersion\":\"v1\",\"entries\":{\"a\":[{\"name\":\"a\",\"version\":\"1.0.0\",\"urls\":[\"a.tgz\"]}]}}";
        assertThat(RepositoryIndex.parse(json.getBytes(StandardCharsets.UTF_8)).get("a", "").urls())
                .containsExactly("a.tgz");
    }

    @Test
    void parse_withoutApiVersionFailsLikeHelm() {
        assertThatThrownBy(() -> RepositoryIndex.parse("entries: {}\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("no API version specified");
    }

    @Test
    void parse_emptyFailsLikeHelm() {
        assertThatThrownBy(() -> RepositoryIndex.parse(new byte[0])).hasMessage("empty index.yaml file");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
        "'';12.1.0",
        "12.0.3;12.0.3",
        ">=12.0.0;12.1.0",
        "~12.0.0;12.0.3",
        "^11;11.2.0",
        "<12.0.0;11.2.0",
        "12.x;12.1.0",
        ">=12.0.0-0;13.0.0-rc.1",
        "13.0.0-rc.1;13.0.0-rc.1",
        "11.2;11.2.0",
        ">=11.0.0 <12.0.0 || >=12.1.0 <13.0.0;12.1.0",
    })
    void get_picksVersionLikeHelm(String requested, String expected) throws HelmException {
        assertThat(index().get("nginx", requested).version()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}/{1} -> {2}")
    @CsvSource(delimiter = ';', value = {
        "missing;'';no chart name found",
        "empty;'';no chart version found",
        "nginx;>=14.0.0;no chart version found for nginx->=14.0.0",
        "nginx;14.0.0;no chart version found for nginx-14.0.0",
        "nginx;>>1;improper constraint: \">>1\"",
    })
    void get_failsWithHelmTexts(String name, String version, String message) {
        assertThatThrownBy(() -> index().get(name, version)).isInstanceOf(HelmException.class).hasMessage(message);
    }

    @Test
    void has_reportsWhetherGetSucceeds() throws HelmException {
        assertThat(index().has("nginx", "^12")).isTrue();
        assertThat(index().has("nginx", "^14")).isFalse();
    }
}
