package dev.windlass.render.helm;

import dev.windlass.helm.HelmException;
import dev.windlass.model.Result;
import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.snapshot.Snapshot;
import dev.windlass.model.snapshot.SnapshotEntry;
import dev.windlass.model.snapshot.SnapshotPaths;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Value files of a chart in a Git repository, relative to the chart's directory as Argo CD reads
 * them; a path that leaves the repository is refused, and remote URLs are not fetched.
 */
final class SnapshotValueFiles implements ValueFiles {

    private final Snapshot snapshot;
    private final String chartDir;
    private final boolean ignoreMissing;

    SnapshotValueFiles(Snapshot snapshot, String chartDir, boolean ignoreMissing) {
        this.snapshot = snapshot;
        this.chartDir = chartDir;
        this.ignoreMissing = ignoreMissing;
    }

    @Override
    public List<String> present(List<String> names) throws HelmException {
        List<String> present = new ArrayList<>();
        for (String name : names) {
            if (!ignoreMissing || locate(name).isPresent()) {
                present.add(name);
            }
        }
        return present;
    }

    @Override
    public byte[] read(String name) throws HelmException {
        if (name.contains("://")) {
            throw new HelmException("value file " + name + ": remote value files are not fetched; commit the file to the"
                    + " repository and name it relative to the chart");
        }
        SnapshotEntry entry = locate(name).orElseThrow(() -> new HelmException("open " + name
                + ": no such file or directory (value files are relative to the chart directory '"
                + (chartDir.isEmpty() ? "." : chartDir) + "'; set helm.ignoreMissingValueFiles to skip missing ones)"));
        try {
            return snapshot.read(entry.path(), CodecLimits.DEFAULT.maxFileBytes());
        } catch (IOException e) {
            throw new HelmException("read " + name + ": " + e.getMessage(), e);
        }
    }

    private Optional<SnapshotEntry> locate(String name) throws HelmException {
        String joined = name.startsWith("/") ? name.substring(1) : chartDir.isEmpty() ? name : chartDir + "/" + name;
        Result<String> normalized = SnapshotPaths.normalize(joined);
        if (normalized.hasErrors()) {
            throw new HelmException("value file " + name + ": " + normalized.issues().get(0).message());
        }
        SnapshotPaths.Resolution resolution = SnapshotPaths.resolve(snapshot, normalized.value());
        if (resolution.problem().isPresent()) {
            return Optional.empty();
        }
        return resolution.target().filter(SnapshotEntry::isFile);
    }
}
