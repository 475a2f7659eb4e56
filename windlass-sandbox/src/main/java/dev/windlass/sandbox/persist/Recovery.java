package dev.windlass.sandbox.persist;

import dev.windlass.sandbox.store.ObjectKey;
import dev.windlass.sandbox.store.StoredObject;
import dev.windlass.sandbox.store.WatchEvent;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.logging.Logger;

/**
 * Rebuilds the store's state from {@code D/journal}: the newest snapshot, then every log numbered
 * from it on, in order (ADDED and MODIFIED put the object, DELETED removes it). A torn last record
 * of the last log is cut off; any other damage stops recovery with a {@link DataDirectoryException}.
 * Leftovers of an interrupted snapshot (its temporary file, logs and snapshots it made redundant)
 * are deleted.
 */
final class Recovery {

    private static final Logger LOG = Logger.getLogger(Recovery.class.getName());

    /** The recovered state, the number for the next log, and what was done, for the log and tests. */
    record Recovered(Collection<StoredObject> objects, long lastVersion, long nextLogNumber,
            long recordsReplayed, long bytesDropped) {

        Recovered {
            objects = List.copyOf(objects);
        }
    }

    private final JournalFiles files;
    private final Map<ObjectKey, StoredObject> objects = new HashMap<>();
    private long lastVersion;
    private long records;
    private long dropped;

    private Recovery(JournalFiles files) {
        this.files = files;
    }

    static Recovered run(JournalFiles files) throws IOException {
        return new Recovery(files).recover();
    }

    private Recovered recover() throws IOException {
        JournalFiles.Listing listing = files.list();
        for (Path temp : listing.temporary()) {
            Files.deleteIfExists(temp);
        }
        Map.Entry<Long, Path> snapshot = listing.snapshots().lastEntry();
        long from = 1;
        if (snapshot != null) {
            from = snapshot.getKey();
            lastVersion = SnapshotFile.read(snapshot.getValue(), objects);
        } else if (!listing.logs().isEmpty()) {
            from = listing.logs().firstKey();
        }
        NavigableMap<Long, Path> logs = listing.logs().tailMap(from, true);
        long expected = from;
        for (Map.Entry<Long, Path> log : logs.entrySet()) {
            if (log.getKey() != expected) {
                throw damaged(files.log(expected), 0, "this log is missing, but later ones exist");
            }
            replay(log.getValue(), log.getKey().equals(logs.lastKey()));
            expected++;
        }
        files.deleteBefore(from);
        return new Recovered(objects.values(), lastVersion, expected, records, dropped);
    }

    private void replay(Path log, boolean last) throws IOException {
        try (FrameReader reader = new FrameReader(log)) {
            for (FrameReader.Step step = reader.next(); !(step instanceof FrameReader.End); step = reader.next()) {
                if (step instanceof FrameReader.Damage damage) {
                    if (!last || !damage.couldBeTornWrite()) {
                        throw damaged(log, damage.offset(), damage.problem());
                    }
                    truncate(log, damage, reader.size());
                    return;
                }
                apply(log, (FrameReader.Frame) step);
            }
        }
    }

    private void apply(Path log, FrameReader.Frame frame) throws DataDirectoryException {
        JournalRecord record = decode(log, frame, frame.payload());
        if (record.resourceVersion() <= lastVersion) {
            throw damaged(log, frame.offset(), "resource version " + record.resourceVersion()
                    + " follows " + lastVersion + ", but versions only grow");
        }
        if (record.type() == WatchEvent.Type.DELETED) {
            objects.remove(record.key());
        } else {
            objects.put(record.key(), new StoredObject(record.key(), record.object(), record.resourceVersion()));
        }
        lastVersion = record.resourceVersion();
        records++;
    }

    private void truncate(Path log, FrameReader.Damage damage, long size) throws IOException {
        try (FileChannel channel = FileChannel.open(log, StandardOpenOption.WRITE)) {
            channel.truncate(damage.offset());
            channel.force(true);
        }
        dropped += size - damage.offset();
        LOG.warning(() -> log + " ended in a partly written record (" + damage.problem()
                + "), left by a crash during a write that was never acknowledged; dropped its last "
                + (size - damage.offset()) + " bytes from offset " + damage.offset());
    }

    static JournalRecord decode(Path file, FrameReader.Step step, byte[] payload) throws DataDirectoryException {
        try {
            return RecordCodec.readChange(payload);
        } catch (IllegalArgumentException e) {
            throw damaged(file, ((FrameReader.Frame) step).offset(), e.getMessage());
        }
    }

    /** The error for damage a crash cannot explain: where it is and what to do. */
    static DataDirectoryException damaged(Path file, long offset, String problem) {
        Path dataDir = file.toAbsolutePath().getParent().getParent();
        return new DataDirectoryException("the sandbox data in " + file + " is damaged at byte offset " + offset
                + ": " + problem + ". A crash only ever cuts short the last record of the last log, so this is"
                + " corruption and acknowledged writes may be lost; the sandbox will not guess and does not start."
                + " Move the data directory aside (mv " + dataDir + " " + dataDir + ".damaged) to start with an"
                + " empty one, and keep the copy to recover objects from.");
    }
}
