package dev.windlass.sandbox.fault;

import java.util.Objects;
import java.util.Optional;

/**
 * What to do to one request: wait {@code delayMillis} first, then, when {@code error} is present,
 * answer with that error instead of serving the request.
 */
public record FaultDecision(long delayMillis, Optional<InjectedError> error) {

    /** Serve the request at once. */
    public static final FaultDecision NONE = new FaultDecision(0, Optional.empty());

    public FaultDecision {
        Objects.requireNonNull(error, "error");
        if (delayMillis < 0) {
            throw new IllegalArgumentException("delayMillis must not be negative");
        }
    }

    public static FaultDecision delay(long millis) {
        return millis == 0 ? NONE : new FaultDecision(millis, Optional.empty());
    }

    public static FaultDecision fail(long delayMillis, InjectedError error) {
        return new FaultDecision(delayMillis, Optional.of(error));
    }

    /** Whether the request is served at once, untouched. */
    public boolean isNone() {
        return delayMillis == 0 && error.isEmpty();
    }
}
