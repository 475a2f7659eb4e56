package dev.windlass.sandbox.persist;

import dev.windlass.sandbox.store.ObjectStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;

/**
 * Opens {@code windlass sandbox --data-dir D}: locks the directory, checks its format, recovers the
 * objects it holds into a store and installs the journal that keeps every later write. See the
 * package documentation for the layout and the guarantees.
 */
public final class DataDirectory {

    /** Snapshot once the current log is this large, unless told otherwise: 64 MiB. */
    public static final long DEFAULT_SNAPSHOT_THRESHOLD = 64L * 1024 * 1024;

    private static final Logger LOG = Logger.getLogger(DataDirectory.class.getName());

    private DataDirectory() {
    }

    /** {@link #open(Path, ObjectStore, long)} with the default snapshot threshold. */
    public static FileJournal open(Path dir, ObjectStore store) throws IOException {
        return open(dir, store, DEFAULT_SNAPSHOT_THRESHOLD);
    }

    /**
     * Locks {@code dir} (creating it if needed), recovers its objects into {@code store} with
     * {@link ObjectStore#restore}, and installs and returns the journal, which the caller closes on
     * shutdown. {@code store} must be new: nothing written to it before this call would be kept.
     *
     * @param snapshotThresholdBytes the log size after which a snapshot is taken and a new log begun
     * @throws DataDirectoryException when another process holds {@code dir}, its format is unknown,
     *     or its journal is damaged beyond a torn last write
     */
    public static FileJournal open(Path dir, ObjectStore store, long snapshotThresholdBytes) throws IOException {
        if (store.size() != 0 || store.currentVersion() != 0) {
            throw new IllegalStateException("open the data directory " + dir + " before anything is written to"
                    + " the store; it already holds " + store.size() + " objects");
        }
        if (snapshotThresholdBytes <= 0) {
            throw new IllegalArgumentException("the snapshot threshold must be positive, not " + snapshotThresholdBytes);
        }
        Files.createDirectories(dir);
        DirectoryLock lock = DirectoryLock.acquire(dir);
        try {
            JournalFiles files = new JournalFiles(dir.resolve("journal"));
            FormatMarker.checkOrWrite(dir, files.dir());
            if (!Files.isDirectory(files.dir())) {
                Files.createDirectories(files.dir());
                JournalFiles.syncDirectory(dir);
            }
            Recovery.Recovered recovered = Recovery.run(files);
            store.restore(recovered.objects(), recovered.lastVersion());
            FileJournal journal = new FileJournal(store, files, recovered.nextLogNumber(), recovered.objects(),
                    snapshotThresholdBytes, lock);
            store.journal(journal);
            LOG.info(() -> "recovered " + recovered.objects().size() + " objects up to resource version "
                    + recovered.lastVersion() + " from " + dir + " (" + recovered.recordsReplayed()
                    + " log records replayed)");
            return journal;
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }
}
