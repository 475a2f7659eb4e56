package dev.windlass.model.snapshot;

import java.util.Objects;

/**
 * One entry of a {@link Snapshot}.
 *
 * @param path       the entry's path in the snapshot
 * @param type       file, directory or symbolic link
 * @param size       the file's size in bytes; 0 for directories and links
 * @param linkTarget the link's target exactly as stored (relative or absolute); {@code null} unless a link
 */
public record SnapshotEntry(String path, Type type, long size, String linkTarget) {

    public enum Type { FILE, DIRECTORY, SYMLINK }

    public SnapshotEntry {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(type, "type");
        if ((type == Type.SYMLINK) != (linkTarget != null)) {
            throw new IllegalArgumentException("a link target is given exactly for symbolic links: " + path);
        }
    }

    public static SnapshotEntry file(String path, long size) {
        return new SnapshotEntry(path, Type.FILE, size, null);
    }

    public static SnapshotEntry directory(String path) {
        return new SnapshotEntry(path, Type.DIRECTORY, 0, null);
    }

    public static SnapshotEntry symlink(String path, String target) {
        return new SnapshotEntry(path, Type.SYMLINK, 0, target);
    }

    /** The last segment of the path; {@code ""} for the root. */
    public String name() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    public boolean isFile() {
        return type == Type.FILE;
    }

    public boolean isDirectory() {
        return type == Type.DIRECTORY;
    }

    public boolean isSymlink() {
        return type == Type.SYMLINK;
    }
}
