package dev.windlass.bench.kustomize;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The cold-start comparison of {@link KustomizeBaseline}: the wall time of one new Windlass process
 * building the fixture against one {@code kubectl kustomize DIR}, started in turn {@code coldRuns}
 * times each; reports the medians. Windlass is started two ways when both are given: through the
 * {@code windlass} launcher script, as a user runs it (its JVM options and class data archive; one
 * untimed run first lets it build what it needs), and as {@code java -jar windlass.jar kustomize
 * build DIR} with no JVM options. Also checks once that each printed what the in-process build printed.
 */
final class ColdStart {

    /** The report name of the launcher's runs. */
    private static final String LAUNCHER = "windlass";

    private final KustomizeSettings settings;
    private final PrintStream progress;

    ColdStart(KustomizeSettings settings, PrintStream progress) {
        this.settings = settings;
        this.progress = progress;
    }

    /** One way of starting Windlass: its report name, how it is started and what it printed last. */
    private static final class Way {
        final String metric;
        final String name;
        final ExternalBuild build;
        final List<Long> nanos = new ArrayList<>();
        String output;
        String failure;

        Way(String metric, String name, ExternalBuild build) {
            this.metric = metric;
            this.name = name;
            this.build = build;
        }
    }

    /** The report lines: the wall times (or why they were skipped) and the output checks. */
    List<String> measure(KustomizeFixture.Layout layout, String inProcessYaml, boolean kubectlAvailable)
            throws IOException, InterruptedException {
        List<Way> ways = ways();
        if (ways.isEmpty()) {
            return List.of(KustomizeBaseline.PREFIX + "cold.wall skipped: " + skipReason());
        }
        ExternalBuild kubectl = ExternalBuild.kubectl(settings.kubectl());
        for (Way way : ways) {
            progress("cold start: " + settings.coldRuns() + " new processes of " + way.build.describe(layout.overlay()));
        }
        if (kubectlAvailable) {
            progress("cold start: and as many of " + kubectl.describe(layout.overlay()));
        }
        if (ways.get(0).name.equals(LAUNCHER)) {
            progress("cold start: one untimed run of the launcher first (it builds the jar if stale, then its class"
                    + " data archive)");
            ways.get(0).build.run(layout.overlay());
        }
        List<Long> theirs = new ArrayList<>();
        for (int i = 0; i < settings.coldRuns(); i++) {
            for (Way way : ways) {
                runOnce(way, layout.overlay());
            }
            if (kubectlAvailable) {
                theirs.add(kubectl.run(layout.overlay()).nanos());
            }
        }
        List<String> lines = new ArrayList<>();
        for (Way way : ways) {
            lines.addAll(report(way, theirs.isEmpty() ? -1 : median(theirs), inProcessYaml));
        }
        return List.copyOf(lines);
    }

    private List<Way> ways() {
        List<Way> ways = new ArrayList<>();
        launcher().ifPresent(script -> ways.add(new Way("cold.wall", LAUNCHER, ExternalBuild.windlassLauncher(script))));
        String jar = settings.cliJar();
        if (!jar.isBlank() && Files.isRegularFile(Path.of(jar))) {
            ways.add(new Way(ways.isEmpty() ? "cold.wall" : "cold.jar", "windlass-cli", ExternalBuild.windlassCli(jar)));
        }
        return ways;
    }

    private Optional<String> launcher() {
        String script = settings.launcher();
        return script.isBlank() || !Files.isExecutable(Path.of(script)) ? Optional.empty() : Optional.of(script);
    }

    private String skipReason() {
        String jar = settings.cliJar();
        return (jar.isBlank() ? "no CLI jar given" : "no CLI jar at " + jar) + (settings.launcher().isBlank() ? ""
                : " and no launcher at " + settings.launcher()) + " (give -Dkustomize.cliJar=windlass-cli/<build dir>"
                + "/windlass.jar or -Dkustomize.launcher=<repository>/windlass; bench/run.sh kustomize passes both)";
    }

    private static void runOnce(Way way, Path overlay) throws IOException, InterruptedException {
        if (way.failure != null) {
            return;
        }
        ExternalBuild.Run run = way.build.run(overlay);
        if (!run.succeeded()) {
            way.failure = run.failure();
            return;
        }
        way.output = run.output();
        way.nanos.add(run.nanos());
    }

    private List<String> report(Way way, long theirs, String inProcessYaml) {
        String prefix = KustomizeBaseline.PREFIX + way.metric;
        if (way.failure != null) {
            return List.of(prefix + " skipped: " + way.name + " failed: " + way.failure);
        }
        return List.of(wallLine(prefix, way, median(way.nanos), theirs), prefix + ".equal " + (inProcessYaml
                .equals(way.output) ? "yes: " + way.name + " printed the same YAML as the in-process build"
                : "no: " + way.name + " printed other YAML than the in-process build (" + YamlDifference
                        .between(way.output, inProcessYaml).map(d -> d.describe(way.name, "in-process")).orElse("") + ")"));
    }

    private String wallLine(String prefix, Way way, long ours, long theirs) {
        String line = prefix + " " + way.name + "=" + KustomizeBaseline.millis(ours) + "ms";
        String runs = "median of " + settings.coldRuns() + " new processes each; " + (way.name.equals(LAUNCHER)
                ? "the launcher script with its JVM options and class data archive, as users run it"
                : "java -jar with no JVM options");
        if (theirs < 0) {
            return line + " kubectl=skipped (" + runs + ")";
        }
        return line + " kubectl=" + KustomizeBaseline.millis(theirs) + "ms ratio="
                + KustomizeBaseline.ratio((double) theirs / ours) + " (" + runs + "; ratio = kubectl / windlass time,"
                + " above 1 means Windlass is faster)";
    }

    static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private void progress(String text) {
        if (progress != null) {
            progress.println("kustomize: " + text);
        }
    }
}
