package dev.windlass.bench.helm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.helm.chart.ChartLoader;
import dev.windlass.helm.release.HelmTemplate;
import dev.windlass.helm.release.Rendered;
import dev.windlass.helm.release.TemplateRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HelmChartFixtureTest {

    @Test
    void chart_rendersEveryTemplateOfTheParentAndItsSubcharts() throws Exception {
        Rendered rendered = HelmTemplate.render(ChartLoader.load(HelmChartFixture.chart(50, 3), ""), Map.of(),
                TemplateRequest.defaults());

        assertThat(rendered.manifests()).hasSize(50 + 3 * 5);
        assertThat(rendered.output()).contains("name: release-name-shop-0", "team: payments",
                "greeting: \"hello release-name\"", "image: \"registry.example.com/app:4.2\"");
    }
}
