package dev.windlass.rego.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoDurationTest {

    @ParameterizedTest(name = "{0}ns -> {1}")
    @CsvSource({
        "0, 0s",
        "1, 1ns",
        "999, 999ns",
        "1000, 1µs",
        "1500, 1.5µs",
        "1417, 1.417µs",
        "1234567, 1.234567ms",
        "20000000, 20ms",
        "1000000000, 1s",
        "1500000000, 1.5s",
        "61000000000, 1m1s",
        "3723000000000, 1h2m3s",
        "3600000000000, 1h0m0s"})
    void format_writesGoDurationStrings(long nanos, String expected) {
        assertThat(GoDuration.format(Duration.ofNanos(nanos))).isEqualTo(expected);
    }
}
