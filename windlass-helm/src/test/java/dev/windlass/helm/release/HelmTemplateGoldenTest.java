package dev.windlass.helm.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
 * (skipped when it or the in-flight parts of the pipeline are absent).
 */
class HelmTemplateGoldenTest {

    @Test
    void render_subchartMatchesHelmsGolden() throws Exception {
        Path cmd = Path.of(System.getProperty("windlass.shared.dir", "/work/shared"), "corpus", "helm", "cmd");
        assumeTrue(Files.isDirectory(cmd.resolve("testcharts/subchart")), "no Helm corpus");
        Chart chart;
        Rendered rendered;
        try {
            chart = ChartLoader.load(LocalSnapshot.of(cmd.resolve("testcharts")), "subchart");
            rendered = HelmTemplate.render(chart, Map.of(), TemplateRequest.defaults(), KubeVersion.HELM_TESTS,
                    ClusterLookup.NONE);
        } catch (UnsupportedOperationException e) {
            assumeTrue(false, "pipeline not complete: " + e.getMessage());
            return;
        }
        assertThat(rendered.output()).isEqualTo(Files.readString(cmd.resolve("output/template.txt")));
    }
}
