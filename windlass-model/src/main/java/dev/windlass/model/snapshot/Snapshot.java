package dev.windlass.model.snapshot;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * An immutable file tree at one revision: a Git commit, an unpacked chart archive, or a local
 * directory. Renderers read sources only through this interface, never from the file system.
 *
 * <p>Paths are relative, use {@code /} as separator, have no {@code .} or {@code ..} segments and
 * no leading or trailing slash; the root directory is {@code ""}. Symbolic links are entries of
 * their own and are never followed by the snapshot: {@link SnapshotPaths} resolves them, refusing
 * any that leave the root.
 */
public interface Snapshot {

    /** What this tree is of: a commit SHA, a chart version, or {@code local:<dir>}. */
    String revision();

    /** The entry at {@code path} itself (a link is returned as a link), or empty when there is none. */
    Optional<SnapshotEntry> entry(String path);

    /** The entries directly inside directory {@code path}, sorted by name; empty for a file or a missing path. */
    List<SnapshotEntry> list(String path);

    /**
     * The bytes of file {@code path}. Callers check {@link SnapshotEntry#size()} against their
     * limits first; implementations read at most {@code maxBytes} and fail beyond it.
     */
    byte[] read(String path, long maxBytes) throws IOException;
}
