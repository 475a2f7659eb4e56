package dev.windlass.helm.values;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.helm.HelmCorpus;
import dev.windlass.helm.HelmException;
import dev.windlass.helm.chart.Chart;
import dev.windlass.helm.chart.ChartLoader;
import dev.windlass.model.snapshot.LocalSnapshot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Helm's dependency-processing fixtures ({@code corpus/helm/fixtures/chart-v2-util}); skipped without the corpus. */
class DependenciesConformanceTest {

    private static Path fixtures() {
        return HelmCorpus.require("fixtures", "chart-v2-util");
    }

    private static Chart load(String dir) throws HelmException {
        return ChartLoader.load(LocalSnapshot.of(fixtures()), dir);
    }

    private static Map<String, Object> m(Object... kv) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            out.put((String) kv[i], kv[i + 1]);
        }
        return out;
    }

    static Stream<Arguments> enabledCases() {
        String p = "parentchart";
        String s1 = p + ".subchart1";
        String s2 = p + ".subchart2";
        return Stream.of(
                Arguments.of(m("tags", m("nothinguseful", false)), List.of(p, s1, s1 + ".subcharta", s1 + ".subchartb")),
                Arguments.of(m("tags", m("front-end", false)), List.of(p)),
                Arguments.of(m("tags", m("front-end", false, "back-end", true)),
                        List.of(p, s2, s2 + ".subchartb", s2 + ".subchartc")),
                Arguments.of(m("tags", m("subcharta", false, "subchartb", false)),
                        List.of(p, s1, s1 + ".subcharta", s1 + ".subchartb")),
                Arguments.of(m("tags", m("front-end", false, "subchart1", true, "back-end", false)), List.of(p, s1)),
                Arguments.of(m("subchart1", m("enabled", true), "subchart2", m("enabled", true)),
                        List.of(p, s1, s1 + ".subcharta", s1 + ".subchartb", s2)),
                Arguments.of(m("subchart1", m("enabled", false), "subchart2", m("enabled", false)), List.of(p)),
                Arguments.of(m("subchart1", m("subcharta", m("enabled", false))), List.of(p, s1, s1 + ".subchartb")),
                Arguments.of(m("subchart2", m("subchartc", m("enabled", false)), "tags", m("back-end", true)),
                        List.of(p, s1, s1 + ".subcharta", s1 + ".subchartb", s2, s2 + ".subchartb")),
                Arguments.of(m("subchart1", m("enabled", false), "tags", m("front-end", true)), List.of(p)),
                Arguments.of(m("subchart1", m("enabled", false), "subchart2alias", m("enabled", true,
                        "subchartb", m("enabled", true))),
                        List.of(p, p + ".subchart2alias", p + ".subchart2alias.subchartb")));
    }

    @ParameterizedTest
    @MethodSource("enabledCases")
    void enabled_subpopMatchesHelm(Map<String, Object> values, List<String> expected) throws HelmException {
        Chart c = Dependencies.enabled(load("subpop"), values, "");
        assertThat(paths(c, "")).isEqualTo(expected);
    }

    private static List<String> paths(Chart c, String prefix) {
        List<String> out = new ArrayList<>();
        String path = prefix.isEmpty() ? c.name() : prefix + "." + c.name();
        out.add(path);
        c.dependencies().forEach(d -> out.addAll(paths(d, path)));
        out.sort(null);
        return out;
    }

    @Test
    void importValues_subpopCoalesceMode() throws HelmException {
        Chart c = ImportValues.process(load("subpop"), false);
        Map<String, String> e = Map.ofEntries(
                Map.entry("imported-chart1.SC1bool", "true"), Map.entry("imported-chart1.SC1float", "3.14"),
                Map.entry("imported-chart1.SC1int", "100"), Map.entry("imported-chart1.SC1string", "dollywood"),
                Map.entry("imported-chart1.SC1extra1", "11"), Map.entry("imported-chart1.SPextra1", "helm rocks"),
                Map.entry("imported-chartA.SCAbool", "false"), Map.entry("imported-chartA.SCAfloat", "3.1"),
                Map.entry("imported-chartA.SCAint", "55"), Map.entry("imported-chartA.SCAstring", "jabba"),
                Map.entry("imported-chartA.SPextra3", "1.337"), Map.entry("imported-chartA.SC1extra2", "1.337"),
                Map.entry("imported-chartA.SCAnested1.SCAnested2", "true"),
                Map.entry("imported-chartA-B.SCBbool", "true"), Map.entry("imported-chartA-B.SCBfloat", "7.77"),
                Map.entry("imported-chartA-B.SCBint", "33"), Map.entry("imported-chartA-B.SCBstring", "boba"),
                Map.entry("imported-chartA-B.SPextra5", "k8s"), Map.entry("imported-chartA-B.SC1extra5", "tiller"),
                Map.entry("overridden-chart1.SC1bool", "false"), Map.entry("overridden-chart1.SC1float", "3.141592"),
                Map.entry("overridden-chart1.SC1int", "99"), Map.entry("overridden-chart1.SC1string", "pollywog"),
                Map.entry("overridden-chart1.SPextra2", "42"), Map.entry("overridden-chartA.SCAbool", "true"),
                Map.entry("overridden-chartA.SCAfloat", "41.3"), Map.entry("overridden-chartA.SCAint", "808"),
                Map.entry("overridden-chartA.SCAstring", "jabberwocky"), Map.entry("overridden-chartA.SPextra4", "true"),
                Map.entry("overridden-chartA-B.SCBbool", "false"), Map.entry("overridden-chartA-B.SCBfloat", "1.99"),
                Map.entry("overridden-chartA-B.SCBint", "77"), Map.entry("overridden-chartA-B.SCBstring", "jango"),
                Map.entry("overridden-chartA-B.SPextra6", "111"), Map.entry("overridden-chartA-B.SCAextra1", "23"),
                Map.entry("overridden-chartA-B.SCBextra1", "13"), Map.entry("overridden-chartA-B.SC1extra6", "77"),
                Map.entry("SCBexported1B", "1965"), Map.entry("SC1extra7", "true"),
                Map.entry("SCBexported2A", "blaster"), Map.entry("global.SC1exported2.all.SC1exported3", "SC1expstr"));
        for (Map.Entry<String, String> entry : e.entrySet()) {
            assertThat(text(GoMaps.pathValue(c.values(), entry.getKey()))).as(entry.getKey()).isEqualTo(entry.getValue());
        }
        assertThat(GoMaps.pathValue(c.values(), "ensurenull")).isEqualTo(GoMaps.Missing.VALUE);
    }

    @Test
    void importValues_subpopMergeModeKeepsNull() throws HelmException {
        Chart c = ImportValues.process(load("subpop"), true);
        assertThat(GoMaps.pathValue(c.values(), "ensurenull")).isNull();
    }

    @Test
    void importValues_fromSharedDependencyToAliases() throws HelmException {
        Chart loaded = load("chart-with-import-from-aliased-dependencies");
        Chart c = ImportValues.process(Dependencies.enabled(loaded, loaded.values(), ""), true);
        for (String key : List.of("foo-defaults.defaultValue", "bar-defaults.defaultValue", "foo.defaults.defaultValue",
                "bar.defaults.defaultValue", "foo.grandchild.defaults.defaultValue",
                "bar.grandchild.defaults.defaultValue")) {
            assertThat(GoMaps.pathValue(c.values(), key)).as(key).isEqualTo("42");
        }
    }

    @Test
    void importValues_multiLevelPrecedence() throws HelmException {
        Chart c = ImportValues.process(load("three-level-dependent-chart/umbrella"), true);
        assertThat(text(GoMaps.pathValue(c.values(), "app1.service.port"))).isEqualTo("3456");
        assertThat(text(GoMaps.pathValue(c.values(), "app2.service.port"))).isEqualTo("8080");
        assertThat(text(GoMaps.pathValue(c.values(), "app3.service.port"))).isEqualTo("9090");
        assertThat(text(GoMaps.pathValue(c.values(), "app4.service.port"))).isEqualTo("1234");
    }

    @Test
    void importValues_forEnabledCharts() throws HelmException {
        Chart c = ImportValues.process(load("import-values-from-enabled-subchart/parent-chart"), true);
        assertThat(c.dependencies()).hasSize(2);
        c = Dependencies.enabled(c, c.values(), "");
        assertThat(c.dependencies()).hasSize(1);
        assertThat(c.metadata().dependencies()).hasSize(1);
        assertThat(c.dependencies().get(0).values()).containsEntry("nameOverride", "parent-chart-prod");
    }

    @Test
    void processDependencies_aliasedTwice() throws HelmException {
        Chart c = ChartValues.processDependencies(load("chart-with-dependency-aliased-twice"), Map.of());
        assertThat(c.dependencies()).extracting(Chart::name).containsExactlyInAnyOrder("foo", "bar");
    }

    @Test
    void processDependencies_dependentChartAlias() throws HelmException {
        Chart c = ChartValues.processDependencies(load("dependent-chart-alias"), Map.of());
        assertThat(c.dependencies()).extracting(Chart::name).contains("mariners2", "mariners1");
    }

    private static String text(Object v) {
        if (v instanceof Double d) {
            return new java.math.BigDecimal(d.toString()).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(v);
    }
}
