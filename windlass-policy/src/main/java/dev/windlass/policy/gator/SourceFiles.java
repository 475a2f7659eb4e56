package dev.windlass.policy.gator;

import dev.windlass.model.Result;
import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.snapshot.Snapshot;
import dev.windlass.model.snapshot.SnapshotEntry;
import dev.windlass.model.snapshot.SnapshotPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads text files of a {@link Snapshot}, following links safely and bounded in size. */
final class SourceFiles {
    private SourceFiles() {
    }

    /** Resolves {@code relative} against directory {@code dir}; fails when it leaves the root. */
    static String resolve(String dir, String relative) throws GatorException {
        String joined = relative.startsWith("/") ? relative : SnapshotPaths.join(dir, relative);
        Result<String> normal = SnapshotPaths.normalize(joined);
        if (normal.hasErrors()) {
            throw new GatorException(relative + ": " + normal.errors().get(0).message());
        }
        return normal.value();
    }

    static SnapshotEntry entry(Snapshot source, String path) throws GatorException {
        SnapshotPaths.Resolution r = SnapshotPaths.resolve(source, path);
        if (r.problem().isPresent()) {
            throw new GatorException(path + ": " + r.problem().get().message());
        }
        return r.target().orElseThrow(() -> new GatorException(path + ": no such file or directory"));
    }

    static String readText(Snapshot source, String path) throws GatorException {
        SnapshotEntry entry = entry(source, path);
        if (!entry.isFile()) {
            throw new GatorException(path + ": cannot read: not a file");
        }
        long max = CodecLimits.DEFAULT.maxFileBytes();
        if (entry.size() > max) {
            throw new GatorException(path + ": the file is larger than " + max + " bytes");
        }
        try {
            return new String(source.read(entry.path(), max), StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            throw new GatorException(path + ": cannot read: " + e.getMessage(), e);
        }
    }
}
