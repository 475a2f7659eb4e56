package dev.windlass.sandbox.fault;

import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Slows matching requests down by {@code millis}, plus up to {@code jitterMillis} more chosen
 * uniformly for each request.
 */
public record LatencyRule(RequestMatch match, long millis, long jitterMillis) {

    /** Ten minutes: more is surely a mistake, and would outlast every client's timeout. */
    public static final long MAX_MILLIS = 600_000;

    public LatencyRule {
        Objects.requireNonNull(match, "match");
        if (millis < 0 || millis > MAX_MILLIS || jitterMillis < 0 || jitterMillis > MAX_MILLIS) {
            throw new IllegalArgumentException("latency millis and jitterMillis must be between 0 and " + MAX_MILLIS);
        }
    }

    /** A fixed delay for matching requests. */
    public static LatencyRule of(RequestMatch match, long millis) {
        return new LatencyRule(match, millis, 0);
    }

    /** The delay for one request. */
    long delay(RandomGenerator random) {
        return jitterMillis == 0 ? millis : millis + random.nextLong(jitterMillis + 1);
    }
}
