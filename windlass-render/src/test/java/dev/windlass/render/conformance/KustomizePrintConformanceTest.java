package dev.windlass.render.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.JsonReader;
import dev.windlass.model.codec.ParsedDocument;
import dev.windlass.model.codec.ParsedStream;
import dev.windlass.model.codec.ScalarSchema;
import dev.windlass.model.codec.YamlReader;
import dev.windlass.model.codec.YamlWriter;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Checks that the YAML writer prints exactly what kustomize prints: each krusty test case of the
 * kustomize corpus names, in its {@code case.json}, the output {@code kustomize build} must give
 * ({@code want.yaml}). Reading that output (kustomize's reading, {@link ScalarSchema#YAML_1_2}) and
 * writing it again must give the same text, byte for byte: key order, quoting, block scalars,
 * list indentation and the folding of long lines.
 */
@Tag("conformance")
class KustomizePrintConformanceTest {

    private static final String SUITE = "yaml-print/kustomize";
    private static final YamlReader READER = YamlReader.create(CodecLimits.DEFAULT, ScalarSchema.YAML_1_2);
    private static final JsonReader CASES = JsonReader.create(CodecLimits.DEFAULT);

    @Test
    void kustomizeOutputs_printIdenticallyAtLeastTheFloor() throws IOException {
        Optional<Path> krusty = YamlCorpusConformanceTest.corpusRoot().map(root -> root.resolve("kustomize/krusty"))
                .filter(Files::isDirectory);
        assumeTrue(krusty.isPresent(), "no kustomize/krusty folder under windlass.shared.dir/corpus; skipped");

        List<String> failures = new ArrayList<>();
        List<String> skips = new ArrayList<>();
        int passed = 0;
        int checked = 0;
        for (Path caseFile : caseFiles(krusty.get())) {
            String name = krusty.get().relativize(caseFile.getParent()).toString();
            Optional<String> want = wantedOutput(caseFile);
            if (want.isEmpty()) {
                skips.add(name + ": the case expects an error, not an output");
                continue;
            }
            checked++;
            Path wantFile = caseFile.resolveSibling(want.get());
            Optional<String> difference = reprint(Files.readString(wantFile, StandardCharsets.UTF_8));
            if (difference.isPresent()) {
                failures.add(name + ": " + difference.get());
            } else {
                passed++;
            }
        }
        CorpusReport report = new CorpusReport(SUITE, passed, checked, failures, skips);
        report.print(System.out);

        int floor = Integer.parseInt(YamlCorpusConformanceTest.resource("/conformance-floors.properties")
                .getProperty("yaml-print.kustomize", "0").trim());
        assertThat(report.passed()).as("%s (floor yaml-print.kustomize=%d)", report.summary(), floor)
                .isGreaterThanOrEqualTo(floor);
    }

    private static List<Path> caseFiles(Path krusty) throws IOException {
        try (Stream<Path> files = Files.walk(krusty)) {
            return files.filter(p -> p.getFileName().toString().equals("case.json")).sorted().toList();
        }
    }

    /** The file named by {@code "want"}, unless the case expects an error. */
    private static Optional<String> wantedOutput(Path caseFile) throws IOException {
        ParsedStream parsed = CASES.read(caseFile.toString(), Files.readString(caseFile, StandardCharsets.UTF_8));
        if (parsed.hasErrors() || parsed.documents().isEmpty()) {
            return Optional.empty();
        }
        MapNode spec = parsed.documents().get(0).content().asMap().orElse(MapNode.empty());
        boolean wantsError = spec.get("want_error").map(Node.of(true)::equals).orElse(false);
        return wantsError ? Optional.empty() : spec.getText("want");
    }

    /** The first line that differs when {@code text} is read and written again, or empty when none does. */
    private static Optional<String> reprint(String text) {
        ParsedStream parsed = READER.read("want.yaml", text);
        if (parsed.hasErrors()) {
            return Optional.of("read: " + parsed.issues().get(0).format());
        }
        List<Node> documents = parsed.documents().stream().filter(d -> !d.isEmpty()).map(ParsedDocument::content).toList();
        String printed = YamlWriter.writeAll(documents);
        if (printed.equals(text)) {
            return Optional.empty();
        }
        String[] want = text.split("\n", -1);
        String[] got = printed.split("\n", -1);
        for (int i = 0; i < Math.min(want.length, got.length); i++) {
            if (!want[i].equals(got[i])) {
                return Optional.of("line " + (i + 1) + ": kustomize printed [" + want[i] + "], Windlass [" + got[i] + "]");
            }
        }
        return Optional.of("kustomize printed " + want.length + " lines, Windlass " + got.length);
    }
}
