package dev.windlass.pipelines.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.KubeObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs tektoncd/pipeline's stable examples (the shared corpus' tekton/cases.tsv) with the local
 * executor: every PipelineRun and TaskRun of a file must reach the outcome the row expects. Files
 * that need a cluster or tools beyond a POSIX shell are skipped with the reason ({@link ExampleSkips}).
 * Prints {@code conformance tekton/examples: P/T passed (S skipped)} and one line per skip and failure.
 */
@Tag("conformance")
class TektonExamplesConformanceTest {

    /**
     * The shell for scripts without {@code #!}: Tekton runs them with the image's {@code /bin/sh}, which
     * in the examples' alpine, busybox and bash images is BusyBox ash ({@code [[ ]]} and {@code ==} in
     * {@code [} work). bash is the nearest host shell; a host's {@code /bin/sh} may be dash, which has
     * neither. {@code -Dtekton.shell=/bin/sh} runs them with the executor's default instead.
     */
    private static final Optional<Path> SHELL = shell();

    /** A hang guard per run; the slowest stable example sleeps a few seconds. */
    private static final long RUN_LIMIT_SECONDS = 120;

    @TempDir
    Path dir;

    @Test
    void stableExamples_reachTheirExpectedOutcome() throws IOException {
        Path corpus = corpus();
        Tally tally = new Tally();
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "tekton-example");
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (ExampleCase example : ExampleCase.read(corpus.resolve("cases.tsv"))) {
                if (example.isStable()) {
                    check(corpus, example, tally, pool);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.println("conformance tekton/examples: scripts without #! run with "
                + SHELL.map(Path::toString).orElse("the executor's default shell"));
        tally.print();
        assertThat(tally.passed).isGreaterThanOrEqualTo(floor("tekton-examples"));
    }

    private void check(Path corpus, ExampleCase example, Tally tally, ExecutorService pool) throws IOException {
        Path file = corpus.resolve(example.file());
        String text = Files.readString(file);
        Optional<String> skip = ExampleSkips.reason(example.shortName(), text);
        if (skip.isPresent()) {
            tally.skip(example.shortName(), skip.get());
            return;
        }
        List<KubeObject> objects = ExampleFiles.read(List.of(file));
        List<KubeObject> runs = objects.stream().filter(LocalRunHarness::isRun).toList();
        if (runs.isEmpty()) {
            tally.skip(example.shortName(), "holds no PipelineRun or TaskRun");
            return;
        }
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            Path work = dir.resolve(example.shortName().replace('/', '_') + "-" + i);
            LocalRunHarness harness = new LocalRunHarness(work, Map.of(), SHELL);
            KubeObject run = runs.get(i);
            String problem = runOne(pool, () -> harness.run(objects, run), example);
            if (problem != null) {
                problems.add(runName(run) + ": " + problem);
            }
        }
        if (problems.isEmpty()) {
            tally.pass();
        } else {
            tally.fail(example.shortName(), String.join("; ", problems));
        }
    }

    /** Null when the run reached the expected outcome, else what went wrong. */
    private static String runOne(ExecutorService pool, Callable<LocalRunHarness.Outcome> run,
            ExampleCase example) {
        Future<LocalRunHarness.Outcome> future = pool.submit(run);
        try {
            LocalRunHarness.Outcome outcome = future.get(RUN_LIMIT_SECONDS, TimeUnit.SECONDS);
            if (outcome.succeeded() == example.expectsSuccess()) {
                return null;
            }
            return outcome.summary() + lastLines(outcome.lines());
        } catch (TimeoutException e) {
            future.cancel(true);
            return "did not finish in " + RUN_LIMIT_SECONDS + " s";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } catch (ExecutionException e) {
            return "crash " + e.getCause();
        }
    }

    private static String lastLines(List<String> lines) {
        if (lines.isEmpty()) {
            return "";
        }
        return " | log: " + String.join(" / ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
    }

    private static String runName(KubeObject run) {
        String name = run.name();
        return run.kind() + " " + (name == null || name.isEmpty() ? run.generateName() + "*" : name);
    }

    private static Optional<Path> shell() {
        Path shell = Path.of(System.getProperty("tekton.shell", "/bin/bash"));
        return Files.isExecutable(shell) ? Optional.of(shell) : Optional.empty();
    }

    private static Path corpus() {
        String shared = System.getProperty("windlass.shared.dir");
        Path root = shared == null ? null : Path.of(shared, "corpus", "tekton");
        Assumptions.assumeTrue(root != null && Files.isRegularFile(root.resolve("cases.tsv")),
                "no Tekton corpus (run with -Pconformance -Dshared.dir=/path/to/shared)");
        return root;
    }

    private static int floor(String key) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TektonExamplesConformanceTest.class.getResourceAsStream("/conformance-floors.properties")) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return Integer.parseInt(p.getProperty(key, "0"));
    }

    /** Pass, failure and skip counts, with a reason per skip and failure. */
    private static final class Tally {
        int passed;
        int total;
        final List<String> skips = new ArrayList<>();
        final List<String> failures = new ArrayList<>();

        void pass() {
            total++;
            passed++;
        }

        void fail(String file, String reason) {
            total++;
            failures.add("conformance failure tekton/examples " + file + ": " + reason);
        }

        void skip(String file, String reason) {
            skips.add("conformance skipped tekton/examples " + file + ": " + reason);
        }

        void print() {
            skips.forEach(System.out::println);
            failures.forEach(System.out::println);
            System.out.printf("conformance tekton/examples: %d/%d passed (%d skipped)%n", passed, total, skips.size());
        }
    }
}
