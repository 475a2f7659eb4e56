package dev.windlass.cli.up;

import dev.windlass.controller.api.ApplicationOperations;
import dev.windlass.model.KubeObject;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;

/**
 * Prints the application table whenever a row changes (not on a timer, so a log of {@code windlass
 * up} stays readable), until interrupted or — with {@code untilSynced} — until every application is
 * Synced and Healthy.
 */
final class LiveTable {

    private static final Duration POLL = Duration.ofMillis(500);

    private final ApplicationOperations operations;
    private final PrintWriter out;

    LiveTable(ApplicationOperations operations, PrintWriter out) {
        this.operations = operations;
        this.out = out;
    }

    /** Returns the exit code: 0 when settled (or interrupted), 1 when {@code timeout} passed first. */
    int run(boolean untilSynced, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String shown = "";
        while (true) {
            List<KubeObject> apps = operations.list();
            String table = StatusTable.render(apps);
            if (!table.equals(shown)) {
                out.println();
                out.print(table);
                out.flush();
                shown = table;
            }
            if (untilSynced && StatusTable.allSettled(apps)) {
                out.println("windlass: every application is Synced and Healthy");
                out.flush();
                return 0;
            }
            if (untilSynced && System.nanoTime() > deadline) {
                out.println("windlass: not every application was Synced and Healthy after " + timeout.toSeconds() + "s");
                out.flush();
                return 1;
            }
            Thread.sleep(POLL.toMillis());
        }
    }
}
