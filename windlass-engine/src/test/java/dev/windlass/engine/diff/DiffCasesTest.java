package dev.windlass.engine.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.KubeObject;
import dev.windlass.model.Result;
import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.ParsedStream;
import dev.windlass.model.codec.ScalarSchema;
import dev.windlass.model.codec.YamlReader;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One YAML file per diff case under {@code src/test/resources/diff/cases/<case>.yaml}: the
 * {@code target} (manifest) and {@code live} objects (either may be left out), optional
 * {@code ignoreDifferences} as an Application would list them, and the {@code expect}ed
 * {@code status} (Synced, OutOfSync, Missing, Extra) and, when given, the exact
 * {@code differences} (field paths, {@code ''} for the whole object).
 */
class DiffCasesTest {

    private static final YamlReader YAML = YamlReader.create(CodecLimits.DEFAULT, ScalarSchema.KUBERNETES);

    static Stream<String> cases() {
        try (Stream<Path> files = Files.list(root())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void diff_matchesTheExpectedStatusAndDifferencesOfTheCase(String name) throws IOException {
        MapNode fixture = read(name);
        MapNode expect = fixture.getMap("expect").orElseThrow(() -> new AssertionError(name + ": add an 'expect' map"));
        Result<List<IgnoreDifference>> rules = IgnoreDifference.parse(fixture.getList("ignoreDifferences").orElse(ListNode.empty()));
        assertThat(rules.issues()).as(name + " ignoreDifferences").isEmpty();

        ResourceDiff diff = Differ.create(new DiffOptions(rules.value()))
                .diff(object(fixture, "target"), object(fixture, "live"));

        assertThat(statusText(diff.status())).as(name + " status; differences: " + diff.differences())
                .isEqualTo(expect.getText("status").orElseThrow());
        expect.getList("differences").ifPresent(paths -> assertThat(diff.differences())
                .as(name + " differences").extracting(d -> d.path().toString())
                .containsExactlyElementsOf(paths.items().stream().map(n -> n.asText().orElseThrow()).toList()));
        assertConsistent(name, diff);
    }

    /** What every diff must satisfy: the status, the differences and the printed diff agree. */
    private static void assertConsistent(String name, ResourceDiff diff) {
        assertThat(diff.inSync()).as(name).isEqualTo(diff.differences().isEmpty());
        switch (diff.status()) {
            case SYNCED -> {
                assertThat(diff.normalizedTarget()).as(name + " predicted live").isEqualTo(diff.normalizedLive());
                assertThat(diff.unified()).as(name).isEmpty();
            }
            case OUT_OF_SYNC -> {
                assertThat(diff.normalizedTarget()).as(name + " predicted live").isNotEqualTo(diff.normalizedLive());
                assertThat(diff.unified()).as(name).contains("@@ ");
            }
            case MISSING -> assertThat(diff.normalizedLive()).as(name).isNull();
            case EXTRA -> assertThat(diff.normalizedTarget()).as(name).isNull();
            default -> throw new AssertionError(diff.status());
        }
    }

    @Test
    void cases_coverEachRuleWithAtLeastFortyCases() {
        assertThat(cases().count()).isGreaterThanOrEqualTo(40);
    }

    static String statusText(DiffStatus status) {
        return switch (status) {
            case SYNCED -> "Synced";
            case OUT_OF_SYNC -> "OutOfSync";
            case MISSING -> "Missing";
            case EXTRA -> "Extra";
        };
    }

    private static KubeObject object(MapNode fixture, String side) {
        Node node = fixture.get(side).orElse(null);
        return node == null ? null : KubeObject.of(node.asMap().orElseThrow(() -> new AssertionError(side + " must be a map")));
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
            return Path.of(DiffCasesTest.class.getResource("/diff/cases").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
