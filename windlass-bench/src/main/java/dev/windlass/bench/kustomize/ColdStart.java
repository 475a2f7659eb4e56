package dev.windlass.bench.kustomize;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The cold-start comparison of {@link KustomizeBaseline}: the wall time of one new
 * {@code java -jar windlass.jar kustomize build DIR} process (what {@code ./windlass kustomize build DIR}
 * runs, without the script's check that the jar is fresh) against one {@code kubectl kustomize DIR},
 * started in turn {@code coldRuns} times each; reports the medians. Also checks once that the CLI
 * prints what the in-process build printed.
 */
final class ColdStart {

    private final KustomizeSettings settings;
    private final PrintStream progress;

    ColdStart(KustomizeSettings settings, PrintStream progress) {
        this.settings = settings;
        this.progress = progress;
    }

    /** The report lines: the wall times (or why they were skipped) and the CLI's output check. */
    List<String> measure(KustomizeFixture.Layout layout, String inProcessYaml, boolean kubectlAvailable)
            throws IOException, InterruptedException {
        String jar = settings.cliJar();
        if (jar.isBlank() || !Files.isRegularFile(Path.of(jar))) {
            return List.of(KustomizeBaseline.PREFIX + "cold.wall skipped: " + (jar.isBlank() ? "no CLI jar given"
                    : "no CLI jar at " + jar) + " (give -Dkustomize.cliJar=windlass-cli/<build dir>/windlass.jar;"
                    + " bench/run.sh kustomize builds and passes it)");
        }
        ExternalBuild cli = ExternalBuild.windlassCli(jar);
        ExternalBuild kubectl = ExternalBuild.kubectl(settings.kubectl());
        progress("cold start: " + settings.coldRuns() + " new processes each of " + cli.describe(layout.overlay())
                + (kubectlAvailable ? " and " + kubectl.describe(layout.overlay()) : ""));
        List<Long> ours = new ArrayList<>();
        List<Long> theirs = new ArrayList<>();
        String cliOutput = null;
        for (int i = 0; i < settings.coldRuns(); i++) {
            ExternalBuild.Run run = cli.run(layout.overlay());
            if (!run.succeeded()) {
                return List.of(KustomizeBaseline.PREFIX + "cold.wall skipped: the CLI failed: " + run.failure());
            }
            cliOutput = run.output();
            ours.add(run.nanos());
            if (kubectlAvailable) {
                theirs.add(kubectl.run(layout.overlay()).nanos());
            }
        }
        return List.of(wallLine(median(ours), theirs.isEmpty() ? -1 : median(theirs)),
                KustomizeBaseline.PREFIX + "cold.equal " + (inProcessYaml.equals(cliOutput)
                        ? "yes: the CLI printed the same YAML as the in-process build"
                        : "no: the CLI printed other YAML than the in-process build (" + YamlDifference
                                .between(cliOutput, inProcessYaml).map(d -> d.describe("cli", "in-process")).orElse("") + ")"));
    }

    private String wallLine(long ours, long theirs) {
        String line = KustomizeBaseline.PREFIX + "cold.wall windlass-cli=" + KustomizeBaseline.millis(ours) + "ms";
        String runs = "median of " + settings.coldRuns() + " new processes each";
        if (theirs < 0) {
            return line + " kubectl=skipped (" + runs + ")";
        }
        return line + " kubectl=" + KustomizeBaseline.millis(theirs) + "ms ratio="
                + KustomizeBaseline.ratio((double) theirs / ours) + " (" + runs + "; ratio = kubectl / windlass time,"
                + " above 1 means Windlass is faster; the JVM starts with no options, as ./windlass runs it)";
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
