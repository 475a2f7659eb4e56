package dev.windlass.helm.chart;

import dev.windlass.helm.HelmException;
import dev.windlass.model.snapshot.Snapshot;
import dev.windlass.model.snapshot.SnapshotEntry;
import dev.windlass.model.snapshot.SnapshotPaths;
import java.util.List;

/**
 * Helm's {@code LoadDir} walk over a snapshot directory: entries in name order, symbolic links
 * followed (inside the snapshot only) under their own names, {@code .helmignore} rules applied to
 * directories (skipping them whole) and files, the size limit checked and byte-order marks dropped.
 */
final class DirectoryWalk {

    private final Snapshot snapshot;
    private final HelmIgnore rules;
    private final List<ChartFile> files;

    DirectoryWalk(Snapshot snapshot, HelmIgnore rules, List<ChartFile> files) {
        this.snapshot = snapshot;
        this.rules = rules;
        this.files = files;
    }

    /** Walks real directory {@code dir}, whose chart-relative name is {@code name} ({@code ""} at the top). */
    void walk(String dir, String name) throws HelmException {
        for (SnapshotEntry child : snapshot.list(dir)) {
            String relative = name.isEmpty() ? child.name() : name + "/" + child.name();
            SnapshotEntry real = child.isSymlink() ? resolve(child) : child;
            if (real.isDirectory()) {
                if (!rules.ignores(relative, true)) {
                    walk(real.path(), relative);
                }
                continue;
            }
            if (rules.ignores(relative, false)) {
                continue;
            }
            if (real.size() > ChartArchive.MAX_DECOMPRESSED_FILE_SIZE) {
                throw new HelmException("chart file " + GoPaths.quote(child.name())
                        + " is larger than the maximum file size " + ChartArchive.MAX_DECOMPRESSED_FILE_SIZE);
            }
            byte[] data = ChartLoader.read(snapshot, real.path(), relative);
            files.add(new ChartFile(relative, ChartArchive.stripBom(data)));
        }
    }

    private SnapshotEntry resolve(SnapshotEntry link) throws HelmException {
        SnapshotPaths.Resolution resolution = SnapshotPaths.resolve(snapshot, link.path());
        if (resolution.target().isPresent()) {
            return resolution.target().get();
        }
        String why = resolution.problem().map(i -> i.message()).orElse("no such file or directory");
        throw new HelmException("error evaluating symlink " + link.path() + ": " + why);
    }
}
