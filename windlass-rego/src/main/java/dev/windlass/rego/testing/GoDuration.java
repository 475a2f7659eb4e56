package dev.windlass.rego.testing;

import java.time.Duration;

/** A duration written as Go's {@code time.Duration.String()} writes it: {@code 0s}, {@code 1.5µs}, {@code 2m3.5s}. */
final class GoDuration {
    private GoDuration() {}

    static String format(Duration duration) {
        long nanos;
        try {
            nanos = duration.toNanos();
        } catch (ArithmeticException e) {
            nanos = Long.MAX_VALUE;
        }
        if (nanos == 0) {
            return "0s";
        }
        String sign = nanos < 0 ? "-" : "";
        long n = Math.abs(nanos);
        if (n < 1_000) {
            return sign + n + "ns";
        }
        if (n < 1_000_000) {
            return sign + fraction(n, 1_000) + "µs";
        }
        if (n < 1_000_000_000) {
            return sign + fraction(n, 1_000_000) + "ms";
        }
        return sign + longForm(n);
    }

    /** {@code value / unit} with the fraction's trailing zeros dropped. */
    private static String fraction(long value, long unit) {
        long whole = value / unit;
        long rest = value % unit;
        if (rest == 0) {
            return Long.toString(whole);
        }
        int digits = Long.toString(unit).length() - 1;
        String frac = String.format("%0" + digits + "d", rest).replaceFirst("0+$", "");
        return whole + "." + frac;
    }

    private static String longForm(long nanos) {
        long hours = nanos / 3_600_000_000_000L;
        long minutes = nanos / 60_000_000_000L % 60;
        long secondsNanos = nanos % 60_000_000_000L;
        StringBuilder out = new StringBuilder();
        if (hours > 0) {
            out.append(hours).append('h');
        }
        if (hours > 0 || minutes > 0) {
            out.append(minutes).append('m');
        }
        return out.append(fraction(secondsNanos, 1_000_000_000)).append('s').toString();
    }
}
