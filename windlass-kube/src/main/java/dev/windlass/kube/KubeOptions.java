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
 * @param requestRetries           the most times fabric8 retries a request answered 429 or 5xx (or
 *                                 not answered), with its exponential back-off from 100 ms; fabric8's
 *                                 own default of 10 can hold a sync worker for minutes, while the
 *                                 engine retries {@code UNAVAILABLE} itself
 */
public record KubeOptions(Duration syncTimeout, Duration discoveryRefreshInterval, int requestRetries) {

    /** 60 s for the first sync, at most one miss-driven discovery re-read per second, 2 retries. */
    public static final KubeOptions DEFAULT = new KubeOptions(Duration.ofSeconds(60), Duration.ofSeconds(1), 2);

    public KubeOptions {
        Objects.requireNonNull(syncTimeout, "syncTimeout");
        Objects.requireNonNull(discoveryRefreshInterval, "discoveryRefreshInterval");
        if (requestRetries < 0) {
            throw new IllegalArgumentException("requestRetries must not be negative: " + requestRetries);
        }
    }

    public KubeOptions withSyncTimeout(Duration value) {
        return new KubeOptions(value, discoveryRefreshInterval, requestRetries);
    }

    public KubeOptions withDiscoveryRefreshInterval(Duration value) {
        return new KubeOptions(syncTimeout, value, requestRetries);
    }

    public KubeOptions withRequestRetries(int value) {
        return new KubeOptions(syncTimeout, discoveryRefreshInterval, value);
    }
}
