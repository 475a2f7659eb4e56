package dev.windlass.bench.loop;

import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The GitOps loop scale driver: commit-to-Synced latency of one application, the initial sync of
 * N applications of a monorepo (wall time, heap, API requests per application), and a no-change
 * refresh of all of them. Each measurement runs a fresh in-process sandbox and a real
 * {@code ApplicationEngine} over HTTPS, with Argo CD's controller defaults and a short pod ready delay.
 * Sizes come from {@link LoopSettings} system properties.
 *
 * <p>Progress goes to standard error; the report block ({@code loop.<metric> <values>}, one metric per
 * line) to standard output. Run it with {@code bench/run.sh loop}.
 */
public final class LoopScale {

    /** Kept referenced: java.util.logging holds loggers weakly, and a collected logger forgets its level. */
    private static final List<Logger> QUIET = List.of(Logger.getLogger("dev.windlass.controller"),
            Logger.getLogger("io.fabric8"), Logger.getLogger("io.netty"));
    /** Vert.x warns of every pooled connection evicted when a sandbox closes; that is expected here. */
    private static final Logger VERTX = Logger.getLogger("io.vertx");

    private final LoopSettings settings;
    private final PrintStream progress;

    LoopScale(LoopSettings settings, PrintStream progress) {
        this.settings = settings;
        this.progress = progress;
    }

    /** Runs every measurement with the sizes given as system properties and prints the report block. */
    public static void main(String[] args) throws Exception {
        QUIET.forEach(logger -> logger.setLevel(Level.WARNING));
        VERTX.setLevel(Level.SEVERE);
        LoopReport report = new LoopScale(LoopSettings.fromSystemProperties(), System.err).run();
        System.out.print(report.block());
        System.out.flush();
        System.exit(0); // fabric8 and the sandbox may leave non-daemon threads behind
    }

    /** Runs every measurement, in order, each in its own sandbox and temporary directory. */
    LoopReport run() throws Exception {
        LoopReport report = new LoopReport(progress);
        report.put("env", environment());
        report.put("settings", "processors=" + settings.processors() + " refresh=120s+0..60s jitter waveDelay=2s"
                + " selfHealDelay=5s sourceFreshness=3s (Argo CD's defaults) sandbox.readyDelay="
                + settings.readyDelayMs() + "ms (short on purpose: the numbers measure Windlass, not pod start-up)"
                + " objects/app=" + settings.objects() + " (" + new Workload(settings.objects()).configMaps()
                + " ConfigMaps, " + new Workload(settings.objects()).deployments() + " Deployments, "
                + new Workload(settings.objects()).services() + " Services)");
        Path root = Files.createTempDirectory("windlass-loop-bench");
        step("commit to Synced: " + settings.commits() + " commits to one application");
        new CommitLatency(settings, progress).measure(Files.createDirectory(root.resolve("commit")), report);
        for (int apps : settings.apps()) {
            boolean last = apps == settings.largest();
            step("initial sync of " + apps + " applications" + (last ? ", then a no-change refresh of all" : ""));
            new FleetSync(settings, progress).measure(Files.createDirectory(root.resolve("n" + apps)), apps, last, report);
        }
        References.put(report);
        return report;
    }

    private static String environment() {
        String collectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).collect(Collectors.joining(","));
        return "cpus=" + Runtime.getRuntime().availableProcessors() + " heap.max="
                + HeapSampler.mebibytes(Runtime.getRuntime().maxMemory()) + " java=" + System.getProperty("java.version")
                + " vm=\"" + System.getProperty("java.vm.name") + "\" gc=\"" + collectors + "\""
                + " (sandbox, Git repository and engine in one process)";
    }

    private void step(String text) {
        progress.println("loop: " + text);
    }
}
