package dev.windlass.bench.kustomize;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Throughput of one in-process Kustomize build of the {@link KustomizeFixture} overlay (500 base
 * objects, 50 patches, generators unless {@code -p generators=false}): read from disk through a
 * fresh snapshot, built and printed as YAML. One operation is one whole build, so
 * {@code bench/run.sh} prints builds per second for it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class KustomizeBenchmark {

    /** Whether the overlay has configMapGenerator and secretGenerator entries. */
    @Param("true")
    public boolean generators;

    private Path root;
    private InProcessBuild build;

    @Setup
    public void setUp() throws IOException {
        root = Files.createTempDirectory("windlass-kustomize-jmh");
        KustomizeFixture fixture = KustomizeFixture.DEFAULT.withGenerators(generators);
        build = new InProcessBuild(fixture.write(root));
        try {
            build.objects();
        } catch (IllegalStateException e) {
            throw new IllegalStateException(e.getMessage() + (generators
                    ? " (if the generators are not built yet, run with -p generators=false)" : ""), e);
        }
    }

    @TearDown
    public void tearDown() throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** One whole build of the overlay, printed as kustomize prints it. */
    @Benchmark
    public String kustomizeBuild() {
        return build.yaml();
    }
}
