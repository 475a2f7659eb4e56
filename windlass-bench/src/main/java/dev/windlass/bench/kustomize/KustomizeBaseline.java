package dev.windlass.bench.kustomize;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Windlass's Kustomize engine against {@code kubectl kustomize} (kustomize v5) on a large overlay
 * ({@link KustomizeFixture}): checks once that both print the same YAML, then measures warm
 * in-process builds per second against one {@code kubectl kustomize DIR} process per build, and
 * the wall time of one new process each ({@code java -jar windlass.jar kustomize build DIR}, as
 * {@code ./windlass} runs it, against {@code kubectl kustomize DIR}). Settings come from
 * {@link KustomizeSettings}; without kubectl or the CLI jar the comparisons needing them are skipped
 * with a line saying why.
 *
 * <p>Progress goes to standard error; the report ({@code kustomize.<metric> windlass=… kubectl=…
 * ratio=…x}, where above 1 means Windlass is faster, then notes) to standard output. Run it with
 * {@code bench/run.sh kustomize}.
 */
public final class KustomizeBaseline {

    /** Every report line starts with this. */
    static final String PREFIX = "kustomize.";
    /** The goal for warm in-process builds against one kubectl process per build. */
    static final double GOAL = 20;

    private final KustomizeSettings settings;
    private final PrintStream progress;

    KustomizeBaseline(KustomizeSettings settings, PrintStream progress) {
        this.settings = settings;
        this.progress = progress;
    }

    /** Runs the comparison with the settings given as system properties and prints the report lines. */
    public static void main(String[] args) throws Exception {
        List<String> lines = new KustomizeBaseline(KustomizeSettings.fromSystemProperties(), System.err).run();
        lines.forEach(System.out::println);
        System.out.flush();
    }

    /** Writes the fixture to a temporary directory, measures, deletes it; returns the report lines. */
    List<String> run() throws IOException, InterruptedException {
        Path root = Files.createTempDirectory("windlass-kustomize-bench");
        try {
            return measure(settings.fixture().write(root));
        } finally {
            delete(root);
        }
    }

    private List<String> measure(KustomizeFixture.Layout layout) throws IOException, InterruptedException {
        List<String> lines = new ArrayList<>();
        lines.add(fixtureLine(layout));
        InProcessBuild windlass = new InProcessBuild(layout);
        step("windlass: first build of " + layout.overlay());
        long begin = System.nanoTime();
        String ours;
        try {
            ours = windlass.yaml();
        } catch (IllegalStateException e) {
            lines.add(PREFIX + "error " + e.getMessage() + (settings.fixture().generators()
                    ? " (if the generators are not built yet, run with -Dkustomize.generators=false)" : ""));
            return lines;
        }
        long first = System.nanoTime() - begin;
        Reference reference = reference(ExternalBuild.kubectl(settings.kubectl()), layout, ours);
        lines.add(reference.equalityLine());
        Throughput warm = inProcess(windlass);
        Optional<Throughput> kubectl = reference.available() ? Optional.of(kubectlRuns(layout)) : Optional.empty();
        lines.add(rateLine(warm, kubectl, reference));
        lines.add(PREFIX + "build.mean windlass=" + millis(warm.meanNanos()) + "ms kubectl="
                + kubectl.map(k -> millis(k.meanNanos()) + "ms").orElse("skipped") + " (windlass: " + warm.describe()
                + " after " + settings.warmupS() + "s of warm-up" + kubectl.map(k -> "; kubectl: " + k.describe())
                .orElse("") + ")");
        lines.add(PREFIX + "build.first windlass=" + millis(first) + "ms (the first in-process build of this JVM:"
                + " class loading and interpreter, before any warm-up)");
        lines.addAll(new ColdStart(settings, progress).measure(layout, ours, reference.available()));
        lines.add(PREFIX + "note.scope windlass builds read every file from disk through a fresh snapshot, build and"
                + " print the YAML on one thread; kubectl runs include process start and writing its output to a file");
        return List.copyOf(lines);
    }

    /** kubectl's first run: whether it is there and whether it prints what Windlass printed. */
    private Reference reference(ExternalBuild kubectl, KustomizeFixture.Layout layout, String ours)
            throws InterruptedException {
        step("kubectl: first build, to compare outputs (" + kubectl.describe(layout.overlay()) + ")");
        try {
            ExternalBuild.Run run = kubectl.run(layout.overlay());
            if (!run.succeeded()) {
                return new Reference(false, "kubectl failed on the fixture: " + run.failure(), null);
            }
            return new Reference(true, "", YamlDifference.between(ours, run.output()).orElse(null));
        } catch (IOException e) {
            return new Reference(false, "kubectl not found (" + e.getMessage() + "); install kubectl or give its"
                    + " path with -Dkustomize.kubectl=...", null);
        }
    }

    /** What the reference run found: kubectl available (or why not) and the difference, if any. */
    private record Reference(boolean available, String unavailable, YamlDifference difference) {

        String equalityLine() {
            if (!available) {
                return PREFIX + "equal skipped: " + unavailable;
            }
            return difference == null
                    ? PREFIX + "equal yes: windlass and kubectl kustomize print the same YAML (checked once before timing)"
                    : PREFIX + "equal no: " + difference.describe() + "; the numbers below compare builds whose"
                            + " outputs differ";
        }
    }

    private Throughput inProcess(InProcessBuild windlass) {
        step("windlass: " + settings.warmupS() + "s of warm-up, then " + settings.measureS() + "s of builds");
        Throughput.repeat(settings.warmupS(), 1, windlass::yaml);
        return Throughput.repeat(settings.measureS(), 1, windlass::yaml);
    }

    private Throughput kubectlRuns(KustomizeFixture.Layout layout) {
        step("kubectl: " + settings.kubectlS() + "s of builds, one process each");
        ExternalBuild kubectl = ExternalBuild.kubectl(settings.kubectl());
        return Throughput.repeat(settings.kubectlS(), KustomizeSettings.MIN_KUBECTL_RUNS, () -> {
            ExternalBuild.Run run = kubectl.run(layout.overlay());
            if (!run.succeeded()) {
                throw new IllegalStateException("kubectl kustomize failed: " + run.failure());
            }
            return run.output();
        });
    }

    private static String rateLine(Throughput warm, Optional<Throughput> kubectl, Reference reference) {
        String ours = PREFIX + "build.rate windlass=" + rate(warm.perSecond()) + "/s";
        if (kubectl.isEmpty()) {
            return ours + " kubectl=skipped (" + reference.unavailable() + ")";
        }
        double ratio = warm.perSecond() / kubectl.get().perSecond();
        return ours + " kubectl=" + rate(kubectl.get().perSecond()) + "/s ratio=" + ratio(ratio) + " (goal >= "
                + (int) GOAL + "x: " + (ratio >= GOAL ? "met" : "not met") + ")";
    }

    private String fixtureLine(KustomizeFixture.Layout layout) {
        KustomizeFixture f = settings.fixture();
        return PREFIX + "fixture apps=" + f.apps() + " baseObjects=" + f.baseObjects() + " builtObjects="
                + f.builtObjects() + " patches=" + OverlayPatches.COUNT + " generators="
                + (f.generators() ? "on(" + OverlayGenerators.objects() + " objects)" : "off") + " namePrefix="
                + (f.namePrefix() ? "on" : "off") + " overlay=" + layout.overlay();
    }

    private void step(String text) {
        if (progress != null) {
            progress.println("kustomize: " + text);
        }
    }

    static String millis(double nanos) {
        return String.format(Locale.ROOT, nanos >= 100e6 ? "%.0f" : "%.2f", nanos / 1e6);
    }

    static String rate(double perSecond) {
        return String.format(Locale.ROOT, perSecond >= 100 ? "%.0f" : "%.2f", perSecond);
    }

    static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2fx", value);
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
