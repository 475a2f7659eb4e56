package dev.windlass.controller.app;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * An Application's {@code spec.syncPolicy}.
 *
 * @param automated   present when automated sync is on
 * @param syncOptions the {@code syncOptions} strings, e.g. {@code CreateNamespace=true}
 * @param retry       present when failed syncs are retried
 */
public record SyncPolicy(Optional<Automated> automated, List<String> syncOptions, Optional<Retry> retry) {

    /** No automation, no options, no retries. */
    public static final SyncPolicy MANUAL = new SyncPolicy(Optional.empty(), List.of(), Optional.empty());

    public SyncPolicy {
        syncOptions = List.copyOf(syncOptions);
    }

    /**
     * {@code syncPolicy.automated}.
     *
     * @param prune      delete tracked objects Git no longer renders
     * @param selfHeal   revert changes made to live objects
     * @param allowEmpty allow a sync that would leave the application with no objects
     */
    public record Automated(boolean prune, boolean selfHeal, boolean allowEmpty) {
    }

    /**
     * {@code syncPolicy.retry}: how often a failed sync is retried and how long to wait between tries.
     *
     * @param limit       retries after the first attempt; negative means forever
     * @param duration    the first wait
     * @param factor      the multiplier applied after each retry
     * @param maxDuration the longest wait
     */
    public record Retry(long limit, Duration duration, long factor, Duration maxDuration) {

        /** Argo CD's defaults when {@code retry} is given without {@code backoff}. */
        public static Retry withLimit(long limit) {
            return new Retry(limit, Duration.ofSeconds(5), 2, Duration.ofMinutes(3));
        }

        /** The wait before retry number {@code attempt} (1 for the first retry). */
        public Duration delay(int attempt) {
            Duration delay = duration;
            for (int i = 1; i < attempt && delay.compareTo(maxDuration) < 0; i++) {
                delay = delay.multipliedBy(factor);
            }
            return delay.compareTo(maxDuration) > 0 ? maxDuration : delay;
        }
    }
}
