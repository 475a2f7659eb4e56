package dev.windlass.model.snapshot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An immutable {@link Snapshot} held in memory, for tests and for content that never touched a
 * disk (an unpacked archive, a generated tree). Built with {@link #builder(String)}:
 *
 * <pre>{@code
 * Snapshot s = MemorySnapshot.builder("rev1")
 *         .file("apps/web.yaml", "kind: Service\n")
 *         .symlink("apps/current", "web.yaml")
 *         .directory("empty")
 *         .build();
 * }</pre>
 *
 * Parent directories are implied. Paths must already be in snapshot form; anything else is a
 * programming error and throws {@link IllegalArgumentException}.
 */
public final class MemorySnapshot implements Snapshot {

    private final String revision;
    private final Map<String, SnapshotEntry> entries;
    private final Map<String, byte[]> contents;
    private final Map<String, List<SnapshotEntry>> children;

    private MemorySnapshot(String revision, TreeMap<String, SnapshotEntry> entries, Map<String, byte[]> contents) {
        this.revision = revision;
        this.entries = Map.copyOf(entries);
        this.contents = Map.copyOf(contents);
        Map<String, List<SnapshotEntry>> byParent = new HashMap<>();
        entries.values().stream()
                .filter(e -> !e.path().isEmpty())
                .sorted((a, b) -> a.name().compareTo(b.name()))
                .forEach(e -> byParent.computeIfAbsent(SnapshotPaths.parent(e.path()), k -> new ArrayList<>()).add(e));
        Map<String, List<SnapshotEntry>> frozen = new HashMap<>();
        byParent.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        this.children = Map.copyOf(frozen);
    }

    /** Starts a snapshot at {@code revision} (any label, e.g. a commit SHA). */
    public static Builder builder(String revision) {
        return new Builder(revision);
    }

    @Override
    public String revision() {
        return revision;
    }

    @Override
    public Optional<SnapshotEntry> entry(String path) {
        SnapshotPaths.requireValid(path);
        return Optional.ofNullable(entries.get(path));
    }

    @Override
    public List<SnapshotEntry> list(String path) {
        SnapshotPaths.requireValid(path);
        return children.getOrDefault(path, List.of());
    }

    @Override
    public byte[] read(String path, long maxBytes) throws IOException {
        SnapshotEntry entry = entry(path).orElseThrow(() -> new NoSuchFileException(path));
        if (entry.isSymlink()) {
            throw new IOException(path + " is a symbolic link; resolve it with SnapshotPaths.resolve before reading");
        }
        if (entry.isDirectory()) {
            throw new IOException(path + " is a directory, not a file");
        }
        byte[] bytes = contents.get(path);
        if (bytes.length > maxBytes) {
            throw new IOException(path + " is larger than the limit of " + maxBytes + " bytes");
        }
        return bytes.clone();
    }

    @Override
    public String toString() {
        return "MemorySnapshot[" + revision + ", " + entries.size() + " entries]";
    }

    /** Collects entries; {@link #build()} freezes them. */
    public static final class Builder {
        private final String revision;
        private final TreeMap<String, SnapshotEntry> entries = new TreeMap<>();
        private final Map<String, byte[]> contents = new HashMap<>();

        private Builder(String revision) {
            this.revision = Objects.requireNonNull(revision, "revision");
            entries.put("", SnapshotEntry.directory(""));
        }

        /** A UTF-8 text file. */
        public Builder file(String path, String text) {
            return file(path, text.getBytes(StandardCharsets.UTF_8));
        }

        /** A file with these exact bytes. */
        public Builder file(String path, byte[] bytes) {
            add(SnapshotEntry.file(path, bytes.length));
            contents.put(path, Arrays.copyOf(bytes, bytes.length));
            return this;
        }

        /** A symbolic link; {@code target} is stored as written and resolved only by {@link SnapshotPaths}. */
        public Builder symlink(String path, String target) {
            Objects.requireNonNull(target, "target");
            if (target.isEmpty()) {
                throw new IllegalArgumentException("symlink " + path + " needs a non-empty target");
            }
            add(SnapshotEntry.symlink(path, target));
            return this;
        }

        /** A directory, which may stay empty. Adding one that already exists is allowed. */
        public Builder directory(String path) {
            SnapshotPaths.requireValid(path);
            SnapshotEntry existing = entries.get(path);
            if (existing != null && existing.isDirectory()) {
                return this;
            }
            add(SnapshotEntry.directory(path));
            return this;
        }

        public MemorySnapshot build() {
            return new MemorySnapshot(revision, entries, contents);
        }

        private void add(SnapshotEntry entry) {
            String path = entry.path();
            SnapshotPaths.requireValid(path);
            if (path.isEmpty()) {
                throw new IllegalArgumentException("the root is always a directory; give a path below it");
            }
            if (entries.containsKey(path)) {
                throw new IllegalArgumentException(path + " was already added as a " + describe(entries.get(path)));
            }
            addParents(SnapshotPaths.parent(path));
            entries.put(path, entry);
        }

        private void addParents(String directory) {
            String current = directory;
            while (!current.isEmpty()) {
                SnapshotEntry existing = entries.get(current);
                if (existing != null && !existing.isDirectory()) {
                    throw new IllegalArgumentException(current + " is a " + describe(existing)
                            + ", so nothing can be added below it");
                }
                if (existing != null) {
                    return;
                }
                entries.put(current, SnapshotEntry.directory(current));
                current = SnapshotPaths.parent(current);
            }
        }

        private static String describe(SnapshotEntry entry) {
            return entry.type().name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
