package dev.windlass.render.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.snapshot.LocalSnapshot;
import dev.windlass.model.snapshot.Snapshot;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reads every YAML file of the shared conformance corpora (public test data of Argo CD, Gatekeeper,
 * Helm, Kustomize, Regorus and Tekton, in {@code ../shared/corpus}) and checks that it parses and
 * survives a write-then-read round trip. Prints a pass count per corpus and every failure and skip;
 * fails only when a count drops below its floor in {@code conformance-floors.properties}.
 * Files that are not YAML by design are listed with a reason in {@code conformance-skips.properties}.
 *
 * <p>Runs only with {@code ./mvnw -B -Pconformance test}, and is skipped when the corpus is absent.
 */
@Tag("conformance")
class YamlCorpusConformanceTest {

    private static final Duration FILE_BUDGET = Duration.ofSeconds(20);
    private static final CodecLimits LIMITS = CodecLimits.DEFAULT;

    @ParameterizedTest(name = "yaml/{0}")
    @ValueSource(strings = {"argocd-health", "gatekeeper-library", "helm", "kustomize", "regorus-rego-cases", "tekton"})
    void corpusYaml_readsAndRoundTripsAtLeastTheFloor(String corpus) throws InterruptedException {
        Optional<Path> directory = corpusRoot().map(root -> root.resolve(corpus)).filter(Files::isDirectory);
        assumeTrue(directory.isPresent(), () -> "no corpus folder " + corpus + " under windlass.shared.dir/corpus; skipped");

        CorpusReport report = run(corpus, LocalSnapshot.of(directory.get()));
        report.print(System.out);

        String floorKey = "yaml." + corpus;
        int floor = Integer.parseInt(resource("/conformance-floors.properties").getProperty(floorKey, "0").trim());
        assertThat(report.passed())
                .as("%s (floor %s=%d in conformance-floors.properties); failures are listed above", report.summary(), floorKey, floor)
                .isGreaterThanOrEqualTo(floor);
    }

    private static CorpusReport run(String corpus, Snapshot snapshot) throws InterruptedException {
        YamlRoundTripCheck check = new YamlRoundTripCheck(LIMITS);
        List<String> failures = new ArrayList<>();
        List<String> skips = new ArrayList<>();
        int passed = 0;
        int checked = 0;
        for (CorpusFiles.CorpusFile file : CorpusFiles.list(corpus, snapshot, skipList())) {
            if (file.skipReason().isPresent()) {
                skips.add(file.path() + ": " + file.skipReason().get());
                continue;
            }
            checked++;
            Optional<String> failure = checkWithinBudget(check, snapshot, file.path());
            if (failure.isPresent()) {
                failures.add(file.path() + ": " + failure.get().replace('\n', ' '));
            } else {
                passed++;
            }
        }
        return new CorpusReport("yaml/" + corpus, passed, checked, failures, skips);
    }

    /** Runs one check on its own thread, so that a hang in the codec is reported instead of stalling the suite. */
    private static Optional<String> checkWithinBudget(YamlRoundTripCheck check, Snapshot snapshot, String path)
            throws InterruptedException {
        ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "conformance-" + path);
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<Optional<String>> result = executor.submit(() -> check.check(path, snapshot.read(path, LIMITS.maxFileBytes())));
            return result.get(FILE_BUDGET.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return Optional.of("no result within " + FILE_BUDGET.toSeconds() + " s (a hang in the reader or writer)");
        } catch (ExecutionException e) {
            return Optional.of("threw " + describe(e.getCause()));
        } finally {
            executor.shutdownNow();
        }
    }

    private static String describe(Throwable thrown) {
        if (thrown instanceof IOException) {
            return "while reading: " + thrown.getMessage();
        }
        StackTraceElement[] trace = thrown.getStackTrace();
        return thrown + (trace.length > 0 ? " at " + trace[0] : "");
    }

    static Optional<Path> corpusRoot() {
        String shared = System.getProperty("windlass.shared.dir");
        return shared == null || shared.isBlank() ? Optional.empty() : Optional.of(Path.of(shared, "corpus"));
    }

    private static Map<String, String> skipList() {
        Properties skips = resource("/conformance-skips.properties");
        return skips.stringPropertyNames().stream().collect(Collectors.toMap(k -> k, k -> skips.getProperty(k).trim()));
    }

    static Properties resource(String name) {
        Properties properties = new Properties();
        try (InputStream in = YamlCorpusConformanceTest.class.getResourceAsStream(name)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return properties;
    }
}
