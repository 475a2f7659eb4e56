package dev.windlass.pipelines.local;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * Formats a duration as Go's {@code time.Duration} prints it ({@code 1h0m0s}, {@code 1m30s},
 * {@code 500ms}), as Tekton's messages show it.
 */
final class GoDurations {

    private GoDurations() {
    }

    static String format(Duration duration) {
        if (duration.isZero()) {
            return "0s";
        }
        if (duration.compareTo(Duration.ofSeconds(1)) < 0) {
            return BigDecimal.valueOf(duration.toNanos(), 6).stripTrailingZeros().toPlainString() + "ms";
        }
        long hours = duration.toHours();
        long minutes = duration.toMinutesPart();
        String seconds = BigDecimal.valueOf(duration.toSecondsPart() * 1_000_000_000L + duration.toNanosPart(), 9)
                .stripTrailingZeros().toPlainString() + "s";
        if (hours > 0) {
            return hours + "h" + minutes + "m" + seconds;
        }
        return minutes > 0 ? minutes + "m" + seconds : seconds;
    }
}
