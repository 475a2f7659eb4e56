package dev.windlass.sandbox.table;

import java.time.Duration;
import java.time.Instant;

/**
 * Kubernetes' human-readable durations ({@code k8s.io/apimachinery/pkg/util/duration.HumanDuration}),
 * as the AGE column shows them: two to three significant figures, {@code 5s}, {@code 2m10s},
 * {@code 15m}, {@code 3h20m}, {@code 2d3h}, {@code 400d}, {@code 3y20d}. A duration more than a
 * second in the future is {@code <invalid>}; up to a second in the future counts as {@code 0s}.
 */
public final class HumanDuration {

    private static final long MINUTE = 60;
    private static final long HOUR = 60 * MINUTE;

    private HumanDuration() {
    }

    /** The age of something that happened at {@code then}, seen at {@code now}. */
    public static String since(Instant then, Instant now) {
        return format(Duration.between(then, now));
    }

    /** Formats {@code duration}; whole seconds only, fractions truncated toward zero as Go does. */
    public static String format(Duration duration) {
        long seconds = duration.toMillis() / 1000;
        if (seconds < -1) {
            return "<invalid>";
        }
        if (seconds < 0) {
            return "0s";
        }
        if (seconds < 2 * MINUTE) {
            return seconds + "s";
        }
        long minutes = seconds / MINUTE;
        if (minutes < 10) {
            return withRemainder(minutes, "m", seconds % MINUTE, "s");
        }
        if (minutes < 3 * 60) {
            return minutes + "m";
        }
        return hoursAndMore(seconds / HOUR, minutes % 60);
    }

    private static String hoursAndMore(long hours, long minuteRemainder) {
        if (hours < 8) {
            return withRemainder(hours, "h", minuteRemainder, "m");
        }
        if (hours < 48) {
            return hours + "h";
        }
        long days = hours / 24;
        if (hours < 24 * 8) {
            return withRemainder(days, "d", hours % 24, "h");
        }
        if (hours < 24 * 365 * 2) {
            return days + "d";
        }
        if (hours < 24 * 365 * 8) {
            return withRemainder(days / 365, "y", days % 365, "d");
        }
        return days / 365 + "y";
    }

    private static String withRemainder(long major, String majorUnit, long minor, String minorUnit) {
        return minor == 0 ? major + majorUnit : major + majorUnit + minor + minorUnit;
    }
}
