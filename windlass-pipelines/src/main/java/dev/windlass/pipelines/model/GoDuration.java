package dev.windlass.pipelines.model;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;

/**
 * Go's duration syntax ({@code time.ParseDuration}), as Tekton's {@code timeout} fields use it:
 * a signed sequence of decimal numbers with units {@code ns}, {@code us} ({@code µs}), {@code ms},
 * {@code s}, {@code m}, {@code h}, e.g. {@code 1h30m}, {@code 1.5h}, {@code 300ms}, or a bare {@code 0}.
 */
public final class GoDuration {

    private static final BigDecimal MAX_NANOS = BigDecimal.valueOf(Long.MAX_VALUE);

    private GoDuration() {
    }

    /** The duration {@code text} spells, or empty when Go would refuse it. */
    public static Optional<Duration> parse(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        int i = 0;
        boolean negative = false;
        if (text.charAt(0) == '-' || text.charAt(0) == '+') {
            negative = text.charAt(0) == '-';
            i++;
        }
        if (text.substring(i).equals("0")) {
            return Optional.of(Duration.ZERO);
        }
        if (i == text.length()) {
            return Optional.empty();
        }
        boolean minus = negative;
        return nanos(text, i).map(n -> Duration.ofNanos(minus ? -n : n));
    }

    /** The sum of the number-and-unit terms of {@code text} from {@code start}, in nanoseconds. */
    private static Optional<Long> nanos(String text, int start) {
        BigDecimal total = BigDecimal.ZERO;
        int i = start;
        while (i < text.length()) {
            int numberStart = i;
            while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
                i++;
            }
            String number = text.substring(numberStart, i);
            if (!validNumber(number)) {
                return Optional.empty();
            }
            int unitStart = i;
            while (i < text.length() && !Character.isDigit(text.charAt(i)) && text.charAt(i) != '.') {
                i++;
            }
            long unit = unitNanos(text.substring(unitStart, i));
            if (unit == 0) {
                return Optional.empty();
            }
            total = total.add(new BigDecimal(number.endsWith(".") ? number + "0" : leadingZero(number))
                    .multiply(BigDecimal.valueOf(unit)));
            if (total.compareTo(MAX_NANOS) > 0) {
                return Optional.empty();
            }
        }
        return Optional.of(total.longValue());
    }

    /** Go's spelling of {@code duration} ({@code 1h30m0s}, {@code 300ms}, {@code 0s}). */
    public static String format(Duration duration) {
        if (duration.isZero()) {
            return "0s";
        }
        String sign = duration.isNegative() ? "-" : "";
        Duration d = duration.abs();
        if (d.compareTo(Duration.ofSeconds(1)) < 0) {
            long nanos = d.toNanos();
            if (nanos % 1_000_000 == 0) {
                return sign + nanos / 1_000_000 + "ms";
            }
            return nanos % 1000 == 0 ? sign + nanos / 1000 + "µs" : sign + nanos + "ns";
        }
        StringBuilder out = new StringBuilder(sign);
        long hours = d.toHours();
        long minutes = d.toMinutesPart();
        if (hours > 0) {
            out.append(hours).append('h');
        }
        if (hours > 0 || minutes > 0) {
            out.append(minutes).append('m');
        }
        BigDecimal seconds = BigDecimal.valueOf(d.toSecondsPart()).add(BigDecimal.valueOf(d.toNanosPart(), 9));
        out.append(seconds.stripTrailingZeros().toPlainString()).append('s');
        return out.toString();
    }

    private static boolean validNumber(String number) {
        if (number.isEmpty() || number.equals(".")) {
            return false;
        }
        return number.indexOf('.') == number.lastIndexOf('.');
    }

    private static String leadingZero(String number) {
        return number.startsWith(".") ? "0" + number : number;
    }

    private static long unitNanos(String unit) {
        switch (unit) {
            case "ns":
                return 1L;
            case "us":
            case "µs":
            case "μs":
                return 1_000L;
            case "ms":
                return 1_000_000L;
            case "s":
                return 1_000_000_000L;
            case "m":
                return 60_000_000_000L;
            case "h":
                return 3_600_000_000_000L;
            default:
                return 0L;
        }
    }
}
