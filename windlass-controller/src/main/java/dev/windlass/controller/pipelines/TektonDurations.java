package dev.windlass.controller.pipelines;

import java.time.Duration;

/** Durations spelled as Go prints them ({@code 1h0m0s}, {@code 1m30s}, {@code 500ms}), for Tekton's messages. */
final class TektonDurations {

    private TektonDurations() {
    }

    static String format(Duration duration) {
        if (duration.isZero()) {
            return "0s";
        }
        if (duration.compareTo(Duration.ofSeconds(1)) < 0) {
            return duration.toMillis() + "ms";
        }
        long hours = duration.toHours();
        long minutes = duration.toMinutesPart();
        String seconds = duration.toMillisPart() == 0 ? Long.toString(duration.toSecondsPart())
                : String.format(java.util.Locale.ROOT, "%d.%03d", duration.toSecondsPart(), duration.toMillisPart())
                        .replaceAll("0+$", "");
        if (hours > 0) {
            return hours + "h" + minutes + "m" + seconds + "s";
        }
        return minutes > 0 ? minutes + "m" + seconds + "s" : seconds + "s";
    }
}
