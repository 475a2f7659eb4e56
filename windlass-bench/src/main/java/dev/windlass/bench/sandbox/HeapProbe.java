package dev.windlass.bench.sandbox;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Used heap after repeated full collections. Approximate by nature: {@code System.gc()} is a
 * request, and other threads (controllers, HTTP) allocate meanwhile; differences of a few MiB are noise.
 */
final class HeapProbe {

    private static final int COLLECTIONS = 4;
    private static final long SETTLE_MILLIS = 200;

    private HeapProbe() {
    }

    static long usedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < COLLECTIONS; i++) {
            System.gc();
            sleep();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    static long maxHeap() {
        return Runtime.getRuntime().maxMemory();
    }

    private static void sleep() {
        try {
            Thread.sleep(SETTLE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
