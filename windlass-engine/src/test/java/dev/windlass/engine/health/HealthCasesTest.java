package dev.windlass.engine.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.KubeObject;
import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.ParsedStream;
import dev.windlass.model.codec.ScalarSchema;
import dev.windlass.model.codec.YamlReader;
import dev.windlass.model.tree.MapNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One YAML file per health case under {@code src/test/resources/health/<kind>/<case>.yaml}: an
 * {@code object} and the {@code expect}ed {@code status} and {@code message} ({@code status: none}
 * when Argo CD has no built-in check for the object).
 */
class HealthCasesTest {

    private static final YamlReader YAML = YamlReader.create(CodecLimits.DEFAULT, ScalarSchema.KUBERNETES);

    static Stream<String> cases() {
        Path root = root();
        try (Stream<Path> files = Files.walk(root)) {
            List<String> names = files.filter(p -> p.toString().endsWith(".yaml"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
            return names.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void assess_matchesTheExpectedHealthOfTheCase(String name) throws IOException {
        MapNode fixture = read(name);
        MapNode expect = fixture.getMap("expect").orElseThrow(() -> new AssertionError(name + ": add an 'expect' map"));
        MapNode object = fixture.getMap("object").orElseThrow(() -> new AssertionError(name + ": add an 'object' map"));

        Optional<Health> actual = HealthAssessor.assess(KubeObject.of(object));

        String status = expect.getText("status").orElseThrow(() -> new AssertionError(name + ": add expect.status"));
        if (status.equals("none")) {
            assertThat(actual).as(name).isEmpty();
            return;
        }
        HealthStatus expected = HealthStatus.fromText(status)
                .orElseThrow(() -> new AssertionError(name + ": expect.status " + status + " is not a health status"));
        assertThat(actual).as(name).contains(new Health(expected, expect.getText("message").orElse("")));
    }

    @Test
    void cases_coverEveryBuiltInKind() {
        assertThat(cases().map(n -> n.substring(0, n.indexOf('/'))).distinct())
                .contains("deployment", "statefulset", "daemonset", "replicaset", "pod", "job", "service", "ingress",
                        "pvc", "hpa", "apiservice", "application", "workflow", "other");
        assertThat(cases().count()).isGreaterThanOrEqualTo(45);
    }

    private static MapNode read(String name) throws IOException {
        String text = Files.readString(root().resolve(name), StandardCharsets.UTF_8);
        ParsedStream parsed = YAML.read(name, text);
        assertThat(parsed.issues()).as(name).isEmpty();
        return parsed.documents().get(0).content().asMap()
                .orElseThrow(() -> new AssertionError(name + ": the case must be a YAML map"));
    }

    private static Path root() {
        try {
            return Path.of(HealthCasesTest.class.getResource("/health").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
