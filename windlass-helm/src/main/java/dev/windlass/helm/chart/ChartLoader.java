package dev.windlass.helm.chart;

import dev.windlass.helm.HelmException;
import dev.windlass.model.snapshot.Snapshot;

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
        throw new UnsupportedOperationException("not written yet");
    }

    /** Loads a chart archive ({@code .tgz}); {@code source} names it in errors. */
    public static Chart loadArchive(byte[] archive, String source) throws HelmException {
        throw new UnsupportedOperationException("not written yet");
    }
}
