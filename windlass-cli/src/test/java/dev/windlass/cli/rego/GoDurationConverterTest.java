package dev.windlass.cli.rego;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

class GoDurationConverterTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"5s, 5000", "250ms, 250", "1m30s, 90000", "1.5h, 5400000", "0, 0", "2000us, 2"})
    void parse_readsGoDurations(String text, long millis) {
        assertThat(GoDurationConverter.parse(text)).isEqualTo(Duration.ofMillis(millis));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "5", "s", "5 s", "5sec", "-1s", "1m30"})
    void parse_rejectsTextThatIsNoPositiveDuration(String text) {
        assertThat(GoDurationConverter.parse(text)).isNull();
    }

    @Test
    void convert_explainsTheExpectedForm() {
        assertThatThrownBy(() -> new GoDurationConverter().convert("soon"))
                .isInstanceOf(TypeConversionException.class).hasMessageContaining("like 5s, 250ms or 1m30s");
    }
}
