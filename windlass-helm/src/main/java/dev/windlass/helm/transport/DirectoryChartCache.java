package dev.windlass.helm.transport;

import dev.windlass.helm.repo.ChartCache;
import dev.windlass.helm.repo.ChartDigest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A {@link ChartCache} in a directory: one file per archive named {@code sha256-<hex>.tgz}, written
 * to a temporary file and moved into place atomically; an entry whose bytes no longer match its
 * digest is deleted and treated as absent.
 */
public final class DirectoryChartCache implements ChartCache {

    private static final Pattern DIGEST = Pattern.compile("sha256:[0-9a-f]{64}");

    private final Path dir;

    /** A cache under {@code dir} (created when missing). */
    public DirectoryChartCache(Path dir) {
        this.dir = dir;
    }

    @Override
    public Optional<byte[]> get(String digest) {
        Path file = fileFor(digest);
        if (file == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            byte[] data = Files.readAllBytes(file);
            if (ChartDigest.ociDigest(data).equals(digest)) {
                return Optional.of(data);
            }
            Files.deleteIfExists(file);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public void put(String digest, byte[] archive) {
        Path file = fileFor(digest);
        if (file == null || !ChartDigest.ociDigest(archive).equals(digest)) {
            return;
        }
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".partial-", ".tmp");
            try {
                Files.write(tmp, archive);
                move(tmp, file);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write chart cache entry " + file, e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Path fileFor(String digest) {
        if (digest == null || !DIGEST.matcher(digest).matches()) {
            return null;
        }
        return dir.resolve(digest.replace(':', '-') + ".tgz");
    }
}
