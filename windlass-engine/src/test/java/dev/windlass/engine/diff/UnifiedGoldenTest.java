package dev.windlass.engine.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.windlass.model.KubeObject;
import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.ScalarSchema;
import dev.windlass.model.codec.YamlReader;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What {@code argocd app diff} would print for each case of {@link DiffCasesTest} that is not in
 * sync: {@code src/test/resources/diff/golden/<case>.diff}. Run with {@code -Dgolden.update=true}
 * to rewrite the golden files from the current output, then review them.
 */
class UnifiedGoldenTest {

    private static final Path RESOURCES = Path.of(System.getProperty("basedir", "."), "src", "test", "resources", "diff");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final YamlReader YAML = YamlReader.create(CodecLimits.DEFAULT, ScalarSchema.KUBERNETES);

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(RESOURCES.resolve("cases"))) {
            return files.map(p -> p.getFileName().toString().replace(".yaml", ""))
                    .filter(name -> !diffOf(name).inSync()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void unified_printsWhatTheGoldenFileSays(String name) throws IOException {
        String actual = diffOf(name).unified();
        Path golden = RESOURCES.resolve("golden").resolve(name + ".diff");
        if (UPDATE) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(golden)) {
            fail(golden + " is missing; run the test with -Dgolden.update=true to write it, then review it");
        }
        assertThat(actual).as(name).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    private static ResourceDiff diffOf(String name) {
        try {
            String text = Files.readString(RESOURCES.resolve("cases").resolve(name + ".yaml"), StandardCharsets.UTF_8);
            MapNode fixture = YAML.read(name, text).documents().get(0).content().asMap().orElseThrow();
            DiffOptions options = new DiffOptions(IgnoreDifference.parse(fixture.getList("ignoreDifferences")
                    .orElse(ListNode.empty())).value());
            return Differ.create(options).diff(object(fixture, "target"), object(fixture, "live"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static KubeObject object(MapNode fixture, String side) {
        return fixture.get(side).flatMap(Node::asMap).map(KubeObject::of).orElse(null);
    }
}
