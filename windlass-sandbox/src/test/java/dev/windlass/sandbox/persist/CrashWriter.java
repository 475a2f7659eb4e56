package dev.windlass.sandbox.persist;

import dev.windlass.sandbox.store.ObjectStore;
import java.nio.file.Path;

/**
 * The child process of the crash test: opens a data directory and runs {@link CrashSchedule} from
 * where the directory left off, printing {@code ack <version>} after each write returns, until it
 * is killed. Arguments: data directory, snapshot threshold in bytes, padding bytes per object.
 */
public final class CrashWriter {

    private CrashWriter() {
    }

    public static void main(String[] args) throws Exception {
        ObjectStore store = new ObjectStore();
        DataDirectory.open(Path.of(args[0]), store, Long.parseLong(args[1]));
        String padding = "p".repeat(Integer.parseInt(args[2]));
        System.out.println("ready " + store.currentVersion());
        System.out.flush();
        for (long step = store.currentVersion() + 1; ; step++) {
            long version = CrashSchedule.run(store, step, padding);
            if (version != step) {
                System.out.println("error: step " + step + " committed at version " + version);
                System.exit(2);
            }
            System.out.println("ack " + version);
            System.out.flush();
        }
    }
}
