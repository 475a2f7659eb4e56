package dev.windlass.model.snapshot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link Snapshot} over a directory on the local disk, read live (not copied). It is the only
 * class of the model that touches the file system.
 *
 * <p>It never follows symbolic links: an entry that is a link is returned as a
 * {@link SnapshotEntry.Type#SYMLINK SYMLINK} with its target exactly as stored, a path that goes
 * through a linked directory is treated as absent, and {@link #read} refuses links. Resolving links
 * safely is {@link SnapshotPaths#resolve}'s job. Special files (sockets, pipes, devices) are not
 * listed. Only the root directory itself may be a link (the user chose it). A missing path is
 * absent; any other I/O failure (such as a permission error) is thrown as
 * {@link UncheckedIOException}, since a local tree that cannot be read is not a valid source.
 */
public final class LocalSnapshot implements Snapshot {

    private final Path root;

    private LocalSnapshot(Path root) {
        this.root = root;
    }

    /** A snapshot of {@code root}; nothing is read until asked. */
    public static LocalSnapshot of(Path root) {
        return new LocalSnapshot(Objects.requireNonNull(root, "root").toAbsolutePath().normalize());
    }

    /** The directory this snapshot reads. */
    public Path root() {
        return root;
    }

    @Override
    public String revision() {
        return "local:" + root;
    }

    @Override
    public Optional<SnapshotEntry> entry(String path) {
        SnapshotPaths.requireValid(path);
        if (path.isEmpty()) {
            return Files.isDirectory(root) ? Optional.of(SnapshotEntry.directory("")) : Optional.empty();
        }
        if (!parentsAreDirectories(path)) {
            return Optional.empty();
        }
        return attributes(resolveLocal(path)).flatMap(attrs -> toEntry(path, attrs));
    }

    @Override
    public List<SnapshotEntry> list(String path) {
        Optional<SnapshotEntry> directory = entry(path);
        if (directory.isEmpty() || !directory.get().isDirectory()) {
            return List.of();
        }
        List<SnapshotEntry> out = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(resolveLocal(path))) {
            for (Path child : stream) {
                String childPath = SnapshotPaths.join(path, child.getFileName().toString());
                attributes(child).flatMap(attrs -> toEntry(childPath, attrs)).ifPresent(out::add);
            }
        } catch (NoSuchFileException | NotDirectoryException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + resolveLocal(path), e);
        }
        out.sort(Comparator.comparing(SnapshotEntry::name));
        return List.copyOf(out);
    }

    @Override
    public byte[] read(String path, long maxBytes) throws IOException {
        SnapshotEntry entry = entry(path).orElseThrow(() -> new NoSuchFileException(path));
        if (entry.isSymlink()) {
            throw new IOException(path + " is a symbolic link; resolve it with SnapshotPaths.resolve before reading");
        }
        if (!entry.isFile()) {
            throw new IOException(path + " is a directory, not a file");
        }
        int cap = (int) Math.min(Integer.MAX_VALUE - 8L, Math.max(0, maxBytes) + 1);
        try (InputStream in = Files.newInputStream(resolveLocal(path), StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = in.readNBytes(cap);
            if (bytes.length > maxBytes) {
                throw new IOException(path + " is larger than the limit of " + maxBytes + " bytes");
            }
            return bytes;
        }
    }

    @Override
    public String toString() {
        return "LocalSnapshot[" + root + "]";
    }

    private Path resolveLocal(String path) {
        return path.isEmpty() ? root : root.resolve(path);
    }

    /** True when every directory above {@code path} (below the root) is a real directory, not a link. */
    private boolean parentsAreDirectories(String path) {
        String parent = SnapshotPaths.parent(path);
        if (parent.isEmpty()) {
            return Files.isDirectory(root);
        }
        Path current = root;
        for (String segment : parent.split("/")) {
            current = current.resolve(segment);
            Optional<BasicFileAttributes> attrs = attributes(current);
            if (attrs.isEmpty() || !attrs.get().isDirectory()) {
                return false;
            }
        }
        return true;
    }

    private static Optional<BasicFileAttributes> attributes(Path path) {
        try {
            return Optional.of(Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
        } catch (NoSuchFileException | NotDirectoryException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the attributes of " + path, e);
        }
    }

    private Optional<SnapshotEntry> toEntry(String path, BasicFileAttributes attrs) {
        if (attrs.isSymbolicLink()) {
            try {
                return Optional.of(SnapshotEntry.symlink(path, Files.readSymbolicLink(resolveLocal(path)).toString()));
            } catch (NoSuchFileException e) {
                return Optional.empty();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the symbolic link " + resolveLocal(path), e);
            }
        }
        if (attrs.isDirectory()) {
            return Optional.of(SnapshotEntry.directory(path));
        }
        if (attrs.isRegularFile()) {
            return Optional.of(SnapshotEntry.file(path, attrs.size()));
        }
        return Optional.empty();
    }
}
