package dev.windlass.kustomize;

import static dev.windlass.kustomize.KustomizeFixtures.files;
import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.KubeObject;
import dev.windlass.model.Result;
import dev.windlass.model.snapshot.MemorySnapshot;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * helmCharts as kustomize's HelmChartInflationGenerator configures it, with a recording inflator
 * standing in for the Helm engine (windlass-render wires the real one).
 */
class KustomizerHelmChartsTest {

    private static final String CONFIG_MAP = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: from-chart\n";

    /** Records each request and answers with a fixed manifest, as helm template would print it. */
    private static final class Recording implements HelmInflator {
        final List<Inflation> requests = new ArrayList<>();

        @Override
        public String template(Inflation inflation) {
            requests.add(inflation);
            return "---\n# Source: chart/templates/cm.yaml\n" + CONFIG_MAP;
        }

        String values(int request, int file) {
            return new String(requests.get(request).valuesFiles().get(file), StandardCharsets.UTF_8);
        }
    }

    private static Result<List<KubeObject>> build(MemorySnapshot snapshot, HelmInflator helm) {
        return Kustomizer.build(snapshot, "app", KustomizeOptions.defaults().withHelm(helm));
    }

    @Test
    void helmCharts_withoutEnableHelm_failsAsKustomizeDoes() {
        MemorySnapshot snapshot = files("app/kustomization.yaml", "helmCharts:\n- name: web\n", "app/charts/web/Chart.yaml", "");

        Result<List<KubeObject>> result = Kustomizer.build(snapshot, "app", KustomizeOptions.defaults());

        assertThat(result.errors()).singleElement().satisfies(issue -> {
            assertThat(issue.message()).contains("must specify --enable-helm");
            assertThat(issue.location().file()).isEqualTo("app/kustomization.yaml");
        });
    }

    @Test
    void helmCharts_inflatedObjectsAreTransformedLikeOtherResources() {
        MemorySnapshot snapshot = files("app/kustomization.yaml", "namePrefix: p-\nhelmCharts:\n- name: web\n",
                "app/charts/web/Chart.yaml", "name: web\n", "app/charts/web/values.yaml", "a: 1\n");
        Recording helm = new Recording();

        Result<List<KubeObject>> result = build(snapshot, helm);

        assertThat(result.errors()).isEmpty();
        assertThat(result.value()).extracting(KubeObject::name).containsExactly("p-from-chart");
        assertThat(helm.requests).singleElement().satisfies(r -> {
            assertThat(r.chartIsLocal()).isTrue();
            assertThat(r.chart().localDirectory()).isEqualTo("app/charts/web");
        });
        assertThat(helm.values(0, 0)).isEqualTo("a: 1\n");
    }

    @Test
    void valuesInline_overridesTheValuesFileByDefault() {
        MemorySnapshot snapshot = files("app/kustomization.yaml",
                "helmCharts:\n- name: web\n  valuesInline:\n    a: 2\n    c: {d: 3}\n",
                "app/charts/web/Chart.yaml", "name: web\n", "app/charts/web/values.yaml", "a: 1\nb: 1\nc: {e: 4}\n");
        Recording helm = new Recording();

        assertThat(build(snapshot, helm).errors()).isEmpty();

        assertThat(helm.values(0, 0)).isEqualTo("a: 2\nb: 1\nc:\n  e: 4\n  d: 3\n");
    }

    @Test
    void valuesMergeMerge_keepsTheValuesFileWhereBothSet_andReplaceKeepsOnlyInline() {
        String values = "a: 1\nb: 1\n";
        Recording merge = new Recording();
        build(files("app/kustomization.yaml", "helmCharts:\n- name: web\n  valuesMerge: merge\n  valuesInline: {a: 2, z: 9}\n",
                "app/charts/web/Chart.yaml", "name: web\n", "app/charts/web/values.yaml", values), merge);
        Recording replace = new Recording();
        build(files("app/kustomization.yaml", "helmCharts:\n- name: web\n  valuesMerge: replace\n  valuesInline: {a: 2}\n",
                "app/charts/web/Chart.yaml", "name: web\n", "app/charts/web/values.yaml", values), replace);

        assertThat(merge.values(0, 0)).isEqualTo("a: 1\nz: 9\nb: 1\n");
        assertThat(replace.values(0, 0)).isEqualTo("a: 2\n");
    }

    @Test
    void valuesMerge_refusesUnknownModes() {
        MemorySnapshot snapshot = files("app/kustomization.yaml", "helmCharts:\n- name: web\n  valuesMerge: blend\n",
                "app/charts/web/Chart.yaml", "name: web\n");

        assertThat(build(snapshot, new Recording()).errors()).singleElement()
                .satisfies(issue -> assertThat(issue.message()).contains("valuesMerge must be one of [merge override replace]"));
    }

    @Test
    void chartWithVersionAndRepo_isLookedForUnderNameDashVersion_andPulledWhenAbsent() {
        MemorySnapshot snapshot = files("app/kustomization.yaml",
                "helmCharts:\n- name: web\n  repo: https://charts.example.com\n  version: 1.2.3\n  releaseName: r\n"
                        + "  additionalValuesFiles: [extra.yaml]\n",
                "app/extra.yaml", "x: 1\n");
        Recording helm = new Recording();

        assertThat(build(snapshot, helm).errors()).isEmpty();

        assertThat(helm.requests).singleElement().satisfies(r -> {
            assertThat(r.chartIsLocal()).isFalse();
            assertThat(r.chart().localDirectory()).isEqualTo("app/charts/web-1.2.3/web");
            assertThat(r.chart().releaseName()).isEqualTo("r");
            assertThat(r.valuesFiles()).hasSize(1);
        });
        assertThat(helm.values(0, 0)).isEqualTo("x: 1\n");
    }

    @Test
    void chartWithoutLocalCopyOrRepo_failsNamingWhereItLooked() {
        MemorySnapshot snapshot = files("app/kustomization.yaml", "helmCharts:\n- name: web\n");

        assertThat(build(snapshot, new Recording()).errors()).singleElement().satisfies(issue -> assertThat(issue.message())
                .contains("no repo specified for pull, no chart found at 'app/charts/web'"));
    }

    @Test
    void legacyHelmChartInflationGenerator_mapsOntoHelmCharts() {
        MemorySnapshot snapshot = files("app/kustomization.yaml",
                "helmChartInflationGenerator:\n- chartName: web\n  releaseName: legacy\n  chartHome: vendor\n",
                "app/vendor/web/Chart.yaml", "name: web\n", "app/vendor/web/values.yaml", "{}\n");
        Recording helm = new Recording();

        assertThat(build(snapshot, helm).errors()).isEmpty();

        assertThat(helm.requests).singleElement().satisfies(r -> {
            assertThat(r.chart().releaseName()).isEqualTo("legacy");
            assertThat(r.chart().localDirectory()).isEqualTo("app/vendor/web");
        });
    }

    @Test
    void helmChartInflationGeneratorPlugin_inGenerators_inflatesLikeTheField() {
        MemorySnapshot snapshot = files("app/kustomization.yaml", "generators: [helm.yaml]\n",
                "app/helm.yaml", "apiVersion: builtin\nkind: HelmChartInflationGenerator\nmetadata:\n  name: web\n"
                        + "name: web\nreleaseName: plugin\nchartHome: vendor\nvaluesInline: {a: 2}\n",
                "app/vendor/web/Chart.yaml", "name: web\n", "app/vendor/web/values.yaml", "a: 1\n");
        Recording helm = new Recording();

        Result<List<KubeObject>> result = build(snapshot, helm);

        assertThat(result.errors()).isEmpty();
        assertThat(result.value()).extracting(KubeObject::name).containsExactly("from-chart");
        assertThat(helm.requests).singleElement().satisfies(r -> {
            assertThat(r.chart().releaseName()).isEqualTo("plugin");
            assertThat(r.chart().localDirectory()).isEqualTo("app/vendor/web");
        });
        assertThat(helm.values(0, 0)).isEqualTo("a: 2\n");
    }

    @Test
    void relative_climbsOutOfTheKustomizationDirectory() {
        Kustomization k = new Kustomization("a/b", "a/b/kustomization.yaml", false, List.of(), List.of(), "", "", "",
                java.util.Map.of(), List.of(), java.util.Map.of(), List.of(), List.of(), "", List.of(), List.of(),
                List.of(), dev.windlass.model.tree.MapNode.empty());

        assertThat(HelmChartGenerator.relative(k, "a/b/x.yaml")).isEqualTo("x.yaml");
        assertThat(HelmChartGenerator.relative(k, "a/y.yaml")).isEqualTo("../y.yaml");
        assertThat(HelmChartGenerator.relative(k, "z.yaml")).isEqualTo("../../z.yaml");
    }
}
