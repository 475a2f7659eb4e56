package dev.windlass.bench.loop;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A series of measured durations in nanoseconds, for nearest-rank percentiles in milliseconds. */
final class Durations {

    private final List<Long> nanos = new ArrayList<>();

    void add(long duration) {
        nanos.add(duration);
    }

    int count() {
        return nanos.size();
    }

    /** The {@code percent}-th percentile (nearest rank) in nanoseconds; 0 when empty. */
    long percentile(double percent) {
        if (nanos.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.min(sorted.size(), Math.max(1, rank)) - 1);
    }

    /** {@code p50=…ms p99=…ms max=…ms n=…}. */
    String summary() {
        return "p50=" + millis(percentile(50)) + "ms p99=" + millis(percentile(99)) + "ms max="
                + millis(percentile(100)) + "ms n=" + count();
    }

    static long millis(long nanos) {
        return Math.round(nanos / 1e6);
    }
}
