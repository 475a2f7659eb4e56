package dev.windlass.kustomize;

import dev.windlass.model.snapshot.Snapshot;
import java.util.List;

/**
 * Inflates a kustomization's {@code helmCharts} entry: what {@code helm template} prints for it.
 * Kustomize runs a helm binary; Windlass plugs its own Helm engine in here (windlass-render), so
 * this module stays free of it. {@link #DISABLED} is kustomize without {@code --enable-helm}.
 */
public interface HelmInflator {

    /** The request of one chart. */
    record Inflation(Snapshot snapshot, HelmChart chart, boolean chartIsLocal, List<byte[]> valuesFiles,
            String kustomizationFile) {
        public Inflation {
            valuesFiles = List.copyOf(valuesFiles);
        }
    }

    /** Why a chart could not be inflated; the message names the chart and says what to do. */
    final class InflateFailed extends Exception {
        private static final long serialVersionUID = 1L;

        public InflateFailed(String message) {
            super(message);
        }
    }

    /**
     * The YAML {@code helm template} prints for {@code inflation.chart()}: from the local copy at
     * {@link HelmChart#localDirectory()} when {@code chartIsLocal}, else pulled from its repository,
     * with the values files in order.
     */
    String template(Inflation inflation) throws InflateFailed;

    /** Kustomize without {@code --enable-helm}: any {@code helmCharts} entry is refused. */
    HelmInflator DISABLED = inflation -> {
        throw new InflateFailed("must specify --enable-helm");
    };
}
