package dev.windlass.pipelines.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GoDurationTest {

    @ParameterizedTest
    @CsvSource({
        "1h30m, PT1H30M",
        "90s, PT1M30S",
        "0, PT0S",
        "1.5h, PT1H30M",
        "300ms, PT0.3S",
        "-1m, PT-1M",
        "+5s, PT5S",
        "1h0m0s, PT1H",
        "1.s, PT1S",
        ".5s, PT0.5S",
        "2us, PT0.000002S",
        "3µs, PT0.000003S",
        "7ns, PT0.000000007S",
        "0s, PT0S"
    })
    void parse_readsGoSpellings(String text, String expected) {
        assertThat(GoDuration.parse(text)).contains(Duration.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1", "h", "1x", "1.2.3s", "-", "5 s", "1h 30m", "1d", ".s", "99999999999h"})
    void parse_refusesWhatGoRefuses(String text) {
        assertThat(GoDuration.parse(text)).isEqualTo(Optional.empty());
    }

    @ParameterizedTest
    @CsvSource({"PT1H30M, 1h30m0s", "PT0S, 0s", "PT0.3S, 300ms", "PT1.5S, 1.5s", "PT-2M, -2m0s", "PT59S, 59s"})
    void format_writesGoSpelling(String duration, String expected) {
        assertThat(GoDuration.format(Duration.parse(duration))).isEqualTo(expected);
    }
}
