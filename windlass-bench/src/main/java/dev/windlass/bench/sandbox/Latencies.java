package dev.windlass.bench.sandbox;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A series of measured durations in nanoseconds, for percentiles. Not thread-safe: each thread
 * records into its own and {@link #merge} joins them.
 */
public final class Latencies {

    private long[] nanos;
    private int size;
    private boolean sorted;

    public Latencies(int expected) {
        this.nanos = new long[Math.max(16, expected)];
    }

    public static Latencies merge(List<Latencies> parts) {
        Latencies all = new Latencies(parts.stream().mapToInt(Latencies::count).sum());
        for (Latencies part : parts) {
            System.arraycopy(part.nanos, 0, all.nanos, all.size, part.size);
            all.size += part.size;
        }
        return all;
    }

    public void add(long duration) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = duration;
        sorted = false;
    }

    public int count() {
        return size;
    }

    /** The {@code percent}-th percentile (nearest rank), in nanoseconds; 0 when empty. */
    public long percentile(double percent) {
        if (size == 0) {
            return 0;
        }
        if (!sorted) {
            Arrays.sort(nanos, 0, size);
            sorted = true;
        }
        int rank = (int) Math.ceil(percent / 100.0 * size);
        return nanos[Math.min(size, Math.max(1, rank)) - 1];
    }

    public long max() {
        return percentile(100);
    }

    /** {@code p50=…us p90=…us p99=…us max=…us} for the given percentiles. */
    public String micros(double... percents) {
        StringBuilder text = new StringBuilder();
        for (double percent : percents) {
            text.append(percent == 100 ? "max" : "p" + format(percent)).append('=')
                    .append(toMicros(percentile(percent))).append("us ");
        }
        return text.toString().strip();
    }

    static String toMicros(long nanos) {
        return nanos >= 10_000_000 ? Long.toString(nanos / 1000) : String.format(Locale.ROOT, "%.1f", nanos / 1000.0);
    }

    private static String format(double percent) {
        return percent == Math.rint(percent) ? Long.toString((long) percent) : Double.toString(percent);
    }
}
