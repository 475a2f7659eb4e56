package dev.windlass.engine.health;

import java.util.Objects;
import java.util.Optional;

/**
 * The one health vocabulary of Windlass, ordered from best to worst as Argo CD orders it:
 * {@code Healthy < Suspended < Progressing < Missing < Degraded < Unknown}. Aggregating the health
 * of many objects (an application, a wave, a tree) is {@link #worst}.
 */
public enum HealthStatus {
    /** The object is fully healthy. */
    HEALTHY("Healthy"),
    /** The object is paused or suspended on purpose (a paused Deployment, a suspended Job). */
    SUSPENDED("Suspended"),
    /** Not healthy yet, but still able to get there. */
    PROGRESSING("Progressing"),
    /** The object is expected but absent from the cluster. */
    MISSING("Missing"),
    /** The object reports a failure or could not become healthy. */
    DEGRADED("Degraded"),
    /** Health could not be assessed. */
    UNKNOWN("Unknown");

    private final String text;

    HealthStatus(String text) {
        this.text = text;
    }

    /** The name Argo CD uses, e.g. {@code Progressing}. */
    public String text() {
        return text;
    }

    /** The status Argo CD names {@code text} (case-sensitive, as Argo CD writes it), if any. */
    public static Optional<HealthStatus> fromText(String text) {
        for (HealthStatus status : values()) {
            if (status.text.equals(text)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    /** The worse of {@code a} and {@code b}; {@code a} when they are equal. */
    public static HealthStatus worst(HealthStatus a, HealthStatus b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return b.compareTo(a) > 0 ? b : a;
    }

    /** The worst status in {@code statuses}; {@link #HEALTHY} when there are none, as for an empty application. */
    public static HealthStatus worst(Iterable<HealthStatus> statuses) {
        HealthStatus result = HEALTHY;
        for (HealthStatus status : statuses) {
            result = worst(result, status);
        }
        return result;
    }

    /** True when this status is strictly worse than {@code other}. */
    public boolean isWorseThan(HealthStatus other) {
        return compareTo(other) > 0;
    }

    @Override
    public String toString() {
        return text;
    }
}
