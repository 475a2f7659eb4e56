package dev.windlass.bench.loop;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.locks.LockSupport;

/**
 * Commit to Synced: one application; each commit changes one ConfigMap, then a refresh is requested
 * the way a Git webhook does, and the time runs from that request until the application reports the
 * new revision as Synced with no operation left running.
 */
final class CommitLatency {

    private static final String APP = Workload.appName(0);
    private static final long POLL_NANOS = 2_000_000;

    private final LoopSettings settings;
    private final PrintStream progress;

    CommitLatency(LoopSettings settings, PrintStream progress) {
        this.settings = settings;
        this.progress = progress;
    }

    void measure(Path dir, LoopReport report) throws Exception {
        Workload workload = new Workload(settings.objects());
        try (Loop loop = Loop.open(dir, Duration.ofMillis(settings.readyDelayMs()))) {
            workload.write(loop.source, APP, "v0");
            String first = loop.commit("initial");
            loop.startEngine(settings.processors());
            loop.createApplication(APP);
            waitUntil(loop, first, true);
            Durations latencies = new Durations();
            Durations commits = new Durations();
            long requestsBefore = loop.requests();
            long[] fetches = loop.fetches().mark();
            for (int i = 1; i <= settings.commits(); i++) {
                workload.writeConfigMap(loop.source, APP, i % workload.configMaps(), "v" + i);
                long committing = System.nanoTime();
                String sha = loop.commit("change " + i);
                long begin = System.nanoTime();
                commits.add(begin - committing);
                loop.requestRefresh(APP);
                waitUntil(loop, sha, false);
                latencies.add(System.nanoTime() - begin);
            }
            long requests = loop.requests() - requestsBefore;
            report.put("commit-to-synced", latencies.summary() + " (refresh annotation after each commit, "
                    + settings.objects() + " objects, one ConfigMap changed per commit)");
            report.put("commit-to-synced.requests-per-commit", String.format(Locale.ROOT, "%.1f",
                    requests / (double) settings.commits()));
            report.put("commit-to-synced.git", loop.fetches().since(fetches));
            report.put("commit-to-synced.git-commit", commits.summary() + " (local bare repository; not in the latency)");
        }
    }

    private void waitUntil(Loop loop, String sha, boolean healthy) {
        long deadline = System.nanoTime() + Duration.ofSeconds(settings.timeoutS()).toNanos();
        while (System.nanoTime() < deadline) {
            AppStatus status = loop.status(APP);
            if (status.settledAt(sha) && (!healthy || status.syncedAndHealthy())) {
                return;
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
        AppStatus status = loop.status(APP);
        throw new IllegalStateException("application " + APP + " did not sync " + sha + " within " + settings.timeoutS()
                + "s: sync=" + status.sync() + " revision=" + status.revision() + " health=" + status.health()
                + " operating=" + status.operating());
    }
}
