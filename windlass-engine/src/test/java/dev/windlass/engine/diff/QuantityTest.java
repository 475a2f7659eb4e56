package dev.windlass.engine.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "1000m, 1",
        "1, 1",
        "0.5, 500m",
        "1.5, 1500m",
        "1500m, 1500m",
        "100m, 100m",
        "0.1, 100m",
        "2000, 2k",
        "1500, 1500",
        "1k, 1k",
        "1000k, 1M",
        "1024Mi, 1Gi",
        "1536Mi, 1536Mi",
        "1.5Gi, 1536Mi",
        "0.5Gi, 512Mi",
        "512Mi, 512Mi",
        "1024Gi, 1Ti",
        "1Ki, 1Ki",
        "100Ki, 100Ki",
        "0.5Ki, 512",
        "1e3, 1e3",
        "1E6, 1e6",
        "1.5e3, 1500",
        "0, 0",
        "0Gi, 0",
        "0.0000000001, 1n",
        "5G, 5G",
        "1Mi, 1Mi",
        "-1500m, -1500m",
    })
    void canonical_isTheFormTheApiServerStores(String written, String canonical) {
        assertThat(Quantity.canonical(written)).contains(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "1X", "Gi", "1.2.3", "12e", "--1", "1 Gi"})
    void canonical_refusesTextThatIsNotAQuantity(String text) {
        assertThat(Quantity.canonical(text)).isEmpty();
    }
}
