package dev.windlass.sandbox.fault;

import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Fails a share ({@code rate}, 0 to 1) of matching requests with {@code status}: 409 Conflict,
 * 429 TooManyRequests, 500 InternalError or 503 ServiceUnavailable, with the API server's wording
 * unless {@code message} replaces it, and a {@code Retry-After} of {@code retryAfterSeconds} when positive.
 */
public record ErrorRule(RequestMatch match, double rate, int status, int retryAfterSeconds, Optional<String> message) {

    /** One hour: the longest {@code Retry-After} a rule may ask for. */
    public static final int MAX_RETRY_AFTER_SECONDS = 3600;

    public ErrorRule {
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(message, "message");
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("rate must be between 0 and 1, got " + rate);
        }
        if (!InjectedError.STATUSES.contains(status)) {
            throw new IllegalArgumentException("status " + status + " cannot be injected; use one of "
                    + InjectedError.STATUSES);
        }
        if (retryAfterSeconds < 0 || retryAfterSeconds > MAX_RETRY_AFTER_SECONDS) {
            throw new IllegalArgumentException("retryAfterSeconds must be between 0 and " + MAX_RETRY_AFTER_SECONDS);
        }
    }

    /**
     * A rule with the API server's message; 429 gets {@code Retry-After: 1} as the API server's
     * max-in-flight filter sends, the others none.
     */
    public static ErrorRule of(RequestMatch match, double rate, int status) {
        return new ErrorRule(match, rate, status, defaultRetryAfter(status), Optional.empty());
    }

    public ErrorRule withRetryAfterSeconds(int seconds) {
        return new ErrorRule(match, rate, status, seconds, message);
    }

    static int defaultRetryAfter(int status) {
        return status == 429 ? 1 : 0;
    }

    /** Whether this request fails; draws from {@code random} only when the rate is strictly between 0 and 1. */
    boolean fires(RandomGenerator random) {
        if (rate <= 0) {
            return false;
        }
        return rate >= 1 || random.nextDouble() < rate;
    }

    InjectedError error(String group, String resource) {
        return InjectedError.of(status, group, resource, retryAfterSeconds, message.orElse(""));
    }
}
