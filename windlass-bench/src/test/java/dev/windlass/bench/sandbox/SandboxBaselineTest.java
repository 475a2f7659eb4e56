package dev.windlass.bench.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Runs the baseline comparison at a small size, so that a broken comparison fails the build rather
 * than a later benchmark run. Checks what the report says, never how fast either server was.
 */
class SandboxBaselineTest {

    private static final BaselineSettings SMALL = new BaselineSettings(300, 3, 256, 20, 50, 10);

    @Test
    void run_printsEveryComparisonAndNoteLine() throws Exception {
        List<String> lines = new SandboxBaseline(SMALL, null).run();

        assertThat(lines).extracting(line -> line.substring(0, line.indexOf(' '))).containsExactly(
                "baseline.sizes", "baseline.get.p50", "baseline.get.p99", "baseline.get.rate", "baseline.list.p50",
                "baseline.list.p99", "baseline.note.protocol", "baseline.note.selector",
                "baseline.note.set-selector", "baseline.note.load");
        assertThat(lines.subList(1, 6)).allSatisfy(line ->
                assertThat(line).containsPattern(" sandbox=[\\d.]+(us|/s) mock=[\\d.]+(us|/s) ratio=\\d+\\.\\d\\dx$"));
    }

    @Test
    void run_bothServersHonourTheEqualitySelector() throws Exception {
        List<String> lines = new SandboxBaseline(SMALL, null).run();

        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("baseline.note.selector")
                .endsWith("items sandbox=10 mock=10 expected=10"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("baseline.note.set-selector")
                .contains("items sandbox=10 mock=", "expected=10 namespace-total=100"));
    }

    @Test
    void fromProperties_replacesOnlyTheSizesGiven() {
        Properties properties = new Properties();
        properties.setProperty("sandbox.baseline.objects", "2_000");

        assertThat(BaselineSettings.from(properties)).isEqualTo(new BaselineSettings(2_000, 50, 1024, 1_000, 10_000,
                1_000));
    }

    @Test
    void fromProperties_namesTheBadProperty() {
        Properties properties = new Properties();
        properties.setProperty("sandbox.baseline.lists", "lots");

        assertThatThrownBy(() -> BaselineSettings.from(properties))
                .hasMessageContaining("sandbox.baseline.lists is \"lots\"");
    }
}
