package dev.windlass.sandbox.persist;

import dev.windlass.sandbox.store.ObjectKey;
import dev.windlass.sandbox.store.StoredObject;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.Map;

/**
 * A snapshot file: a header frame (last resource version, object count) and one ADDED frame per
 * object. It is written to {@code <name>.tmp}, forced to disk, renamed over its final name and the
 * directory forced, so a snapshot under its final name is always complete; any damage in it is
 * corruption, never a torn write.
 */
final class SnapshotFile {

    private SnapshotFile() {
    }

    /** Writes {@code objects} and {@code lastVersion} to {@code target} atomically and durably. */
    static void write(Path target, Collection<StoredObject> objects, long lastVersion) throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + JournalFiles.TEMP_SUFFIX);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 20);
                out.write(RecordCodec.frame(RecordCodec.snapshotHeader(lastVersion, objects.size())));
                for (StoredObject stored : objects) {
                    out.write(RecordCodec.frame(RecordCodec.snapshotEntry(stored)));
                }
                out.flush();
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            JournalFiles.syncDirectory(target.getParent());
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Loads {@code file} into {@code objects}; returns the last resource version it records. */
    static long read(Path file, Map<ObjectKey, StoredObject> objects) throws IOException {
        try (FrameReader reader = new FrameReader(file)) {
            long[] header = RecordCodec.readSnapshotHeader(payload(file, reader.next()));
            for (long i = 0; i < header[1]; i++) {
                FrameReader.Step step = reader.next();
                JournalRecord record = Recovery.decode(file, step, payload(file, step));
                objects.put(record.key(), new StoredObject(record.key(), record.object(), record.resourceVersion()));
            }
            FrameReader.Step last = reader.next();
            if (!(last instanceof FrameReader.End)) {
                throw Recovery.damaged(file, offset(last), "data after the " + header[1] + " objects its header counts");
            }
            return header[0];
        } catch (IllegalArgumentException e) {
            throw Recovery.damaged(file, 0, e.getMessage());
        }
    }

    private static byte[] payload(Path file, FrameReader.Step step) throws DataDirectoryException {
        if (step instanceof FrameReader.Frame frame) {
            return frame.payload();
        }
        if (step instanceof FrameReader.Damage damage) {
            throw Recovery.damaged(file, damage.offset(), damage.problem());
        }
        throw Recovery.damaged(file, offset(step), "the snapshot ends before all the objects its header counts");
    }

    private static long offset(FrameReader.Step step) {
        if (step instanceof FrameReader.Frame f) {
            return f.offset();
        }
        return step instanceof FrameReader.Damage d ? d.offset() : ((FrameReader.End) step).offset();
    }
}
