package dev.windlass.bench.kustomize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Runs the benchmark once (generators off, as they may not be built yet), so a broken one fails the build. */
class KustomizeBenchmarkTest {

    @Test
    void kustomizeBuild_printsEveryObjectOfTheOverlay() throws Exception {
        KustomizeBenchmark benchmark = new KustomizeBenchmark();
        benchmark.generators = false;
        benchmark.setUp();
        try {
            String yaml = benchmark.kustomizeBuild();

            assertThat(yaml.split("\n---\n", -1)).hasSize(500);
            assertThat(yaml).contains("name: prod-app-049");
        } finally {
            benchmark.tearDown();
        }
    }
}
