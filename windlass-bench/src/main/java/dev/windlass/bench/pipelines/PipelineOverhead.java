package dev.windlass.bench.pipelines;

import dev.windlass.model.KubeObject;
import dev.windlass.model.Result;
import dev.windlass.pipelines.local.LocalTaskExecutor;
import dev.windlass.pipelines.model.TektonCatalog;
import dev.windlass.pipelines.run.PipelineRunner;
import dev.windlass.pipelines.run.RunListener;
import dev.windlass.pipelines.run.RunState;
import dev.windlass.pipelines.store.FileRunStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The local executor's cost per task for issue 8, printed as {@code pipelines.<metric> <value>} lines:
 * a PipelineRun of {@code -Dpipelines.tasks} (50) tasks, each one step running {@code true}, run by
 * {@link PipelineRunner} with the local executor and the file run store (as {@code windlass pipeline
 * run} does) as a chain (each task after the one before) and fully parallel; wall time and wall time
 * per task (median of {@code -Dpipelines.rounds}, 5, after {@code -Dpipelines.warmup}, 2); the cost of
 * starting one {@code true} process, the floor of any host step; and a ratio against the about 2 s
 * that Tekton's place-tools init container alone adds to each TaskRun Pod (tektoncd/pipeline#4519, a
 * published figure, not measured here). {@code -Dpipelines.parallelism} sets the runner's parallelism
 * (default: the runner's own).
 */
public final class PipelineOverhead {

    /** Tekton's published place-tools delay per TaskRun Pod, in milliseconds. */
    static final double TEKTON_PLACE_TOOLS_MS = 2000;

    private PipelineOverhead() {
    }

    public static void main(String[] args) throws IOException {
        int tasks = Integer.getInteger("pipelines.tasks", 50);
        int rounds = Integer.getInteger("pipelines.rounds", 5);
        int warmup = Integer.getInteger("pipelines.warmup", 2);
        Integer parallelism = Integer.getInteger("pipelines.parallelism");
        Path root = Files.createTempDirectory("windlass-pipelines-bench");
        try {
            System.out.printf(Locale.ROOT, "pipelines.tasks %d (one step running true each; parallelism %s; %d processors)%n",
                    tasks, parallelism == null ? "runner default" : parallelism, Runtime.getRuntime().availableProcessors());
            double spawn = spawnMillis(tasks);
            System.out.printf(Locale.ROOT, "pipelines.process.spawn %.2f ms per `true` process (the floor of a host step)%n",
                    spawn);
            double chain = measure(root, "chain", tasks, true, rounds, warmup, parallelism);
            double parallel = measure(root, "parallel", tasks, false, rounds, warmup, parallelism);
            System.out.printf(Locale.ROOT, "pipelines.ratio.tekton chain %.1f ms per task vs ~%.0f ms place-tools"
                    + " init per Tekton TaskRun (published, #4519): %.0fx less; parallel %.1f ms per task: %.0fx less%n",
                    chain, TEKTON_PLACE_TOOLS_MS, TEKTON_PLACE_TOOLS_MS / chain, parallel,
                    TEKTON_PLACE_TOOLS_MS / parallel);
        } finally {
            delete(root);
        }
    }

    /** Runs the pipeline {@code rounds} times after {@code warmup}; prints wall and per-task lines; returns ms per task. */
    private static double measure(Path root, String mode, int tasks, boolean chain, int rounds, int warmup,
            Integer parallelism) {
        double[] walls = new double[rounds];
        for (int i = 0; i < warmup + rounds; i++) {
            Path dir = root.resolve(mode + "-" + i);
            KubeObject run = OverheadPipelines.run(mode + "-" + i, tasks, chain);
            PipelineRunner runner = runner(dir, parallelism);
            long start = System.nanoTime();
            RunState state = runner.run(run);
            double millis = (System.nanoTime() - start) / 1e6;
            if (!state.condition().isSucceeded()) {
                throw new IllegalStateException(mode + " run " + i + " ended " + state.condition());
            }
            if (i >= warmup) {
                walls[i - warmup] = millis;
            }
            delete(dir);
        }
        Arrays.sort(walls);
        double median = walls[walls.length / 2];
        System.out.printf(Locale.ROOT, "pipelines.%s.wall median=%.0f ms min=%.0f ms max=%.0f ms (%d rounds)%n",
                mode, median, walls[0], walls[walls.length - 1], rounds);
        System.out.printf(Locale.ROOT, "pipelines.%s.perTask %.1f ms (median wall / %d tasks)%n", mode,
                median / tasks, tasks);
        return median / tasks;
    }

    private static PipelineRunner runner(Path dir, Integer parallelism) {
        Result<TektonCatalog> catalog = TektonCatalog.of(List.of());
        PipelineRunner.Builder builder = PipelineRunner.builder()
                .catalog(catalog.value())
                .executor(LocalTaskExecutor.builder()
                        .workRoot(dir.resolve("work"))
                        .volumesRoot(dir.resolve("volumes"))
                        .build())
                .store(new FileRunStore(dir.resolve("store")))
                .objects((kind, namespace, name) -> catalog.value().object(kind, namespace, name))
                .listener(RunListener.NONE)
                .clock(Clock.systemUTC());
        if (parallelism != null) {
            builder.parallelism(parallelism);
        }
        return builder.build();
    }

    /** Milliseconds to start and wait for one {@code true} process, averaged over {@code count}. */
    private static double spawnMillis(int count) throws IOException {
        for (int i = 0; i < 5; i++) {
            spawnTrue();
        }
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            spawnTrue();
        }
        return (System.nanoTime() - start) / 1e6 / count;
    }

    private static void spawnTrue() throws IOException {
        Process process = new ProcessBuilder("true").start();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
