package dev.windlass.cli.rego;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a duration written as Go (and so {@code opa --timeout}) writes one: {@code 5s}, {@code 1m30s}, {@code 250ms}, {@code 1.5h}. */
final class GoDurationConverter implements ITypeConverter<Duration> {
    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h)");
    private static final Map<String, Long> NANOS = Map.of("ns", 1L, "us", 1_000L, "µs", 1_000L, "μs", 1_000L,
            "ms", 1_000_000L, "s", 1_000_000_000L, "m", 60_000_000_000L, "h", 3_600_000_000_000L);

    @Override
    public Duration convert(String value) {
        Duration parsed = parse(value);
        if (parsed == null) {
            throw new TypeConversionException("'" + value + "' is not a duration; write it like 5s, 250ms or 1m30s");
        }
        return parsed;
    }

    /** The duration, or null when the text is not one. {@code 0} alone is zero, as in Go. */
    static Duration parse(String value) {
        if (value.equals("0")) {
            return Duration.ZERO;
        }
        Matcher m = PART.matcher(value);
        int at = 0;
        BigDecimal nanos = BigDecimal.ZERO;
        while (at < value.length() && m.find(at) && m.start() == at) {
            nanos = nanos.add(new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(NANOS.get(m.group(2)))));
            at = m.end();
        }
        if (at == 0 || at != value.length()) {
            return null;
        }
        return Duration.ofNanos(nanos.longValue());
    }
}
