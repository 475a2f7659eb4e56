package dev.windlass.helm.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.helm.HelmException;
import dev.windlass.helm.chart.Chart;
import dev.windlass.helm.chart.ChartDependency;
import dev.windlass.helm.chart.ChartMetadata;
import dev.windlass.helm.yaml.GoYaml;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChartValuesTest {

    private static ChartMetadata meta(String name, List<ChartDependency> deps) {
        return new ChartMetadata("v2", name, "1.0.0", "", "", "", List.of(), "", List.of(), deps, List.of(), "", "",
                false, Map.of(), "", "");
    }

    private static Chart chart(String name, String values, List<ChartDependency> deps, Chart... subcharts)
            throws HelmException {
        return new Chart(meta(name, deps), List.of(), GoYaml.parseMap(values), null, List.of(), null,
                List.of(subcharts));
    }

    private static ChartDependency dep(String name, String condition, List<String> tags, String alias,
            List<Object> importValues) {
        return new ChartDependency(name, "1.0.0", "", condition, tags, false, importValues, alias);
    }

    private static Map<String, Object> yaml(String text) throws HelmException {
        return GoYaml.parseMap(text);
    }

    @Test
    void coalesce_userValuesOverDefaults() throws HelmException {
        Chart c = chart("web", "image:\n  repo: nginx\n  tag: \"1\"\nreplicas: 1\n", List.of());
        assertThat(ChartValues.coalesce(c, yaml("image:\n  tag: \"2\"\n")))
                .isEqualTo(yaml("image:\n  repo: nginx\n  tag: \"2\"\nreplicas: 1\n"));
    }

    @Test
    void coalesce_userNullDeletesDefault() throws HelmException {
        Chart c = chart("web", "a: 1\nb:\n  c: 2\n  d: 3\n", List.of());
        assertThat(ChartValues.coalesce(c, yaml("a: null\nb:\n  c: null\n"))).isEqualTo(yaml("b:\n  d: 3\n"));
    }

    @Test
    void coalesce_nullDefaultsAreDropped() throws HelmException {
        Chart c = chart("web", "a: null\nb:\n  c: null\n  d: 1\n", List.of());
        assertThat(ChartValues.coalesce(c, Map.of())).isEqualTo(yaml("b:\n  d: 1\n"));
    }

    @Test
    void coalesce_userNullForUnknownKeyStays() throws HelmException {
        Chart c = chart("web", "a: 1\n", List.of());
        Map<String, Object> out = ChartValues.coalesce(c, yaml("x: null\n"));
        assertThat(out).containsEntry("a", 1.0).containsKey("x");
        assertThat(out.get("x")).isNull();
    }

    @Test
    void coalesce_subchartSectionsGetSubchartDefaults() throws HelmException {
        Chart db = chart("db", "port: 5432\nuser: admin\n", List.of());
        Chart c = chart("web", "db:\n  user: app\n", List.of(), db);
        assertThat(ChartValues.coalesce(c, yaml("db:\n  port: 6432\n")).get("db"))
                .isEqualTo(yaml("port: 6432\nuser: app\nglobal: {}\n"));
    }

    @Test
    void coalesce_globalsAreCopiedDown() throws HelmException {
        Chart db = chart("db", "global:\n  env: dev\n  own: x\n", List.of());
        Chart c = chart("web", "global:\n  env: prod\n", List.of(), db);
        Map<String, Object> out = ChartValues.coalesce(c, Map.of());
        assertThat(out.get("global")).isEqualTo(Map.of("env", "prod"));
        assertThat(((Map<?, ?>) out.get("db")).get("global")).isEqualTo(Map.of("env", "prod", "own", "x"));
    }

    @Test
    void coalesce_subchartValueNotATableFails() throws HelmException {
        Chart c = chart("web", "", List.of(), chart("db", "", List.of()));
        assertThatThrownBy(() -> ChartValues.coalesce(c, yaml("db: x\n")))
                .hasMessage("type mismatch on db: %!t(string=x)");
    }

    @Test
    void coalesce_tableOverScalarDefaultWarns() throws HelmException {
        Chart c = chart("web", "a: text\nb:\n  c: 1\n", List.of());
        List<String> warnings = new ArrayList<>();
        Map<String, Object> out = ChartValues.coalesce(c, yaml("a:\n  x: 1\nb:\n  c:\n    d: 2\n"), warnings::add);
        assertThat(out.get("a")).isEqualTo(Map.of("x", 1.0));
        assertThat(warnings).contains("warning: skipped value for web.a: Not a table.");
    }

    @Test
    void coalesce_scalarOverTableUserWins() throws HelmException {
        Chart c = chart("web", "a:\n  b: 1\n", List.of());
        assertThat(ChartValues.coalesce(c, yaml("a: flat\n"))).isEqualTo(Map.of("a", "flat"));
    }

    @Test
    void coalesce_doesNotMutateInputs() throws HelmException {
        Chart c = chart("web", "a:\n  b: 1\n", List.of());
        Map<String, Object> user = yaml("a:\n  c: 2\n");
        ChartValues.coalesce(c, user);
        assertThat(user).isEqualTo(yaml("a:\n  c: 2\n"));
        assertThat(c.values()).isEqualTo(yaml("a:\n  b: 1\n"));
    }

    @Test
    void processDependencies_conditionDisablesChart() throws HelmException {
        Chart c = chart("web", "db:\n  enabled: false\n", List.of(dep("db", "db.enabled", List.of(), "", List.of())),
                chart("db", "", List.of()));
        Chart out = ChartValues.processDependencies(c, Map.of());
        assertThat(out.dependencies()).isEmpty();
        assertThat(out.metadata().dependencies()).isEmpty();
    }

    @Test
    void processDependencies_userValuesEnableChart() throws HelmException {
        Chart c = chart("web", "db:\n  enabled: false\n", List.of(dep("db", "db.enabled", List.of(), "", List.of())),
                chart("db", "", List.of()));
        Chart out = ChartValues.processDependencies(c, yaml("db:\n  enabled: true\n"));
        assertThat(out.dependencies()).extracting(Chart::name).containsExactly("db");
        assertThat(out.metadata().dependencies().get(0).enabled()).isTrue();
    }

    @Test
    void processDependencies_firstResolvableConditionWins() throws HelmException {
        Chart c = chart("web", "first: {}\nsecond:\n  use: false\n", List.of(dep("db", "first.use,second.use", List.of(), "", List.of())),
                chart("db", "", List.of()));
        assertThat(ChartValues.processDependencies(c, Map.of()).dependencies()).isEmpty();
    }

    @Test
    void processDependencies_nonBoolConditionIsIgnored() throws HelmException {
        Chart c = chart("web", "db:\n  enabled: \"no\"\n", List.of(dep("db", "db.enabled", List.of(), "", List.of())),
                chart("db", "", List.of()));
        assertThat(ChartValues.processDependencies(c, Map.of()).dependencies()).hasSize(1);
    }

    @Test
    void processDependencies_tags() throws HelmException {
        Chart c = chart("web", "tags:\n  backend: false\n", List.of(dep("db", "", List.of("backend"), "", List.of()),
                dep("cache", "", List.of("backend", "fast"), "", List.of())),
                chart("cache", "", List.of()), chart("db", "", List.of()));
        assertThat(ChartValues.processDependencies(c, Map.of()).dependencies()).isEmpty();
        assertThat(ChartValues.processDependencies(c, yaml("tags:\n  fast: true\n")).dependencies())
                .extracting(Chart::name).containsExactly("cache");
    }

    @Test
    void processDependencies_conditionBeatsTags() throws HelmException {
        Chart c = chart("web", "tags:\n  backend: true\ndb:\n  enabled: false\n",
                List.of(dep("db", "db.enabled", List.of("backend"), "", List.of())), chart("db", "", List.of()));
        assertThat(ChartValues.processDependencies(c, Map.of()).dependencies()).isEmpty();
    }

    @Test
    void processDependencies_aliasCopiesTheChart() throws HelmException {
        Chart c = chart("web", "", List.of(dep("db", "", List.of(), "primary", List.of()),
                dep("db", "", List.of(), "replica", List.of())), chart("db", "port: 1\n", List.of()));
        Chart out = ChartValues.processDependencies(c, Map.of());
        assertThat(out.dependencies()).extracting(Chart::name).containsExactly("primary", "replica");
        assertThat(out.metadata().dependencies()).extracting(ChartDependency::name).containsExactly("primary", "replica");
        assertThat(ChartValues.coalesce(out, Map.of())).containsKeys("primary", "replica");
    }

    @Test
    void processDependencies_importValuesExportsForm() throws HelmException {
        Chart db = chart("db", "exports:\n  data:\n    port: 5432\n", List.of());
        Chart c = chart("web", "", List.of(dep("db", "", List.of(), "", List.of("data"))), db);
        Chart out = ChartValues.processDependencies(c, Map.of());
        assertThat(out.values()).containsEntry("port", 5432.0);
        assertThat(out.metadata().dependencies().get(0).importValues())
                .containsExactly(Map.of("child", "exports.data", "parent", "."));
    }

    @Test
    void processDependencies_importValuesChildParentForm() throws HelmException {
        Chart db = chart("db", "conn:\n  host: db\n", List.of());
        Chart c = chart("web", "settings:\n  host: mine\n", List.of(dep("db", "", List.of(), "",
                List.of(Map.of("child", "conn", "parent", "settings")))), db);
        Chart out = ChartValues.processDependencies(c, Map.of());
        assertThat(out.values().get("settings")).isEqualTo(Map.of("host", "mine"));
        Chart other = chart("web", "", List.of(dep("db", "", List.of(), "",
                List.of(Map.of("child", "conn", "parent", "a.b")))), db);
        assertThat(ChartValues.processDependencies(other, Map.of()).values().get("a"))
                .isEqualTo(Map.of("b", Map.of("host", "db")));
    }

    @Test
    void validateSchema_reportsEachChart() throws HelmException {
        byte[] schema = "{\"required\":[\"name\"]}".getBytes(StandardCharsets.UTF_8);
        Chart db = new Chart(meta("db", List.of()), List.of(), Map.of(), schema, List.of(), null, List.of());
        Chart c = new Chart(meta("web", List.of()), List.of(), Map.of(), schema, List.of(), null, List.of(db));
        assertThatThrownBy(() -> ChartValues.validateSchema(c, yaml("db:\n  x: 1\n"))).hasMessage(
                "values don't meet the specifications of the schema(s) in the following chart(s):\n"
                        + "web:\n- at '': missing property 'name'\ndb:\n- at '': missing property 'name'\n");
    }

    @Test
    void validateSchema_subchartValuesMustBeAMap() throws HelmException {
        Chart db = chart("db", "", List.of());
        Chart c = chart("web", "", List.of(), db);
        assertThatThrownBy(() -> ChartValues.validateSchema(c, yaml("db: 3\n"))).hasMessage(
                "values don't meet the specifications of the schema(s) in the following chart(s):\n"
                        + "db:\ninvalid type for values: expected object (map), got float64\n");
    }

    @Test
    void validateSchema_validValuesPass() throws HelmException {
        byte[] schema = "{\"properties\":{\"n\":{\"type\":\"integer\"}}}".getBytes(StandardCharsets.UTF_8);
        Chart c = new Chart(meta("web", List.of()), List.of(), Map.of(), schema, List.of(), null, List.of());
        ChartValues.validateSchema(c, yaml("n: 3\n"));
        ChartValues.validateSchema(c, Map.of("n", 3L));
    }

    @Test
    void validateSchema_invalidSchemaJson() throws HelmException {
        Chart c = new Chart(meta("web", List.of()), List.of(), Map.of(), "{".getBytes(StandardCharsets.UTF_8),
                List.of(), null, List.of());
        assertThatThrownBy(() -> ChartValues.validateSchema(c, Map.of())).hasMessageStartingWith(
                "values don't meet the specifications of the schema(s) in the following chart(s):\nweb:\n");
    }
}
