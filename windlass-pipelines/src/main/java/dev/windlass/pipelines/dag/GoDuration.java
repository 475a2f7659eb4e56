package dev.windlass.pipelines.dag;

import java.time.Duration;

/** Writes a duration as Go's {@code time.Duration.String} does ({@code 1h0m0s}, {@code 30s}, {@code 1m30s}). */
final class GoDuration {

    private GoDuration() {
    }

    static String format(Duration duration) {
        long seconds = duration.getSeconds();
        if (seconds == 0 && duration.getNano() == 0) {
            return "0s";
        }
        long hours = seconds / 3600;
        long minutes = (seconds % 3600) / 60;
        long secs = seconds % 60;
        String s = secs + (duration.getNano() == 0 ? "" : fraction(duration.getNano())) + "s";
        if (hours > 0) {
            return hours + "h" + minutes + "m" + s;
        }
        return minutes > 0 ? minutes + "m" + s : s;
    }

    private static String fraction(int nanos) {
        String text = String.format("%09d", nanos).replaceAll("0+$", "");
        return "." + text;
    }
}
