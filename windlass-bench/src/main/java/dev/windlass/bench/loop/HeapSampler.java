package dev.windlass.bench.loop;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples the used heap on a timer and keeps the peak. The peak includes garbage not yet collected,
 * so it depends on the heap size and collector; {@link #usedAfterGc()} is the live-data figure.
 * The sandbox runs in the same process, so both include its store.
 */
final class HeapSampler implements AutoCloseable {

    private static final int COLLECTIONS = 4;
    private static final long SETTLE_MILLIS = 200;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peak = new AtomicLong();
    private final ScheduledExecutorService timer;

    private HeapSampler(long everyMillis) {
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "heap-sampler");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleAtFixedRate(this::sample, 0, everyMillis, TimeUnit.MILLISECONDS);
    }

    static HeapSampler every(long millis) {
        return new HeapSampler(millis);
    }

    long peak() {
        sample();
        return peak.get();
    }

    private void sample() {
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    /** Used heap after repeated full collections (approximate: other threads allocate meanwhile). */
    static long usedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < COLLECTIONS; i++) {
            System.gc();
            try {
                Thread.sleep(SETTLE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    static String mebibytes(long bytes) {
        return bytes / 1048576 + "MiB";
    }
}
