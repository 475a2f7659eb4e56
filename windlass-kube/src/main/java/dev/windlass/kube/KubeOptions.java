package dev.windlass.kube;

import java.time.Duration;
import java.util.Objects;

/**
 * Tuning of a {@link KubeCluster}.
 *
 * @param syncTimeout              how long {@link KubeCluster#tracked} waits for the first list of
 *                                 every watched kind before answering {@code UNAVAILABLE}
 * @param discoveryRefreshInterval the least time between two discovery re-reads caused by look-ups
 *                                 of unknown kinds (CRD changes re-read at once)
 */
public record KubeOptions(Duration syncTimeout, Duration discoveryRefreshInterval) {

    /** 60 s for the first sync, at most one miss-driven discovery re-read per second. */
    public static final KubeOptions DEFAULT = new KubeOptions(Duration.ofSeconds(60), Duration.ofSeconds(1));

    public KubeOptions {
        Objects.requireNonNull(syncTimeout, "syncTimeout");
        Objects.requireNonNull(discoveryRefreshInterval, "discoveryRefreshInterval");
    }

    public KubeOptions withSyncTimeout(Duration value) {
        return new KubeOptions(value, discoveryRefreshInterval);
    }

    public KubeOptions withDiscoveryRefreshInterval(Duration value) {
        return new KubeOptions(syncTimeout, value);
    }
}
