package dev.windlass.bench.helm;

import dev.windlass.helm.HelmException;
import dev.windlass.helm.chart.Chart;
import dev.windlass.helm.chart.ChartLoader;
import dev.windlass.helm.release.HelmTemplate;
import dev.windlass.helm.release.Rendered;
import dev.windlass.helm.release.TemplateRequest;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Warm {@code helm template} of {@link HelmChartFixture} (50 templates and 3 subcharts) in-process:
 * one operation renders the whole chart, values coalesced, manifests sorted and printed. A second
 * benchmark includes loading the chart from its snapshot, as a render of a new commit would.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HelmBenchmark {

    private dev.windlass.model.snapshot.MemorySnapshot snapshot;
    private Chart chart;

    @Setup
    public void load() throws HelmException {
        snapshot = HelmChartFixture.chart(50, 3);
        chart = ChartLoader.load(snapshot, "");
    }

    @Benchmark
    public Rendered helmTemplate() throws HelmException {
        return HelmTemplate.render(chart, Map.of(), TemplateRequest.defaults());
    }

    @Benchmark
    public Rendered helmLoadAndTemplate() throws HelmException {
        return HelmTemplate.render(ChartLoader.load(snapshot, ""), Map.of(), TemplateRequest.defaults());
    }
}
