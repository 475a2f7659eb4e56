package dev.windlass.bench.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Runs the scale driver at a small size, so that a broken driver fails the build rather than a
 * later benchmark run. Checks what the report says, never how fast anything was.
 */
class SandboxScaleTest {

    private static final ScaleSettings SMALL = new ScaleSettings(500, 5, 256, 1, 5, 40, 2, 10, 5, 20, 0, 30);

    @Test
    void run_reportsEveryMetricWithEveryWatchEventDelivered() throws Exception {
        ScaleReport report = new SandboxScale(SMALL, null).run();

        assertThat(report.metrics()).containsExactly("sandbox.env", "sandbox.startup", "sandbox.load",
                "sandbox.heap.per-object", "sandbox.get.1-thread", "sandbox.get.2-threads", "sandbox.list",
                "sandbox.watch.delivery", "sandbox.watch.update");
        assertThat(report.values("get.1-thread")).contains("p50=", "p90=", "p99=", "max=", "rate=", "gets=40");
        assertThat(report.values("list")).contains("p50=", "p99=", "items/s=", "items/list=10 of 100");
        assertThat(report.values("watch.delivery")).contains("p50=", "p99=", "delivered=100/100", "missing=0",
                "duplicates=0");
        assertThat(report.values("heap.per-object")).containsPattern("^-?\\d+\\.\\d\\dKiB ");
        assertThat(report.block().lines()).allMatch(line -> line.startsWith("sandbox."));
    }

    @Test
    void fromProperties_replacesOnlyTheSizesGiven() {
        Properties properties = new Properties();
        properties.setProperty("sandbox.scale.objects", "5_000");
        properties.setProperty("sandbox.scale.watchers", "7");

        ScaleSettings settings = ScaleSettings.from(properties);

        assertThat(settings).isEqualTo(new ScaleSettings(5_000, 100, 1024, 5, 2_000, 20_000, 4, 2_000, 7, 1_000,
                200, 60));
    }

    @Test
    void fromProperties_namesTheBadProperty() {
        Properties properties = new Properties();
        properties.setProperty("sandbox.scale.gets", "many");

        assertThatThrownBy(() -> ScaleSettings.from(properties))
                .hasMessageContaining("sandbox.scale.gets is \"many\"");
    }

    @Test
    void matching_isOneObjectInTenOfEachNamespace() {
        ConfigMaps configMaps = new ConfigMaps(ScaleSettings.DEFAULT);

        assertThat(configMaps.matching(0, 50_000)).isEqualTo(50);
        assertThat(configMaps.matching(99, 50_000)).isEqualTo(50);
        assertThat(configMaps.body(3 * 100 + 7).getMap("metadata").orElseThrow().getMap("labels").orElseThrow()
                .getText("app")).contains("app-3");
    }

    @Test
    void percentile_usesTheNearestRank() {
        Latencies latencies = new Latencies(4);
        for (long value = 100; value >= 1; value--) {
            latencies.add(value * 1000);
        }

        assertThat(latencies.percentile(50)).isEqualTo(50_000);
        assertThat(latencies.percentile(99)).isEqualTo(99_000);
        assertThat(latencies.max()).isEqualTo(100_000);
        assertThat(latencies.micros(50, 100)).isEqualTo("p50=50.0us max=100.0us");
    }
}
