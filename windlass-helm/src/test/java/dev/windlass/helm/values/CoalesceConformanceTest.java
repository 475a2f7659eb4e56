package dev.windlass.helm.values;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.helm.HelmCorpus;
import dev.windlass.helm.chart.Chart;
import dev.windlass.helm.chart.ChartLoader;
import dev.windlass.helm.yaml.GoYaml;
import dev.windlass.model.snapshot.LocalSnapshot;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The values {@code helm template} gives templates for {@code corpus/helm/cmd/testcharts/issue-9027}. */
class CoalesceConformanceTest {

    @Test
    void issue9027_nullsDeleteAtTheTopButNotInSubcharts() throws Exception {
        Path testcharts = HelmCorpus.require("cmd", "testcharts");
        Chart chart = ChartValues.processDependencies(ChartLoader.load(LocalSnapshot.of(testcharts), "issue-9027"),
                Map.of());
        Map<String, Object> values = ChartValues.coalesce(chart, Map.of());
        Map<String, Object> sub = GoYaml.parseMap("global:\n  hash: {key1: 1, key2: 2, key3: 13, key4: 4, key5: 5, "
                + "key6: 6}\nhash: {key1: 1, key2: 2, key3: 13, key4: 4, key5: 5, key6: 6}\n");
        assertThat(values.get("global")).isEqualTo(GoYaml.parseMap("hash: {key3: 13}\n"));
        assertThat(values.get("subchart")).isEqualTo(sub);
        assertThat(values).containsOnlyKeys("global", "subchart");
    }
}
