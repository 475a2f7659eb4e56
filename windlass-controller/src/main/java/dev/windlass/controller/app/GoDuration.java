package dev.windlass.controller.app;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Go's duration strings as Argo CD reads them in {@code retry.backoff}: {@code 5s}, {@code 1m30s}, {@code 1.5h}. */
final class GoDuration {

    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)(ns|us|µs|ms|s|m|h)");

    private GoDuration() {
    }

    static Optional<Duration> parse(String text) {
        if (text.equals("0")) {
            return Optional.of(Duration.ZERO);
        }
        Matcher matcher = PART.matcher(text);
        double nanos = 0;
        int end = 0;
        while (matcher.find() && matcher.start() == end) {
            nanos += Double.parseDouble(matcher.group(1)) * unitNanos(matcher.group(2));
            end = matcher.end();
        }
        if (end == 0 || end != text.length()) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos((long) nanos));
    }

    private static double unitNanos(String unit) {
        return switch (unit) {
            case "ns" -> 1;
            case "us", "µs" -> 1e3;
            case "ms" -> 1e6;
            case "s" -> 1e9;
            case "m" -> 60e9;
            default -> 3600e9;
        };
    }
}
