package dev.windlass.bench.loop;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Many applications in one monorepo: the initial sync of N applications into a fresh sandbox (wall
 * time until all are Synced and Healthy, peak and after-GC heap, API requests per application), and
 * optionally then a no-change refresh of all of them (every one annotated at once, as a webhook for
 * a monorepo push does).
 */
final class FleetSync {

    private final LoopSettings settings;
    private final PrintStream progress;

    FleetSync(LoopSettings settings, PrintStream progress) {
        this.settings = settings;
        this.progress = progress;
    }

    void measure(Path dir, int apps, boolean refresh, LoopReport report) throws Exception {
        String metric = "initial-sync.n" + apps;
        try (Loop loop = Loop.open(dir, Duration.ofMillis(settings.readyDelayMs()))) {
            prepare(loop, apps);
            long idle = HeapSampler.usedAfterGc();
            Fleet fleet = new Fleet(loop, apps, settings, progress);
            try (HeapSampler heap = HeapSampler.every(settings.heapSampleMs())) {
                long requests = loop.requests();
                long[] fetches = loop.fetches().mark();
                long begin = System.nanoTime();
                for (int i = 0; i < apps; i++) {
                    loop.createApplication(Workload.appName(i));
                }
                long created = System.nanoTime() - begin;
                Fleet.Outcome outcome = fleet.await("initial sync N=" + apps, begin, AppStatus::syncedAndHealthy, heap);
                long used = loop.requests() - requests;
                report.put(metric, outcome.summary() + " objects=" + apps * settings.objects() + " create="
                        + Durations.millis(created) + "ms (until every Application is Synced and Healthy)");
                report.put(metric + ".requests", perApp(used, apps));
                report.put(metric + ".git", loop.fetches().since(fetches));
                report.put(metric + ".heap", "peak=" + HeapSampler.mebibytes(heap.peak()) + " after-gc="
                        + HeapSampler.mebibytes(HeapSampler.usedAfterGc()) + " idle-before=" + HeapSampler.mebibytes(idle)
                        + " (whole process: sandbox and engine; used heap sampled every " + settings.heapSampleMs() + "ms)");
                if (refresh && outcome.complete()) {
                    refresh(loop, fleet, apps, heap, report);
                }
            }
            loop.stopEngine();
            report.put(metric + ".heap.sandbox-only", HeapSampler.mebibytes(HeapSampler.usedAfterGc())
                    + " (after-GC heap once the engine and its cluster connection are closed; the rest of after-gc is the engine's)");
        }
    }

    private void prepare(Loop loop, int apps) throws Exception {
        progress.println("loop: writing " + apps + " applications x " + settings.objects() + " objects into the monorepo");
        Workload workload = new Workload(settings.objects());
        for (int i = 0; i < apps; i++) {
            workload.write(loop.source, Workload.appName(i), "v0");
        }
        long begin = System.nanoTime();
        loop.commit("initial");
        progress.println("loop: committed in " + Durations.millis(System.nanoTime() - begin) + "ms; starting the engine");
        loop.startEngine(settings.processors());
        Thread.sleep(1000);
    }

    private void refresh(Loop loop, Fleet fleet, int apps, HeapSampler heap, LoopReport report) throws Exception {
        awaitQuiet(loop);
        Thread.sleep(1100); // reconciledAt has whole seconds: let the clock pass the last one
        Map<String, Optional<Instant>> before = new HashMap<>();
        loop.statuses().forEach(status -> before.put(status.name(), status.reconciledAt()));
        long requests = loop.requests();
        long[] fetches = loop.fetches().mark();
        long begin = System.nanoTime();
        for (int i = 0; i < apps; i++) {
            loop.requestRefresh(Workload.appName(i));
        }
        long annotated = System.nanoTime() - begin;
        Fleet.Outcome outcome = fleet.await("no-change refresh N=" + apps, begin,
                status -> status.refreshedSince(before.getOrDefault(status.name(), Optional.empty())), heap);
        long used = loop.requests() - requests;
        report.put("refresh.n" + apps, outcome.summary() + " annotate=" + Durations.millis(annotated)
                + "ms (all annotated at once; until reconciledAt advanced and the annotation is gone)");
        report.put("refresh.n" + apps + ".requests", perApp(used, apps));
        report.put("refresh.n" + apps + ".git", loop.fetches().since(fetches));
    }

    /** Waits until no application is queued or operating, so the refresh starts from a settled loop. */
    private void awaitQuiet(Loop loop) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(settings.timeoutS()).toNanos();
        while (System.nanoTime() < deadline
                && (loop.queueDepth() > 0 || loop.statuses().stream().anyMatch(AppStatus::operating))) {
            Thread.sleep(250);
        }
    }

    private static String perApp(long requests, int apps) {
        return String.format(Locale.ROOT, "per-app=%.1f total=%d (HTTP requests of the engine's cluster connection,"
                + " watches included)", requests / (double) apps, requests);
    }
}
