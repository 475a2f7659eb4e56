package dev.windlass.helm.repo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.helm.HelmException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OciChartPullTest {

    private FakeRegistry registry;
    private ChartPuller puller;

    @BeforeEach
    void setUp() {
        registry = new FakeRegistry();
        puller = ChartPuller.over(registry);
    }

    @Test
    void pull_exactTagFetchesManifestThenChartLayer() throws HelmException {
        String digest = registry.push("charts/app", "app", "1.2.3");
        PulledChart chart = puller.pull("oci://registry.test/charts/app", "1.2.3");
        assertThat(chart.version()).isEqualTo("1.2.3");
        assertThat(chart.name()).isEqualTo("app");
        assertThat(chart.digest()).isEqualTo(digest);
        assertThat(chart.archive()).isEqualTo(TestCharts.archive("app", "1.2.3"));
        assertThat(chart.source()).isEqualTo("oci://registry.test/charts/app:1.2.3");
        assertThat(registry.requests).containsExactly("/v2/charts/app/manifests/1.2.3", "/v2/charts/app/blobs/" + digest);
    }

    @Test
    void pull_constraintListsTagsAndPicksHighestMatch() throws HelmException {
        registry.push("charts/app", "app", "11.0.0");
        registry.push("charts/app", "app", "12.4.0");
        registry.push("charts/app", "app", "12.10.1");
        registry.push("charts/app", "app", "13.0.0-beta.1");
        PulledChart chart = puller.pull("oci://registry.test/charts/app", ">=12.0.0");
        assertThat(chart.version()).isEqualTo("12.10.1");
        assertThat(registry.requests.get(0)).isEqualTo("/v2/charts/app/tags/list");
    }

    @Test
    void pull_withoutVersionTakesHighestStableTag() throws HelmException {
        registry.push("charts/app", "app", "1.0.0");
        registry.push("charts/app", "app", "2.0.0-rc.1");
        registry.push("charts/app", "app", "1.5.0");
        registry.tags.add("latest");
        assertThat(puller.pull("oci://registry.test/charts/app", "").version()).isEqualTo("1.5.0");
    }

    @Test
    void pull_plusInVersionIsStoredAsUnderscoreTag() throws HelmException {
        registry.push("charts/app", "app", "1.0.0+build.7");
        PulledChart chart = puller.pull("oci://registry.test/charts/app", "1.0.0+build.7");
        assertThat(chart.version()).isEqualTo("1.0.0+build.7");
        assertThat(registry.requests.get(0)).isEqualTo("/v2/charts/app/manifests/1.0.0_build.7");
        assertThat(puller.pull("oci://registry.test/charts/app", "^1.0.0").version()).isEqualTo("1.0.0+build.7");
    }

    @Test
    void pull_answersBearerChallengeWithTokenFromRealm() throws HelmException {
        registry.requireToken = true;
        registry.push("charts/app", "app", "1.2.3");
        PulledChart chart = puller.withCredentials("auth.test", new RegistryCredentials("user", "pass"))
                .pull("oci://registry.test/charts/app:1.2.3", "");
        assertThat(chart.version()).isEqualTo("1.2.3");
        assertThat(registry.requests).containsExactly("/v2/charts/app/manifests/1.2.3",
                "/token?service=registry.test&scope=repository:charts/app:pull",
                "/v2/charts/app/manifests/1.2.3", "/v2/charts/app/blobs/" + chart.digest());
    }

    @Test
    void pull_failsWhenTokenIsRefused() {
        registry.requireToken = true;
        registry.push("charts/app", "app", "1.2.3");
        assertThatThrownBy(() -> puller.pull("oci://registry.test/charts/app:1.2.3", ""))
                .hasMessageStartingWith("failed to fetch anonymous token: GET \"https://auth.test/token?");
    }

    @Test
    void pull_cachedLayerSkipsBlobDownload() throws HelmException {
        String digest = registry.push("charts/app", "app", "1.2.3");
        Map<String, byte[]> store = new HashMap<>();
        ChartCache cache = new ChartCache() {
            @Override
            public Optional<byte[]> get(String d) {
                return Optional.ofNullable(store.get(d));
            }

            @Override
            public void put(String d, byte[] archive) {
                store.put(d, archive);
            }
        };
        ChartPuller cached = puller.withCache(cache);
        assertThat(cached.pull("oci://registry.test/charts/app", "1.2.3").fromCache()).isFalse();
        registry.requests.clear();
        PulledChart again = cached.pull("oci://registry.test/charts/app", "1.2.3");
        assertThat(again.fromCache()).isTrue();
        assertThat(again.digest()).isEqualTo(digest);
        assertThat(registry.requests).containsExactly("/v2/charts/app/manifests/1.2.3");
    }

    @Test
    void pull_byDigestUsesDigestAsManifestReference() throws HelmException {
        registry.push("charts/app", "app", "1.2.3");
        String manifestDigest = registry.manifests.keySet().stream().filter(k -> k.contains("sha256:")).findFirst()
                .orElseThrow().substring("charts/app:".length());
        PulledChart chart = puller.pull("oci://registry.test/charts/app@" + manifestDigest, "");
        assertThat(registry.requests.get(0)).isEqualTo("/v2/charts/app/manifests/" + manifestDigest);
        assertThat(chart.archive()).isEqualTo(TestCharts.archive("app", "1.2.3"));
    }

    @Test
    void pull_failsWithHelmTexts() {
        registry.push("charts/app", "app", "1.0.0");
        assertThatThrownBy(() -> puller.pull("oci://registry.test/charts/app:1.0.0", "2.0.0"))
                .hasMessage("chart reference and version mismatch: 2.0.0 is not 1.0.0");
        assertThatThrownBy(() -> puller.pull("oci://registry.test/charts/app", ">=5.0.0"))
                .hasMessage("could not locate a version matching provided version string >=5.0.0");
        assertThatThrownBy(() -> puller.pull("oci://registry.test/charts/other", "^1"))
                .hasMessage("unable to locate any tags in provided repository: registry.test/charts/other");
        assertThatThrownBy(() -> puller.pull("oci://registry.test/charts/app", "9.9.9"))
                .hasMessage("oci://registry.test/charts/app:9.9.9: not found");
    }

    @Test
    void pull_rejectsManifestThatIsNotAChart() {
        registry.manifestConfigType = "application/vnd.oci.image.config.v1+json";
        registry.push("charts/app", "app", "1.0.0");
        assertThatThrownBy(() -> puller.pull("oci://registry.test/charts/app", "1.0.0"))
                .hasMessage("could not load config with mediatype application/vnd.cncf.helm.config.v1+json");
    }

    @Test
    void pull_rejectsBlobWhoseDigestDiffers() {
        String digest = registry.push("charts/app", "app", "1.0.0");
        registry.blobs.put(digest, "tampered".getBytes());
        assertThatThrownBy(() -> puller.pull("oci://registry.test/charts/app", "1.0.0"))
                .hasMessageStartingWith("digest mismatch for oci://registry.test/charts/app:1.0.0: expected " + digest);
    }
}
