package dev.windlass.sandbox.apply;

import static dev.windlass.sandbox.apply.ManagedFieldsEntry.Operation.APPLY;
import static dev.windlass.sandbox.apply.ManagedFieldsEntry.Operation.UPDATE;
import static dev.windlass.sandbox.apply.SsaFixtures.json;
import static dev.windlass.sandbox.apply.SsaFixtures.node;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.model.codec.JsonWriter;
import dev.windlass.model.tree.MapNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ManagedFieldsTest {

    /** The multi-manager ConfigMap of the Kubernetes docs' server-side apply page, entries in the server's order. */
    private static final String DOCS_MANAGED_FIELDS = "[{\"manager\":\"kubectl\",\"operation\":\"Apply\","
            + "\"apiVersion\":\"v1\",\"time\":\"2019-03-30T15:00:00.000Z\",\"fieldsType\":\"FieldsV1\","
            + "\"fieldsV1\":{\"f:metadata\":{\"f:labels\":{\"f:test-label\":{}}}}},"
            + "{\"manager\":\"kube-controller-manager\",\"operation\":\"Update\",\"apiVersion\":\"v1\","
            + "\"time\":\"2019-03-30T16:00:00.000Z\",\"fieldsType\":\"FieldsV1\",\"fieldsV1\":{\"f:data\":{\"f:key\":{}}}}]";

    @Test
    void parse_andWrite_roundTripTheDocsExample() {
        ManagedFields fields = ManagedFields.parse(node(DOCS_MANAGED_FIELDS));

        assertThat(JsonWriter.write(fields.toNode(), 0)).isEqualTo(DOCS_MANAGED_FIELDS);
        assertThat(fields.find("kube-controller-manager", UPDATE).orElseThrow().fieldsV1()
                .contains(ManagedPath.fields("data", "key"))).isTrue();
    }

    @Test
    void entries_areOrderedApplyFirstThenOldestThenByManager() {
        FieldSet any = FieldSet.of(ManagedPath.fields("a"));
        ManagedFields fields = new ManagedFields(List.of(
                ManagedFieldsEntry.of("z", UPDATE, "v1", "2024-01-01T00:00:01Z", any, ""),
                ManagedFieldsEntry.of("b", UPDATE, "v1", "2024-01-01T00:00:00Z", any, ""),
                ManagedFieldsEntry.of("a", UPDATE, "v1", "2024-01-01T00:00:01Z", any, ""),
                ManagedFieldsEntry.of("y", APPLY, "v1", "2024-01-02T00:00:00Z", any, "")));

        assertThat(fields.entries()).extracting(ManagedFieldsEntry::manager).containsExactly("y", "b", "a", "z");
    }

    @Test
    void entries_withOneIdentityAreMergedKeepingTheLaterTime() {
        ManagedFields fields = new ManagedFields(List.of(
                ManagedFieldsEntry.of("m", APPLY, "v1", "2024-01-01T00:00:00Z", FieldSet.of(ManagedPath.fields("a")), ""),
                ManagedFieldsEntry.of("m", APPLY, "v2", "2024-01-02T00:00:00Z", FieldSet.of(ManagedPath.fields("b")), "")));

        assertThat(fields.entries()).hasSize(1);
        assertThat(fields.entries().get(0).fieldsV1().paths())
                .containsExactly(ManagedPath.fields("a"), ManagedPath.fields("b"));
        assertThat(fields.entries().get(0).time()).isEqualTo("2024-01-02T00:00:00Z");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "m|Apply|v1||{\"manager\":\"m\",\"operation\":\"Apply\"}",
        "m|Update|apps/v1||{\"manager\":\"m\",\"operation\":\"Update\",\"apiVersion\":\"apps/v1\"}",
        "m|Update|v1|status|{\"manager\":\"m\",\"operation\":\"Update\",\"apiVersion\":\"v1\",\"subresource\":\"status\"}"})
    void identity_isTheServersManagerIdentifier(String manager, String operation, String apiVersion, String subresource,
                                                String identity) {
        ManagedFieldsEntry entry = ManagedFieldsEntry.of(manager, ManagedFieldsEntry.Operation.parse(operation),
                apiVersion, null, FieldSet.empty(), subresource);

        assertThat(entry.identity()).isEqualTo(identity);
    }

    @Test
    void writeTo_removesTheListWhenThereAreNoEntries() {
        MapNode object = json("{\"metadata\":{\"name\":\"c\",\"managedFields\":" + DOCS_MANAGED_FIELDS + "}}");

        assertThat(ManagedFields.empty().writeTo(object)).isEqualTo(json("{\"metadata\":{\"name\":\"c\"}}"));
        assertThat(ManagedFields.read(object).entries()).hasSize(2);
    }

    @Test
    void read_startsAfreshWhenTheStoredListIsMalformed() {
        MapNode object = json("{\"metadata\":{\"managedFields\":[{\"manager\":\"m\",\"operation\":\"Delete\"}]}}");

        assertThat(ManagedFields.read(object).isEmpty()).isTrue();
        assertThatThrownBy(() -> ManagedFields.parse(object.getMap("metadata").orElseThrow()
                .get("managedFields").orElseThrow()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("managedFields operation \"Delete\" must be Apply or Update");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"[{}]|true", "[]|false", "[{\"manager\":\"m\"}]|false"})
    void requestsReset_onlyForOneEmptyEntry(String managedFields, boolean reset) {
        MapNode object = json("{\"metadata\":{\"managedFields\":" + managedFields + "}}");

        assertThat(ManagedFields.requestsReset(object)).isEqualTo(reset);
    }
}
