package dev.windlass.helm.chart;

import dev.windlass.helm.HelmException;
import dev.windlass.model.snapshot.Snapshot;
import dev.windlass.model.snapshot.SnapshotEntry;
import dev.windlass.model.snapshot.SnapshotPaths;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Loads charts as Helm's loader does: a chart directory of a {@link Snapshot} or a {@code .tgz}
 * archive, honouring {@code .helmignore}, with {@code charts/} dependencies (directories and
 * archives) loaded recursively, and Helm's validation messages.
 */
public final class ChartLoader {

    private ChartLoader() {
    }

    /** Loads the chart whose {@code Chart.yaml} is in directory {@code dir} of {@code snapshot}. */
    public static Chart load(Snapshot snapshot, String dir) throws HelmException {
        SnapshotPaths.Resolution top = SnapshotPaths.resolve(snapshot, dir);
        Optional<SnapshotEntry> root = top.target();
        if (root.isEmpty()) {
            throw new HelmException("stat " + (dir.isEmpty() ? "." : dir) + ": no such file or directory");
        }
        if (!root.get().isDirectory()) {
            return loadArchive(read(snapshot, root.get().path(), dir), dir);
        }
        String rootPath = root.get().path();
        HelmIgnore rules = HelmIgnore.parse(ignoreText(snapshot, rootPath));
        List<ChartFile> files = new ArrayList<>();
        new DirectoryWalk(snapshot, rules, files).walk(rootPath, "");
        return ChartFiles.load(files);
    }

    /** Loads a chart archive ({@code .tgz}); {@code source} names it in errors. */
    public static Chart loadArchive(byte[] archive, String source) throws HelmException {
        if (!source.isEmpty()) {
            ChartArchive.ensureArchive(source, archive);
        }
        try {
            return ChartFiles.load(ChartArchive.files(archive));
        } catch (HelmException e) {
            if (e.getMessage().equals("gzip: invalid header") && !source.isEmpty()) {
                throw new HelmException("file '" + source + "' does not appear to be a valid chart file (details: "
                        + e.getMessage() + ")", e);
            }
            throw e;
        }
    }

    private static String ignoreText(Snapshot snapshot, String root) throws HelmException {
        String path = SnapshotPaths.join(root, ".helmignore");
        Optional<SnapshotEntry> entry = SnapshotPaths.resolve(snapshot, path).target();
        if (entry.isEmpty() || !entry.get().isFile()) {
            return "";
        }
        return new String(read(snapshot, entry.get().path(), ".helmignore"), java.nio.charset.StandardCharsets.UTF_8);
    }

    static byte[] read(Snapshot snapshot, String path, String name) throws HelmException {
        try {
            return snapshot.read(path, ChartArchive.MAX_DECOMPRESSED_CHART_SIZE);
        } catch (IOException e) {
            throw new HelmException("error reading " + name + ": " + e.getMessage(), e);
        }
    }
}
