package dev.windlass.helm.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.helm.HelmException;
import dev.windlass.model.snapshot.MemorySnapshot;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ChartLoaderTest {

    private static final String CHART = "apiVersion: v2\nname: web\nversion: 1.0.0\n";

    private static MemorySnapshot.Builder chart(String chartYaml) {
        return MemorySnapshot.builder("r1").file("web/Chart.yaml", chartYaml);
    }

    @Test
    void load_sortsFilesIntoTheirParts() throws HelmException {
        Chart c = ChartLoader.load(chart(CHART)
                .file("web/values.yaml", "replicas: 2\nimage:\n  tag: v1\n")
                .file("web/values.schema.json", "{}")
                .file("web/templates/svc.yaml", "kind: Service\n")
                .file("web/templates/_helpers.tpl", "{{ define \"x\" }}{{ end }}")
                .file("web/crds/crd.yaml", "kind: CustomResourceDefinition\n")
                .file("web/README.md", "hi")
                .file("web/Chart.lock", "digest: x\n")
                .build(), "web");
        assertThat(c.name()).isEqualTo("web");
        assertThat(c.values()).containsEntry("replicas", 2.0).containsEntry("image", Map.of("tag", "v1"));
        assertThat(c.schema()).isEqualTo("{}".getBytes());
        assertThat(c.templates()).extracting(ChartFile::name)
                .containsExactly("templates/_helpers.tpl", "templates/svc.yaml");
        assertThat(c.files()).extracting(ChartFile::name).containsExactly("README.md", "crds/crd.yaml");
        assertThat(c.lock()).isNotNull();
    }

    @Test
    void load_missingChartYaml() {
        assertThatThrownBy(() -> ChartLoader.load(MemorySnapshot.builder("r").file("web/values.yaml", "a: 1\n").build(),
                "web")).hasMessage("Chart.yaml file is missing");
    }

    @Test
    void load_missingDirectory() {
        assertThatThrownBy(() -> ChartLoader.load(MemorySnapshot.builder("r").build(), "nope"))
                .hasMessage("stat nope: no such file or directory");
    }

    static Stream<Arguments> invalidMetadata() {
        return Stream.of(
                Arguments.of("apiVersion: v2\nversion: 1.0.0\n", "validation: chart.metadata.name is required"),
                Arguments.of("apiVersion: v2\nname: web\n", "validation: chart.metadata.version is required"),
                Arguments.of("apiVersion: v2\nname: web\nversion: 1.0.x\n",
                        "validation: chart.metadata.version \"1.0.x\" is invalid"),
                Arguments.of("apiVersion: v2\nname: ..\nversion: 1.0.0\n",
                        "validation: chart.metadata.name \"..\" is not allowed"),
                Arguments.of("apiVersion: v2\nname: a/b\nversion: 1.0.0\n",
                        "validation: chart.metadata.name \"a/b\" is invalid"),
                Arguments.of(CHART + "type: plugin\n", "validation: chart.metadata.type must be application or library"),
                Arguments.of(CHART + "maintainers:\n- ~\n",
                        "validation: maintainers must not contain empty or null nodes"),
                Arguments.of(CHART + "dependencies:\n- ~\n",
                        "validation: dependencies must not contain empty or null nodes"),
                Arguments.of(CHART + "dependencies:\n- name: a\n  alias: b.c\n",
                        "validation: dependency \"a\" has disallowed characters in the alias"),
                Arguments.of(CHART + "dependencies:\n- name: a\n- name: b\n  alias: a\n",
                        "validation: more than one dependency with name or alias \"a\""),
                Arguments.of(CHART + "deprecated: \"yes\"\n", "cannot load Chart.yaml: error unmarshaling JSON: while "
                        + "decoding JSON: json: cannot unmarshal string into Go struct field Metadata.deprecated of type bool"),
                Arguments.of("- a\n", "cannot load Chart.yaml: error unmarshaling JSON: while decoding JSON: json: "
                        + "cannot unmarshal array into Go value of type v2.Metadata"),
                Arguments.of("name: [\n", "cannot load Chart.yaml: error converting YAML to JSON: yaml: line 1: "
                        + "did not find expected node content"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("invalidMetadata")
    void load_invalidMetadataFailsWithHelmsText(String chartYaml, String message) {
        assertThatThrownBy(() -> ChartLoader.load(chart(chartYaml).build(), "web")).isInstanceOf(HelmException.class)
                .hasMessage(message);
    }

    @Test
    void load_emptyApiVersionMeansV1() throws HelmException {
        Chart c = ChartLoader.load(chart("name: web\nversion: 1.0.0\n").build(), "web");
        assertThat(c.metadata().apiVersion()).isEqualTo("v1");
    }

    @Test
    void load_scalarsInStringFieldsBecomeStrings() throws HelmException {
        Chart c = ChartLoader.load(chart("apiVersion: v2\nname: web\nversion: 1\nappVersion: 1.10\n"
                + "keywords: [1, true]\nannotations:\n  a: 2\n").build(), "web");
        assertThat(c.metadata().version()).isEqualTo("1");
        assertThat(c.metadata().appVersion()).isEqualTo("1.1");
        assertThat(c.metadata().keywords()).containsExactly("1", "true");
        assertThat(c.metadata().annotations()).containsEntry("a", "2");
    }

    @Test
    void load_fieldNamesMatchIgnoringCase() throws HelmException {
        Chart c = ChartLoader.load(chart("APIVersion: v2\nName: web\nVERSION: 2.0.0\n").build(), "web");
        assertThat(c.name()).isEqualTo("web");
        assertThat(c.metadata().version()).isEqualTo("2.0.0");
    }

    @Test
    void load_descriptionIsSanitised() throws HelmException {
        Chart c = ChartLoader.load(chart(CHART + "description: \"a\\tb\\u0007c\"\n").build(), "web");
        assertThat(c.metadata().description()).isEqualTo("a bc");
    }

    @Test
    void load_dependenciesAndImportValues() throws HelmException {
        Chart c = ChartLoader.load(chart(CHART + "dependencies:\n- name: db\n  version: ~1.2\n  repository: "
                + "https://x\n  condition: db.enabled\n  tags: [back]\n  alias: store\n  import-values:\n  - data\n"
                + "  - child: a\n    parent: b\n").build(), "web");
        ChartDependency d = c.metadata().dependencies().get(0);
        assertThat(d.name()).isEqualTo("db");
        assertThat(d.version()).isEqualTo("~1.2");
        assertThat(d.effectiveName()).isEqualTo("store");
        assertThat(d.tags()).containsExactly("back");
        assertThat(d.importValues()).containsExactly("data", Map.of("child", "a", "parent", "b"));
    }

    @Test
    void load_requirementsYamlOfV1ChartGivesDependencies() throws HelmException {
        Chart c = ChartLoader.load(chart("apiVersion: v1\nname: web\nversion: 1.0.0\n")
                .file("web/requirements.yaml", "dependencies:\n- name: db\n  repository: https://x\n")
                .file("web/requirements.lock", "digest: d\n").build(), "web");
        assertThat(c.metadata().dependencies()).extracting(ChartDependency::name).containsExactly("db");
        assertThat(c.files()).extracting(ChartFile::name).containsExactly("requirements.lock", "requirements.yaml");
        assertThat(c.lock()).isNotNull();
    }

    @Test
    void load_subchartDirectoriesAndArchives() throws HelmException {
        byte[] tgz = TestCharts.tgz(ordered("db/Chart.yaml", "apiVersion: v2\nname: db\nversion: 0.1.0\n",
                "db/values.yaml", "port: 5432\n"));
        Chart c = ChartLoader.load(chart(CHART)
                .file("web/charts/cache/Chart.yaml", "apiVersion: v2\nname: cache\nversion: 2.0.0\n")
                .file("web/charts/cache/templates/x.yaml", "x")
                .file("web/charts/db-0.1.0.tgz", tgz)
                .file("web/charts/db-0.1.0.tgz.prov", "sig")
                .file("web/charts/_skip/Chart.yaml", "bad")
                .file("web/charts/.hidden/Chart.yaml", "bad").build(), "web");
        assertThat(c.dependencies()).extracting(Chart::name).containsExactly("cache", "db");
        assertThat(c.dependencies().get(1).values()).containsEntry("port", 5432.0);
        assertThat(c.dependencies().get(0).templates()).extracting(ChartFile::name).containsExactly("templates/x.yaml");
        assertThat(c.files()).extracting(ChartFile::name).containsExactly("charts/db-0.1.0.tgz.prov");
    }

    @Test
    void load_brokenSubchartIsNamed() {
        assertThatThrownBy(() -> ChartLoader.load(chart(CHART).file("web/charts/db/values.yaml", "a: 1\n").build(),
                "web")).hasMessage("error unpacking subchart db in web: Chart.yaml file is missing");
    }

    @Test
    void load_helmignoreRules() throws HelmException {
        Chart c = ChartLoader.load(chart(CHART)
                .file("web/.helmignore", "# comment\n*.bak\n/docs/\nsecret?.txt\n")
                .file("web/a.bak", "x").file("web/docs/x.md", "x").file("web/sub/docs/y.md", "y")
                .file("web/secret1.txt", "s").file("web/notes.txt", "n")
                .file("web/templates/.hidden", "h").file("web/templates/ok.yaml", "o").build(), "web");
        assertThat(c.files()).extracting(ChartFile::name).containsExactly(".helmignore", "notes.txt",
                "sub/docs/y.md");
        assertThat(c.templates()).extracting(ChartFile::name).containsExactly("templates/ok.yaml");
    }

    @Test
    void load_helmignoreNegationIgnoresEverythingElse() {
        assertThatThrownBy(() -> ChartLoader.load(chart(CHART).file("web/.helmignore", "!keep.bak\n")
                .file("web/keep.bak", "k").build(), "web")).hasMessage("Chart.yaml file is missing");
    }

    @Test
    void load_helmignoreDoubleStarRefused() {
        assertThatThrownBy(() -> ChartLoader.load(chart(CHART).file("web/.helmignore", "**/x\n").build(), "web"))
                .hasMessage("double-star (**) syntax is not supported");
    }

    @Test
    void load_helmignoreBadPatternRefused() {
        assertThatThrownBy(() -> ChartLoader.load(chart(CHART).file("web/.helmignore", "[a\n").build(), "web"))
                .hasMessage("syntax error in pattern");
    }

    @Test
    void load_stripsByteOrderMarks() throws HelmException {
        Chart c = ChartLoader.load(MemorySnapshot.builder("r").file("web/Chart.yaml", "\uFEFF" + CHART)
                .file("web/values.yaml", "\uFEFFa: 1\n").build(), "web");
        assertThat(c.values()).containsEntry("a", 1.0);
    }

    @Test
    void load_followsSymlinksInsideTheSnapshot() throws HelmException {
        Chart c = ChartLoader.load(chart(CHART).file("shared/LICENSE", "MIT").symlink("web/LICENSE", "../shared/LICENSE")
                .build(), "web");
        assertThat(c.files()).extracting(ChartFile::name).containsExactly("LICENSE");
        assertThat(c.files().get(0).text()).isEqualTo("MIT");
    }

    @Test
    void load_symlinkLeavingTheSnapshotFails() {
        assertThatThrownBy(() -> ChartLoader.load(chart(CHART).symlink("web/x", "../../../etc/passwd").build(), "web"))
                .hasMessageStartingWith("error evaluating symlink web/x");
    }

    @Test
    void load_valuesWithSeveralDocumentsAreMerged() throws HelmException {
        Chart c = ChartLoader.load(chart(CHART).file("web/values.yaml", "a:\n  b: 1\n---\na:\n  c: 2\n").build(),
                "web");
        assertThat(c.values()).isEqualTo(Map.of("a", Map.of("b", 1.0, "c", 2.0)));
    }

    @Test
    void load_badValuesYaml() {
        assertThatThrownBy(() -> ChartLoader.load(chart(CHART).file("web/values.yaml", "a: b: c\n").build(), "web"))
                .hasMessage("cannot load values.yaml: cannot unmarshal yaml document: error converting YAML to JSON: "
                        + "yaml: mapping values are not allowed in this context");
    }

    @Test
    void load_badDocumentSeparator() {
        assertThatThrownBy(() -> ChartLoader.load(chart(CHART).file("web/values.yaml", "a: 1\n--- x\n").build(),
                "web")).hasMessage("cannot load values.yaml: error reading yaml document: "
                        + "invalid Yaml document separator: x");
    }

    @Test
    void load_oversizedFileRefused() {
        byte[] big = new byte[(int) ChartArchive.MAX_DECOMPRESSED_FILE_SIZE + 1];
        assertThatThrownBy(() -> ChartLoader.load(chart(CHART).file("web/big.bin", big).build(), "web"))
                .hasMessage("chart file \"big.bin\" is larger than the maximum file size 5242880");
    }

    @Test
    void loadArchive_loadsChart() throws HelmException {
        Chart c = ChartLoader.loadArchive(TestCharts.tgz(ordered("web/", "", "web/Chart.yaml", CHART,
                "web/templates/a.yaml", "a")), "web-1.0.0.tgz");
        assertThat(c.name()).isEqualTo("web");
        assertThat(c.templates()).extracting(ChartFile::name).containsExactly("templates/a.yaml");
    }

    static Stream<Arguments> illegalEntries() {
        return Stream.of(
                Arguments.of("../../malformed", "chart illegally references parent directory"),
                Arguments.of("/foo/../../malformed", "chart illegally references parent directory"),
                Arguments.of("./.", "chart illegally contains content outside the base directory: \"./.\""),
                Arguments.of("missing-leading-slash", "chart illegally contains content outside the base directory: "
                        + "\"missing-leading-slash\""),
                Arguments.of("/missing-leading-slash", "Chart.yaml file is missing"),
                Arguments.of("//foo", "chart illegally contains absolute paths"),
                Arguments.of("\\\\foo", "chart illegally contains absolute paths"),
                Arguments.of("\\..\\..\\foo", "chart illegally references parent directory"),
                Arguments.of("\\.\\c:\\\\foo", "chart contains illegally named files"),
                Arguments.of("/./c://foo", "chart contains illegally named files"),
                Arguments.of("/Chart.yaml", "validation: chart.metadata.name is required"),
                Arguments.of("c:\\Chart.yaml", "validation: chart.metadata.name is required"),
                Arguments.of("Chart.yaml", "chart illegally contains content outside the base directory: \"Chart.yaml\""),
                Arguments.of("Chart.yaml/x", "chart yaml not in base directory"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("illegalEntries")
    void loadArchive_refusesIllegalPaths(String entry, String message) {
        assertThatThrownBy(() -> ChartLoader.loadArchive(TestCharts.tgz(Map.of(entry, "hello: world")), ""))
                .hasMessage(message);
    }

    @Test
    void loadArchive_notGzip() {
        assertThatThrownBy(() -> ChartLoader.loadArchive("a: 1\n".getBytes(), "values.yaml"))
                .hasMessage("file 'values.yaml' seems to be a YAML file, but expected a gzipped archive");
        assertThatThrownBy(() -> ChartLoader.loadArchive("a: 1\n".getBytes(), "chart.tgz"))
                .hasMessage("file 'chart.tgz' does not appear to be a gzipped archive; got 'text/plain; charset=utf-8'");
    }

    @Test
    void loadArchive_emptyArchive() {
        assertThatThrownBy(() -> ChartLoader.loadArchive(TestCharts.tgz(Map.of("web/", "")), ""))
                .hasMessage("no files in chart archive");
    }

    @Test
    void loadArchive_truncatedArchive() {
        byte[] tgz = TestCharts.tgz(Map.of("web/Chart.yaml", CHART));
        byte[] cut = java.util.Arrays.copyOf(tgz, tgz.length / 2);
        assertThatThrownBy(() -> ChartLoader.loadArchive(cut, "")).hasMessage("unexpected EOF");
    }

    @Test
    void loadArchive_oversizedEntryRefusedBeforeReading() {
        byte[] header = TestCharts.header("web/big", ChartArchive.MAX_DECOMPRESSED_FILE_SIZE + 1, '0');
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (var gz = new java.util.zip.GZIPOutputStream(out)) {
            gz.write(header);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThatThrownBy(() -> ChartLoader.loadArchive(out.toByteArray(), ""))
                .hasMessage("decompressed chart file \"web/big\" is larger than the maximum file size 5242880");
    }

    @Test
    void loadArchive_bombRefusedAtTheChartLimit() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (var gz = new java.util.zip.GZIPOutputStream(out)) {
            byte[] chunk = new byte[(int) ChartArchive.MAX_DECOMPRESSED_FILE_SIZE];
            for (int i = 0; i < 21; i++) {
                gz.write(TestCharts.header("web/f" + i, chunk.length, '0'));
                gz.write(chunk);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThatThrownBy(() -> ChartLoader.loadArchive(out.toByteArray(), ""))
                .hasMessage("decompressed chart is larger than the maximum size 104857600");
    }

    private static Map<String, String> ordered(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }
}
