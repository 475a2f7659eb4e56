package dev.windlass.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.codec.ParsedStream;
import dev.windlass.render.ManifestValidator;
import dev.windlass.render.RenderResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs each benchmark once, so that a broken benchmark fails the build instead of a later benchmark run. */
class CodecBenchmarkTest {

    private static final CodecBenchmark BENCHMARK = new CodecBenchmark();

    @BeforeAll
    static void setUp() {
        BENCHMARK.setUp();
    }

    @Test
    void parseYaml_readsTheWholeSetWithoutIssues() {
        ParsedStream parsed = BENCHMARK.parseYaml();

        assertThat(parsed.issues()).isEmpty();
        assertThat(parsed.documents()).hasSize(CodecBenchmark.OBJECTS);
    }

    @Test
    void renderDirectory_rendersEveryObjectAndTheyAreValid() {
        RenderResult rendered = BENCHMARK.renderDirectory();

        assertThat(rendered.issues()).isEmpty();
        assertThat(rendered.objects()).hasSize(CodecBenchmark.OBJECTS);
        assertThat(ManifestValidator.validate(rendered.objects())).isEmpty();
    }

    @Test
    void writeYaml_printsEveryDocument() {
        String written = BENCHMARK.writeYaml();

        assertThat(written).startsWith("apiVersion: apps/v1\nkind: Deployment\n");
        assertThat(written.split("\n---\n", -1)).hasSize(CodecBenchmark.OBJECTS);
    }

    @Test
    void baselines_handleTheSameSet() {
        assertThat(BENCHMARK.baselineSnakeYamlLoad()).isEqualTo(CodecBenchmark.OBJECTS);
        assertThat(BENCHMARK.baselineSnakeYamlDump().split("\n---", -1)).hasSize(CodecBenchmark.OBJECTS);
    }

    @Test
    void manifestSet_isDeterministic() {
        assertThat(ManifestSet.yaml(100, 3)).isEqualTo(ManifestSet.yaml(100, 3));
        assertThat(ManifestSet.object(0)).contains("kind: Deployment");
        assertThat(ManifestSet.object(1)).contains("kind: Service");
        assertThat(ManifestSet.object(2)).contains("kind: ConfigMap");
    }
}
