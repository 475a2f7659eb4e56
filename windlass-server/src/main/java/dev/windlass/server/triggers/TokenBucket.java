package dev.windlass.server.triggers;

import java.util.function.LongSupplier;

/**
 * A token bucket: {@code rate} requests per second on average, up to {@code burst} at once. Thread-safe;
 * the clock is injected so tests need not sleep.
 */
final class TokenBucket {

    private static final long SECOND = 1_000_000_000L;

    private final double rate;
    private final double burst;
    private final LongSupplier nanoTime;
    private double tokens;
    private long last;

    TokenBucket(double rate, int burst, LongSupplier nanoTime) {
        if (rate <= 0 || burst < 1) {
            throw new IllegalArgumentException("rate must be positive and burst at least 1");
        }
        this.rate = rate;
        this.burst = burst;
        this.nanoTime = nanoTime;
        this.tokens = burst;
        this.last = nanoTime.getAsLong();
    }

    /** Takes a token: 0 when one was there, else the nanoseconds until one will be. */
    synchronized long take() {
        long now = nanoTime.getAsLong();
        tokens = Math.min(burst, tokens + (now - last) * rate / SECOND);
        last = now;
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) * SECOND / rate);
    }
}
