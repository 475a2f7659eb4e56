package dev.windlass.controller.queue;

import java.time.Duration;

/**
 * Exponential back-off: {@code base × factor^(attempt-1)}, capped at {@code max}. Argo CD's
 * controller queue uses a base of 1 µs, factor 1.5 and a 3 s cap; {@link #ERRORS} waits longer because
 * a failed reconcile here usually means a cluster or Git problem.
 */
public record Backoff(Duration base, double factor, Duration max) {

    /** Back-off for reconcile errors: 1 s, doubling, at most 5 minutes. */
    public static final Backoff ERRORS = new Backoff(Duration.ofSeconds(1), 2, Duration.ofMinutes(5));

    /** The delay before attempt number {@code attempt} (1 for the first retry). */
    public Duration delay(int attempt) {
        double nanos = base.toNanos() * Math.pow(factor, Math.max(0, attempt - 1));
        return nanos >= max.toNanos() ? max : Duration.ofNanos((long) nanos);
    }
}
