package dev.windlass.helm.release;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.helm.HelmCorpus;
import dev.windlass.helm.chart.Chart;
import dev.windlass.helm.chart.ChartLoader;
import dev.windlass.helm.engine.ClusterLookup;
import dev.windlass.helm.engine.KubeVersion;
import dev.windlass.model.snapshot.LocalSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code helm template testdata/testcharts/subchart} against Helm's golden, from the shared corpus
 * (skipped without the corpus).
 */
class HelmTemplateGoldenTest {

    @Test
    void render_subchartMatchesHelmsGolden() throws Exception {
        Path cmd = HelmCorpus.require("cmd");
        Chart chart = ChartLoader.load(LocalSnapshot.of(cmd.resolve("testcharts")), "subchart");
        Rendered rendered = HelmTemplate.render(chart, Map.of(), TemplateRequest.defaults(), KubeVersion.HELM_TESTS,
                ClusterLookup.NONE);
        assertThat(rendered.output()).isEqualTo(Files.readString(cmd.resolve("output/template.txt")));
    }
}
