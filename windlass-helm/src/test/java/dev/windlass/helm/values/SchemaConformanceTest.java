package dev.windlass.helm.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.helm.HelmCorpus;
import dev.windlass.helm.HelmException;
import dev.windlass.helm.chart.Chart;
import dev.windlass.helm.chart.ChartLoader;
import dev.windlass.model.snapshot.LocalSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code helm install} schema cases of {@code corpus/helm/cmd} (values merged, coalesced, validated); skipped without the corpus. */
class SchemaConformanceTest {

    private static Path cmd() {
        return HelmCorpus.require("cmd");
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("chart-with-schema", List.of(), List.of(), null),
                Arguments.of("chart-with-schema-negative", List.of(), List.of(), "schema-negative.txt"),
                Arguments.of("chart-with-schema", List.of("extra-values.yaml"), List.of(), "schema-negative.txt"),
                Arguments.of("chart-with-schema", List.of(), List.of("age=-5"), "schema-negative-cli.txt"),
                Arguments.of("chart-with-schema-and-subchart", List.of(), List.of(), "subchart-schema-negative.txt"),
                Arguments.of("chart-with-schema-and-subchart", List.of(),
                        List.of("lastname=doe", "subchart-with-schema.age=25"), null),
                Arguments.of("chart-with-schema-and-subchart", List.of(),
                        List.of("lastname=doe", "subchart-with-schema.age=-25"), "subchart-schema-cli-negative.txt"));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("cases")
    void install_schemaValidationMatchesHelm(String chartDir, List<String> files, List<String> sets, String golden)
            throws Exception {
        Path charts = cmd().resolve("testcharts");
        Chart chart = ChartLoader.load(LocalSnapshot.of(charts), chartDir);
        ValueOptions options = new ValueOptions(files, List.of(), sets, List.of(), List.of(), List.of());
        Map<String, Object> user = options.merge(name -> read(charts.resolve(chartDir).resolve(name)));
        Chart processed = ChartValues.processDependencies(chart, user);
        Map<String, Object> values = ChartValues.coalesce(processed, user);
        if (golden == null) {
            assertThatCode(() -> ChartValues.validateSchema(processed, values)).doesNotThrowAnyException();
            return;
        }
        String text = Files.readString(cmd().resolve("output").resolve(golden));
        String expected = text.substring("Error: INSTALLATION FAILED: ".length(), text.length() - 1);
        assertThatThrownBy(() -> ChartValues.validateSchema(processed, values)).isInstanceOf(HelmException.class)
                .hasMessage(expected);
        assertThat(expected).endsWith("\n");
    }

    private static byte[] read(Path path) throws HelmException {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new HelmException("open " + path + ": no such file or directory");
        }
    }
}
