package dev.windlass.bench.loop;

import java.io.PrintStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Waits for every application of a loop to reach a condition, polling the sandbox's in-process API,
 * printing a progress line every few seconds, and recording when each application first met it.
 */
final class Fleet {

    private static final long POLL_MILLIS = 250;

    private final Loop loop;
    private final int expected;
    private final LoopSettings settings;
    private final PrintStream progress;

    /** The outcome of a wait: how many met the condition, and when (seconds after the start) each did. */
    record Outcome(int done, int expected, double seconds, Durations firstSeen, AppStatus straggler) {

        boolean complete() {
            return done == expected;
        }

        /** {@code done=n/N wall=…s} plus when the first and the median application got there. */
        String summary() {
            return "done=" + done + "/" + expected + " wall=" + seconds(seconds) + " first=" + seconds(firstSeen.percentile(0))
                    + " median=" + seconds(firstSeen.percentile(50)) + (complete() ? "" : " INCOMPLETE, e.g. "
                    + straggler);
        }

        private static String seconds(double value) {
            return String.format(Locale.ROOT, "%.1fs", value);
        }

        private static String seconds(long nanos) {
            return seconds(nanos / 1e9);
        }
    }

    Fleet(Loop loop, int expected, LoopSettings settings, PrintStream progress) {
        this.loop = loop;
        this.expected = expected;
        this.settings = settings;
        this.progress = progress;
    }

    /** Polls until {@code expected} applications meet {@code condition} or the phase times out. */
    Outcome await(String label, long beginNanos, Predicate<AppStatus> condition, HeapSampler heap)
            throws InterruptedException {
        long deadline = beginNanos + Duration.ofSeconds(settings.timeoutS()).toNanos();
        long nextProgress = System.nanoTime() + Duration.ofSeconds(settings.progressS()).toNanos();
        Map<String, Long> seen = new HashMap<>();
        AppStatus straggler = null;
        while (true) {
            List<AppStatus> statuses = loop.statuses();
            long now = System.nanoTime();
            straggler = null;
            for (AppStatus status : statuses) {
                if (condition.test(status)) {
                    seen.putIfAbsent(status.name(), now - beginNanos);
                } else if (straggler == null) {
                    straggler = status;
                }
            }
            if (seen.size() >= expected || now > deadline) {
                Durations firstSeen = new Durations();
                seen.values().forEach(firstSeen::add);
                return new Outcome(seen.size(), expected, (now - beginNanos) / 1e9, firstSeen, straggler);
            }
            if (now >= nextProgress) {
                progress(label, statuses, seen.size(), (now - beginNanos) / 1e9, heap);
                nextProgress = now + Duration.ofSeconds(settings.progressS()).toNanos();
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    private void progress(String label, List<AppStatus> statuses, int done, double seconds, HeapSampler heap) {
        long synced = statuses.stream().filter(s -> "Synced".equals(s.sync())).count();
        long healthy = statuses.stream().filter(s -> "Healthy".equals(s.health())).count();
        long operating = statuses.stream().filter(AppStatus::operating).count();
        progress.printf(Locale.ROOT, "loop: %s t=%.0fs done=%d/%d synced=%d healthy=%d operating=%d queue=%d"
                        + " requests=%d heap.peak=%s%n", label, seconds, done, expected, synced, healthy, operating,
                loop.queueDepth(), loop.requests(), HeapSampler.mebibytes(heap.peak()));
    }
}
