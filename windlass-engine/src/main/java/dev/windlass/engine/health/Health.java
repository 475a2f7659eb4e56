package dev.windlass.engine.health;

import java.util.Objects;

/**
 * The assessed health of one object: a {@link HealthStatus} and the message Argo CD would show
 * beside it ({@code ""} when it shows none).
 */
public record Health(HealthStatus status, String message) {

    public Health {
        Objects.requireNonNull(status, "status");
        message = message == null ? "" : message;
    }

    public static Health of(HealthStatus status) {
        return new Health(status, "");
    }

    public static Health healthy(String message) {
        return new Health(HealthStatus.HEALTHY, message);
    }

    public static Health progressing(String message) {
        return new Health(HealthStatus.PROGRESSING, message);
    }

    public static Health degraded(String message) {
        return new Health(HealthStatus.DEGRADED, message);
    }

    public static Health unknown(String message) {
        return new Health(HealthStatus.UNKNOWN, message);
    }

    /** The worse of the two; {@code this} when their statuses are equal. */
    public Health worst(Health other) {
        return other.status.isWorseThan(status) ? other : this;
    }
}
