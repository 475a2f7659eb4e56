package dev.windlass.sandbox.persist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.sandbox.store.ObjectStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prints how many writes per second the journal sustains on this machine's disk, with one fsync per
 * write, next to the in-memory store. A measurement for the documentation, never asserted.
 */
class JournalThroughputTest {

    private static final int WRITES = 2_000;

    @TempDir
    Path dir;

    @Test
    void measure_printsWritesPerSecondWithFsync() throws Exception {
        String padding = "p".repeat(500);
        rate(new ObjectStore(), padding); // warm up the store and encoder
        double inMemory = rate(new ObjectStore(), padding);
        double durable;
        try (Fixtures.Opened opened = Fixtures.open(dir)) {
            durable = rate(opened.store(), padding);
        }

        System.out.printf("journal throughput on %s (%s): %.0f writes/s with fsync per write (%.2f ms each);"
                + " in memory: %.0f writes/s; single writer, ~800-byte objects%n",
                dir, Files.getFileStore(dir).type(), durable, 1000 / durable, inMemory);
        assertThat(durable).isPositive();
    }

    private static double rate(ObjectStore store, String padding) {
        CrashSchedule.run(store, 1, padding);
        long start = System.nanoTime();
        for (long step = 2; step <= WRITES; step++) {
            CrashSchedule.run(store, step, padding);
        }
        return (WRITES - 1) / ((System.nanoTime() - start) / 1e9);
    }
}
