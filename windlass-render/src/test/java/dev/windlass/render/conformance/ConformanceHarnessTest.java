package dev.windlass.render.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.snapshot.MemorySnapshot;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The conformance harness itself, on small in-memory inputs, so that it is checked without the corpus. */
class ConformanceHarnessTest {

    @Test
    void corpusFiles_listsYamlFilesInPathOrderAndSkipsHelmTemplatesAndListedFiles() {
        MemorySnapshot snapshot = MemorySnapshot.builder("t")
                .file("chart/templates/pod.yaml", "{{ .Values.x }}")
                .file("chart/values.yaml", "a: 1\n")
                .file("chart/README.md", "# no")
                .file("b/broken.yml", "a: [")
                .build();

        List<CorpusFiles.CorpusFile> files = CorpusFiles.list("helm", snapshot, Map.of("helm/b/broken.yml", "broken on purpose"));

        assertThat(files).extracting(CorpusFiles.CorpusFile::path)
                .containsExactly("b/broken.yml", "chart/templates/pod.yaml", "chart/values.yaml");
        assertThat(files).extracting(CorpusFiles.CorpusFile::skipReason).containsExactly(
                Optional.of("broken on purpose"), Optional.of(CorpusFiles.TEMPLATE_REASON), Optional.empty());
    }

    @Test
    void corpusFiles_checksTemplatesFoldersOutsideTheHelmCorpus() {
        MemorySnapshot snapshot = MemorySnapshot.builder("t").file("library/templates/x.yaml", "a: 1\n").build();

        assertThat(CorpusFiles.list("gatekeeper-library", snapshot, Map.of()))
                .extracting(CorpusFiles.CorpusFile::skipReason).containsExactly(Optional.empty());
    }

    @Test
    void roundTripCheck_passesAnOrdinaryManifestAndReportsASyntaxError() {
        YamlRoundTripCheck check = new YamlRoundTripCheck(CodecLimits.DEFAULT);

        Optional<String> ok = check.check("ok.yaml", bytes("apiVersion: v1\nkind: ConfigMap\ndata:\n  a: \"yes\"\n---\n"));
        Optional<String> broken = check.check("broken.yaml", bytes("a: [1, 2\n"));

        assertThat(ok).isEmpty();
        assertThat(broken).hasValueSatisfying(message -> assertThat(message).startsWith("read: broken.yaml:"));
    }

    @Test
    void treeDiff_namesTheFirstDifferingField() {
        Node before = MapNode.of("spec", MapNode.of("ports", List.of(80L, 443L)));
        Node after = MapNode.of("spec", MapNode.of("ports", List.of(80L, "443")));

        assertThat(TreeDiff.first(before, before)).isEmpty();
        assertThat(TreeDiff.first(before, after)).hasValue("spec.ports[1]: INT 443 -> STRING 443");
    }

    @Test
    void corpusReport_printsFailuresSkipsThenTheSummaryLine() {
        CorpusReport report = new CorpusReport("yaml/x", 1, 2, List.of("a.yaml: bad"), List.of("b.yaml: why"));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        report.print(new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(out.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "conformance failure yaml/x a.yaml: bad",
                "conformance skip yaml/x b.yaml: why",
                "conformance yaml/x: 1/2 passed, 1 skipped");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
