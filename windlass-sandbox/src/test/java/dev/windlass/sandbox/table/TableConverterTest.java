package dev.windlass.sandbox.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.api.ApiException;
import dev.windlass.sandbox.resource.ApiResource;
import dev.windlass.sandbox.resource.ApiResource.PrinterColumn;
import dev.windlass.sandbox.resource.BuiltinResources;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TableConverterTest {

    private static final MapNode CONFIG_MAP = Fixtures.yaml("""
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: settings, namespace: shop, resourceVersion: "41", labels: {app: shop},
                       creationTimestamp: "2024-05-01T11:00:00Z"}
            data: {mode: fast}
            """);

    private static ApiResource builtin(String group, String plural) {
        return BuiltinResources.all().stream().filter(r -> r.group().equals(group) && r.plural().equals(plural))
                .findFirst().orElseThrow();
    }

    private static MapNode table(ApiResource resource, IncludeObject include) {
        return TableConverter.toTable(resource, List.of(CONFIG_MAP), "57", "next-page", include, Fixtures.NOW);
    }

    private static MapNode firstRow(MapNode table) {
        return table.getList("rows").orElseThrow().items().get(0).asMap().orElseThrow();
    }

    @Test
    void toTable_writesAMetaV1TableWithListMetadataAndFullColumnDefinitions() {
        MapNode table = table(builtin("", "configmaps"), IncludeObject.METADATA);
        assertThat(table.keys()).containsExactly("kind", "apiVersion", "metadata", "columnDefinitions", "rows");
        assertThat(table.getText("kind")).contains("Table");
        assertThat(table.getText("apiVersion")).contains("meta.k8s.io/v1");
        assertThat(table.getMap("metadata").orElseThrow())
                .isEqualTo(MapNode.of("resourceVersion", "57", "continue", "next-page"));
        MapNode name = table.getList("columnDefinitions").orElseThrow().items().get(0).asMap().orElseThrow();
        assertThat(name.keys()).containsExactly("name", "type", "format", "description", "priority");
        assertThat(name.getText("format")).contains("name");
        assertThat(Fixtures.plain(firstRow(table).getList("cells").orElseThrow())).containsExactly("settings", 1L, "60m");
    }

    @Test
    void toTable_includesPartialObjectMetadataByDefault() {
        MapNode object = firstRow(table(builtin("", "configmaps"), IncludeObject.METADATA)).getMap("object").orElseThrow();
        assertThat(object.getText("kind")).contains("PartialObjectMetadata");
        assertThat(object.getText("apiVersion")).contains("meta.k8s.io/v1");
        assertThat(object.getMap("metadata")).isEqualTo(CONFIG_MAP.getMap("metadata"));
        assertThat(object.containsKey("data")).isFalse();
    }

    @Test
    void toTable_includesTheWholeObjectOrNothingWhenAsked() {
        assertThat(firstRow(table(builtin("", "configmaps"), IncludeObject.OBJECT)).get("object")).contains(CONFIG_MAP);
        assertThat(firstRow(table(builtin("", "configmaps"), IncludeObject.NONE)).get("object"))
                .contains(Node.nullNode());
    }

    @Test
    void toTable_printsResourcesWithoutPrinterAsNameAndCreatedAt() {
        for (ApiResource resource : List.of(builtin("rbac.authorization.k8s.io", "roles"),
                builtin("apiextensions.k8s.io", "customresourcedefinitions"), builtin("", "limitranges"))) {
            MapNode table = table(resource, IncludeObject.NONE);
            assertThat(table.getList("columnDefinitions").orElseThrow().items())
                    .extracting(c -> c.asMap().orElseThrow().getText("name").orElseThrow())
                    .containsExactly("Name", "Created At");
            assertThat(Fixtures.plain(firstRow(table).getList("cells").orElseThrow()))
                    .containsExactly("settings", "2024-05-01T11:00:00Z");
        }
    }

    @Test
    void toTable_usesTheCrdColumnsForCustomResources() {
        ApiResource widgets = new ApiResource("example.com", "v1", "Widget", "widgets", "widget", true, List.of(),
                List.of(), ApiResource.ALL_VERBS, Set.of(),
                List.of(new PrinterColumn("Mode", "string", ".data.mode", "", 0)));
        MapNode table = table(widgets, IncludeObject.NONE);
        assertThat(Fixtures.plain(firstRow(table).getList("cells").orElseThrow())).containsExactly("settings", "fast");
        ApiResource gadgets = new ApiResource("example.com", "v1", "Gadget", "gadgets", "gadget", true, List.of(),
                List.of(), ApiResource.ALL_VERBS, Set.of(), List.of());
        assertThat(TableConverter.columns(gadgets)).extracting(Column::name).containsExactly("Name", "Age");
    }

    @Test
    void toTable_putsPodRowConditionsBeforeTheObject() {
        MapNode pod = Fixtures.yaml("metadata: {name: done}\nspec: {containers: [{name: a}]}\nstatus: {phase: Failed}\n");
        MapNode row = TableConverter.toTable(builtin("", "pods"), List.of(pod), null, null, IncludeObject.NONE,
                Fixtures.NOW).getList("rows").orElseThrow().items().get(0).asMap().orElseThrow();
        assertThat(row.keys()).containsExactly("cells", "conditions", "object");
        assertThat(row.getList("conditions").orElseThrow().items().get(0).asMap().orElseThrow().getText("reason"))
                .contains("Failed");
    }

    @Test
    void toWatchTable_sendsColumnDefinitionsOnlyWithTheFirstEvent() {
        ApiResource configMaps = builtin("", "configmaps");
        MapNode first = TableConverter.toWatchTable(configMaps, CONFIG_MAP, IncludeObject.METADATA, Fixtures.NOW, "v1",
                true);
        MapNode later = TableConverter.toWatchTable(configMaps, CONFIG_MAP, IncludeObject.METADATA, Fixtures.NOW, "v1",
                false);
        assertThat(first.getList("columnDefinitions").map(ListNode::size)).contains(3);
        assertThat(later.get("columnDefinitions")).contains(Node.nullNode());
        assertThat(later.getMap("metadata").orElseThrow().getText("resourceVersion")).contains("41");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json | v1",
        "application/json;as=Table;v=v1beta1;g=meta.k8s.io, application/json | v1beta1",
        "application/json; as=Table; v=v2; g=meta.k8s.io, application/json;as=Table;v=v1;g=meta.k8s.io | v1",
        "application/json, application/json;as=Table;v=v1;g=meta.k8s.io | ",
        "application/json;as=Table;v=v1;g=example.com | ",
        "application/vnd.kubernetes.protobuf, */* | ",
    })
    void requested_picksTheFirstAcceptableMediaType(String accept, String version) {
        assertThat(TableMediaType.requested(accept).orElse(null)).isEqualTo(version);
    }

    @Test
    void includeObject_parsesTheQueryParameter() {
        assertThat(IncludeObject.parse(null)).isEqualTo(IncludeObject.METADATA);
        assertThat(IncludeObject.parse("Object")).isEqualTo(IncludeObject.OBJECT);
        assertThat(IncludeObject.parse("None")).isEqualTo(IncludeObject.NONE);
        assertThatThrownBy(() -> IncludeObject.parse("all")).isInstanceOf(ApiException.class)
                .hasMessageContaining("unrecognized includeObject value: \"all\"");
    }
}
