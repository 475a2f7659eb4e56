package dev.windlass.helm.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ManifestSorterTest {

    @Test
    void split_cutsAtDashLinesAndDropsBlankDocuments() {
        assertThat(ManifestSplitter.split("\n---\na: 1\n---  \n\n---\nb: 2\n--- \t\nc: 3"))
                .containsExactly("a: 1\n", "b: 2\n", "c: 3");
    }

    @Test
    void split_keepsDashesThatDoNotStartALine() {
        assertThat(ManifestSplitter.split("a: x---y\nb: ' ---'\n")).containsExactly("a: x---y\nb: ' ---'\n");
    }

    @Test
    void split_treatsDashesFollowedByTextAsSeparatorToo() {
        assertThat(ManifestSplitter.split("a: 1\n---b: 2\n")).containsExactly("a: 1\n", "b: 2\n");
    }

    @Test
    void sort_ordersByKindThenFileThenDocument() throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("c/templates/b.yaml", "kind: Service\nmetadata:\n  name: s2\n---\nkind: Namespace\nmetadata:\n  name: ns\n");
        files.put("c/templates/a.yaml", "kind: Service\nmetadata:\n  name: s1\n---\nkind: Zebra\n---\nkind: Alpha\n");
        SortedManifests sorted = ManifestSorter.sort(files);
        assertThat(sorted.manifests()).extracting(RenderedManifest::kind)
                .containsExactly("Namespace", "Service", "Service", "Alpha", "Zebra");
        assertThat(sorted.manifests().get(1).source()).isEqualTo("c/templates/a.yaml");
        assertThat(sorted.manifests().get(2).source()).isEqualTo("c/templates/b.yaml");
    }

    @Test
    void sort_skipsPartialsAndBlankFiles() throws Exception {
        Map<String, String> files = Map.of("c/templates/_helpers.tpl", "kind: Pod\n", "c/templates/empty.yaml", " \n\n",
                "c/templates/pod.yaml", "kind: Pod\n");
        assertThat(ManifestSorter.sort(files).manifests()).extracting(RenderedManifest::source)
                .containsExactly("c/templates/pod.yaml");
    }

    @Test
    void sort_keepsCommentOnlyDocumentsAsManifests() throws Exception {
        SortedManifests sorted = ManifestSorter.sort(Map.of("c/templates/x.yaml", "# just a comment\n"));
        assertThat(sorted.manifests()).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEmpty();
            assertThat(m.text()).isEqualTo("# just a comment\n");
        });
    }

    @Test
    void sort_separatesHooksWithTheirEvents() throws Exception {
        String hook = "kind: Job\nmetadata:\n  name: j\n  annotations:\n    helm.sh/hook: \" Pre-Install, post-upgrade\"\n";
        String test = "kind: Pod\nmetadata:\n  annotations:\n    helm.sh/hook: test-success\n";
        String plain = "kind: ConfigMap\nmetadata:\n  annotations:\n    other: x\n";
        SortedManifests sorted = ManifestSorter.sort(Map.of("c/templates/a.yaml", hook + "---\n" + test + "---\n" + plain));
        assertThat(sorted.hooks()).extracting(RenderedManifest::hooks)
                .containsExactly(List.of("test"), List.of("pre-install", "post-upgrade"));
        assertThat(sorted.manifests()).extracting(RenderedManifest::kind).containsExactly("ConfigMap");
    }

    @Test
    void sort_dropsDocumentsWithUnknownHookEvents() throws Exception {
        String unknown = "kind: Job\nmetadata:\n  annotations:\n    helm.sh/hook: pre-install,crd-install\n";
        SortedManifests sorted = ManifestSorter.sort(Map.of("c/templates/a.yaml", unknown));
        assertThat(sorted.hooks()).isEmpty();
        assertThat(sorted.manifests()).isEmpty();
    }

    @Test
    void sort_reportsInvalidYamlWithTheFileName() {
        String bad = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\ninvalid\n";
        assertThatThrownBy(() -> ManifestSorter.sort(Map.of("c/templates/pod.yaml", bad)))
                .hasMessage("YAML parse error on c/templates/pod.yaml: error converting YAML to JSON: yaml: line 6: "
                        + "could not find expected ':'");
    }

    @Test
    void sort_rejectsNumericAnnotationValuesAsJsonDoes() {
        String doc = "kind: Job\nmetadata:\n  annotations:\n    helm.sh/hook-weight: 5\n";
        assertThatThrownBy(() -> ManifestSorter.sort(Map.of("c/templates/a.yaml", doc)))
                .hasMessage("YAML parse error on c/templates/a.yaml: error unmarshaling JSON: while decoding JSON: "
                        + "json: cannot unmarshal number into Go struct field .metadata.annotations of type string");
    }

    @ParameterizedTest
    @CsvSource({
        "Namespace, Service, -1", "Service, Namespace, 1", "Service, Unknown, -1", "Unknown, Service, 1",
        "Alpha, Beta, -1", "Beta, Alpha, 1", "Pod, Pod, 0", "PriorityClass, Namespace, -1",
        "CustomResourceDefinition, ClusterRole, -1", "Ingress, APIService, -1"})
    void kindOrder_followsHelmsInstallOrder(String a, String b, int sign) {
        assertThat(Integer.signum(KindOrder.INSTALL.compare(a, b))).isEqualTo(sign);
    }

    @ParameterizedTest
    @CsvSource({
        "templates/service.yaml, templates/service.yaml, true",
        "templates/*.yaml, templates/service.yaml, true",
        "templates/*, templates/subdir/role.yaml, false",
        "templates/subdir/role*, templates/subdir/rolebinding.yaml, true",
        "templates/?ervice.yaml, templates/service.yaml, true",
        "templates/[a-s]ervice.yaml, templates/service.yaml, true",
        "templates/[^s]ervice.yaml, templates/service.yaml, false",
        "templates/[, templates/[, false",
        "templates, templates/service.yaml, false",
        "charts/*/templates/service.yaml, charts/subcharta/templates/service.yaml, true"})
    void pathMatch_followsGoFilepathMatch(String pattern, String name, boolean matches) {
        assertThat(dev.windlass.helm.chart.GoGlob.matches(pattern, name)).isEqualTo(matches);
    }
}
