package dev.windlass.render.jsonnet;

import dev.windlass.model.snapshot.SnapshotPaths;
import java.util.Objects;
import scala.collection.mutable.HashMap;

/**
 * A path in a snapshot as sjsonnet sees it: a clean snapshot path ({@code ""} is the root), never
 * a file on disk. Appending {@code ..} above the root is not normalised here; the importer refuses
 * such paths before they are read.
 */
final class SnapshotJsonnetPath implements sjsonnet.Path {

    private final String path;

    SnapshotJsonnetPath(String path) {
        this.path = Objects.requireNonNull(path, "path");
    }

    /** The snapshot path. */
    String path() {
        return path;
    }

    /** Always the full snapshot path, so that error positions name the file unambiguously. */
    @Override
    public String relativeToString(sjsonnet.Path base) {
        return path;
    }

    @Override
    public sjsonnet.Path parent() {
        return new SnapshotJsonnetPath(SnapshotPaths.parent(path));
    }

    @Override
    public int segmentCount() {
        return path.isEmpty() ? 0 : path.split("/", -1).length;
    }

    @Override
    public String last() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    @Override
    public sjsonnet.Path $div(String name) {
        return new SnapshotJsonnetPath(SnapshotPaths.join(path, name));
    }

    @Override
    public String renderOffsetStr(int offset, HashMap<sjsonnet.Path, int[]> loadedFileContents) {
        return path + ":offset " + offset;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SnapshotJsonnetPath that && that.path.equals(path);
    }

    @Override
    public int hashCode() {
        return path.hashCode();
    }

    @Override
    public String toString() {
        return path;
    }
}
