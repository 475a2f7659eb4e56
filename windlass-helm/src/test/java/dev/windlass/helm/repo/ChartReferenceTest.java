package dev.windlass.helm.repo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.helm.HelmException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChartReferenceTest {

    @Test
    void parse_recognisesEachForm() throws HelmException {
        assertThat(ChartReference.parse("bitnami/nginx"))
                .isEqualTo(new ChartReference.InRepository("bitnami", "nginx"));
        assertThat(ChartReference.parse("nginx")).isEqualTo(new ChartReference.Named("nginx"));
        assertThat(ChartReference.parse("https://example.com/x-1.0.0.tgz"))
                .isEqualTo(new ChartReference.ArchiveUrl("https://example.com/x-1.0.0.tgz"));
        assertThat(ChartReference.parse("oci://ghcr.io/org/charts/app:1.2.3"))
                .isEqualTo(new ChartReference.Oci(new OciReference("ghcr.io", "org/charts/app", "1.2.3", "")));
    }

    @Test
    void parse_rejectsUnknownSchemesAndDeepPaths() {
        assertThatThrownBy(() -> ChartReference.parse("ftp://x/y.tgz"))
                .hasMessage("could not find protocol handler for: ftp");
        assertThatThrownBy(() -> ChartReference.parse("a/b/c"))
                .hasMessage("non-absolute URLs should be in form of repo_name/path_to_chart, got: a/b/c");
        assertThatThrownBy(() -> ChartReference.parse(" ")).hasMessage("chart reference is empty");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "oci://localhost:5000/charts/app;localhost:5000;charts/app;'';'';app",
        "oci://ghcr.io/app:1.0.0+build.1;ghcr.io;app;1.0.0_build.1;'';app",
        "registry.example.com/a/b/c:2.0.0;registry.example.com;a/b/c;2.0.0;'';c",
        "oci://r.io/app@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef;r.io;app;'';"
                + "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef;app",
        "oci://r.io/app:1.0.0@sha256:abcd;r.io;app;1.0.0;sha256:abcd;app",
    })
    void ociParse_splitsRegistryRepositoryTagAndDigest(String raw, String registry, String repository, String tag,
            String digest, String chart) throws HelmException {
        OciReference ref = OciReference.parse(raw);
        assertThat(ref).isEqualTo(new OciReference(registry, repository, tag, digest));
        assertThat(ref.chartName()).isEqualTo(chart);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "oci://ghcr.io;invalid reference: missing registry or repository: oci://ghcr.io",
        "oci://ghcr.io/;invalid reference: missing registry or repository: oci://ghcr.io/",
        "oci://ghcr.io/Upper/Case;invalid reference: invalid repository \"Upper/Case\"",
        "oci://ghcr.io/app:bad tag;invalid reference: invalid tag \"bad tag\"",
        "oci://ghcr.io/app@nodigest;invalid reference: invalid digest \"nodigest\"",
    })
    void ociParse_rejectsMalformedReferences(String raw, String message) {
        assertThatThrownBy(() -> OciReference.parse(raw)).isInstanceOf(HelmException.class).hasMessage(message);
    }

    @Test
    void authChallenge_parsesBearerParameters() {
        AuthChallenge c = AuthChallenge.parse(
                "Bearer realm=\"https://auth.example.com/token\",service=\"registry.example.com\","
                        + "scope=\"repository:charts/app:pull,push\"");
        assertThat(c.scheme()).isEqualTo("bearer");
        assertThat(c.parameter("realm")).isEqualTo("https://auth.example.com/token");
        assertThat(c.parameter("service")).isEqualTo("registry.example.com");
        assertThat(c.parameter("scope")).isEqualTo("repository:charts/app:pull,push");
        assertThat(AuthChallenge.parse("Basic realm=\"Registry\"").scheme()).isEqualTo("basic");
    }
}
