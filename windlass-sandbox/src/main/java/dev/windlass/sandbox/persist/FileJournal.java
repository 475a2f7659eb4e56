package dev.windlass.sandbox.persist;

import dev.windlass.sandbox.store.ObjectKey;
import dev.windlass.sandbox.store.ObjectStore;
import dev.windlass.sandbox.store.StoreJournal;
import dev.windlass.sandbox.store.StoredObject;
import dev.windlass.sandbox.store.WatchEvent;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The durable {@link StoreJournal} of a data directory: appends each change to the current log and
 * forces it to disk before returning, and once the log passes the snapshot threshold, rolls over to
 * a new log and writes a snapshot in the background (see the package documentation for why that
 * order makes recovery complete). Obtain one from {@link DataDirectory#open}; closing it waits for a
 * running snapshot, closes the log and releases the directory lock.
 *
 * <p>If a write or force fails, the journal refuses every later write: after a failed fsync the
 * kernel may have dropped the data, so only a restart (which re-reads the disk) is safe.
 */
public final class FileJournal implements StoreJournal {

    private static final Logger LOG = Logger.getLogger(FileJournal.class.getName());

    private final ObjectStore store;
    private final JournalFiles files;
    private final long snapshotThreshold;
    private final AutoCloseable lock;
    private final Set<Table> tables = new HashSet<>();
    private final ExecutorService snapshotter = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "windlass-snapshot");
        thread.setDaemon(true);
        return thread;
    });
    private FileChannel log;
    private long logNumber;
    private long logSize;
    private long rollAt;
    private Future<?> snapshot;
    private IOException failure;
    private boolean closed;

    /** A resource whose objects a snapshot must list. */
    private record Table(String group, String resource) {
    }

    FileJournal(ObjectStore store, JournalFiles files, long logNumber, Collection<StoredObject> recovered,
            long snapshotThreshold, AutoCloseable lock) throws IOException {
        this.store = store;
        this.files = files;
        this.snapshotThreshold = snapshotThreshold;
        this.lock = lock;
        this.rollAt = snapshotThreshold;
        recovered.forEach(stored -> remember(stored.key()));
        this.log = openLog(logNumber);
        this.logNumber = logNumber;
    }

    /** Appends {@code event} to the current log and forces it to disk; rolls the log over first when it is full. */
    @Override
    public synchronized void append(WatchEvent event) throws IOException {
        checkUsable();
        if (logSize >= rollAt && snapshotIdle()) {
            startSnapshot();
        }
        ByteBuffer frame = ByteBuffer.wrap(RecordCodec.frame(RecordCodec.change(event)));
        try {
            while (frame.hasRemaining()) {
                log.write(frame);
            }
            log.force(false);
        } catch (IOException e) {
            fail(e);
            throw e;
        }
        logSize += frame.capacity();
        remember(event.key());
    }

    /**
     * Takes a snapshot now and waits until it is written and the logs before it are deleted.
     * Writers are held only while the object list is taken and the log rolled over.
     */
    public void compact() throws IOException {
        awaitSnapshot();
        try {
            store.inTransaction(() -> {
                synchronized (this) {
                    try {
                        checkUsable();
                        startSnapshot();
                    } catch (IOException e) {
                        throw new SnapshotFailure(e);
                    }
                }
                return null;
            });
        } catch (SnapshotFailure e) {
            throw (IOException) e.getCause();
        }
        awaitSnapshot();
    }

    /** The log appended to now, for tests and diagnostics. */
    synchronized Path currentLog() {
        return files.log(logNumber);
    }

    /** Waits for a snapshot being written in the background, if any. */
    void awaitSnapshot() throws IOException {
        Future<?> running;
        synchronized (this) {
            running = snapshot;
        }
        if (running == null) {
            return;
        }
        try {
            running.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for a snapshot", e);
        } catch (ExecutionException e) {
            throw new IOException("the snapshot failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** Waits for a running snapshot, closes the log and releases the data directory. */
    @Override
    public void close() throws IOException {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        snapshotter.shutdown();
        try {
            snapshotter.awaitTermination(10, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            try {
                log.close();
            } finally {
                releaseLock();
            }
        }
    }

    private void releaseLock() throws IOException {
        try {
            lock.close();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    /**
     * Called holding the store's write lock, so the store reflects exactly the changes appended so
     * far: takes the object list and version, starts the next log, and writes the snapshot, numbered
     * like that log, in the background.
     */
    private void startSnapshot() throws IOException {
        List<StoredObject> objects = new ArrayList<>();
        for (Table table : tables) {
            objects.addAll(store.list(table.group(), table.resource(), null));
        }
        long lastVersion = store.currentVersion();
        long next = logNumber + 1;
        FileChannel nextLog;
        try {
            nextLog = openLog(next);
        } catch (IOException e) {
            rollAt = logSize + snapshotThreshold;
            LOG.log(Level.WARNING, "could not start " + files.log(next) + "; writes continue in "
                    + files.log(logNumber) + " and a snapshot is tried again later: " + e.getMessage(), e);
            return;
        }
        log.close();
        log = nextLog;
        logNumber = next;
        logSize = 0;
        rollAt = snapshotThreshold;
        snapshot = snapshotter.submit(() -> writeSnapshot(next, objects, lastVersion));
    }

    private Void writeSnapshot(long number, List<StoredObject> objects, long lastVersion) throws IOException {
        Path target = files.snapshot(number);
        try {
            SnapshotFile.write(target, objects, lastVersion);
            files.deleteBefore(number);
            LOG.fine(() -> "wrote " + target + " with " + objects.size() + " objects up to version " + lastVersion);
            return null;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not write the snapshot " + target + "; the logs before it are kept, so"
                    + " nothing is lost, and the next snapshot tries again: " + e.getMessage(), e);
            throw e;
        }
    }

    private boolean snapshotIdle() {
        return snapshot == null || snapshot.isDone();
    }

    private FileChannel openLog(long number) throws IOException {
        FileChannel channel = FileChannel.open(files.log(number), StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE);
        try {
            JournalFiles.syncDirectory(files.dir());
            return channel;
        } catch (IOException e) {
            channel.close();
            throw e;
        }
    }

    private void remember(ObjectKey key) {
        tables.add(new Table(key.group(), key.resource()));
    }

    private void checkUsable() throws IOException {
        if (closed) {
            throw new IOException("the journal in " + files.dir() + " is closed; the sandbox is shutting down");
        }
        if (failure != null) {
            throw new IOException("the journal could not write to " + files.log(logNumber) + " earlier ("
                    + failure.getMessage() + "), so it refuses writes; fix the disk and restart the sandbox",
                    failure);
        }
    }

    private void fail(IOException e) {
        failure = e;
        LOG.log(Level.SEVERE, "could not write to " + files.log(logNumber) + "; refusing writes until restart", e);
    }

    /** Carries an IOException out of {@link ObjectStore#inTransaction}. */
    private static final class SnapshotFailure extends RuntimeException {
        SnapshotFailure(IOException cause) {
            super(cause);
        }
    }
}
