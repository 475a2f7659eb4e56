package dev.windlass.sandbox.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HumanDurationTest {

    @ParameterizedTest(name = "{0}s -> {1}")
    @CsvSource({
        "0, 0s",
        "5, 5s",
        "119, 119s",
        "120, 2m",
        "130, 2m10s",
        "599, 9m59s",
        "600, 10m",
        "10799, 179m",
        "10800, 3h",
        "12000, 3h20m",
        "28799, 7h59m",
        "28800, 8h",
        "172799, 47h",
        "172800, 2d",
        "183600, 2d3h",
        "691199, 7d23h",
        "691200, 8d",
        "34560000, 400d",
        "63071999, 729d",
        "63072000, 2y",
        "96336000, 3y20d",
        "252287999, 7y364d",
        "252288000, 8y",
        "3153600000, 100y",
    })
    void format_followsKubernetesRounding(long seconds, String expected) {
        assertThat(HumanDuration.format(Duration.ofSeconds(seconds))).isEqualTo(expected);
    }

    @Test
    void format_toleratesOneSecondOfClockSkew() {
        assertThat(HumanDuration.format(Duration.ofMillis(-1500))).isEqualTo("0s");
        assertThat(HumanDuration.format(Duration.ofSeconds(-2))).isEqualTo("<invalid>");
    }

    @Test
    void since_measuresFromThenToNow() {
        Instant now = Instant.parse("2024-05-01T12:00:00Z");
        assertThat(HumanDuration.since(Instant.parse("2024-04-29T09:00:00Z"), now)).isEqualTo("2d3h");
        assertThat(HumanDuration.since(Instant.parse("2024-05-01T11:59:59.900Z"), now)).isEqualTo("0s");
    }
}
