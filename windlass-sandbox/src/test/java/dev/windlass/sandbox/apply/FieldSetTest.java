package dev.windlass.sandbox.apply;

import static dev.windlass.sandbox.apply.SsaFixtures.DEPLOYMENT;
import static dev.windlass.sandbox.apply.SsaFixtures.SCHEMA;
import static dev.windlass.sandbox.apply.SsaFixtures.json;
import static dev.windlass.sandbox.apply.SsaFixtures.nginxDeployment;
import static dev.windlass.sandbox.apply.SsaFixtures.node;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.model.patch.MergeSchema;
import dev.windlass.model.tree.Node;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldSetTest {

    private static final ManagedPath REPLICAS = ManagedPath.fields("spec", "replicas");
    private static final ManagedPath WEB = ManagedPath.fields("spec", "template", "spec", "containers")
            .child(PathElement.key("name", "web"));
    private static final ManagedPath WEB_IMAGE = WEB.child(PathElement.field("image"));

    /** What the API server records for the docs' nginx Deployment applied with kubectl --server-side. */
    private static final String NGINX_APPLY = "{\"f:metadata\":{\"f:labels\":{\"f:app\":{}}},\"f:spec\":{"
            + "\"f:replicas\":{},\"f:selector\":{},\"f:template\":{\"f:metadata\":{\"f:labels\":{\"f:app\":{}}},"
            + "\"f:spec\":{\"f:containers\":{\"k:{\\\"name\\\":\\\"nginx\\\"}\":{\".\":{},\"f:image\":{},"
            + "\"f:name\":{}}}}}}}";

    /** A controller's status entry as the API server writes it for a Deployment. */
    private static final String CONTROLLER_STATUS = "{\"f:metadata\":{\"f:annotations\":{\".\":{},"
            + "\"f:deployment.kubernetes.io/revision\":{}}},\"f:status\":{\"f:availableReplicas\":{},"
            + "\"f:conditions\":{\".\":{},\"k:{\\\"type\\\":\\\"Available\\\"}\":{\".\":{},"
            + "\"f:lastTransitionTime\":{},\"f:lastUpdateTime\":{},\"f:message\":{},\"f:reason\":{},"
            + "\"f:status\":{},\"f:type\":{}},\"k:{\\\"type\\\":\\\"Progressing\\\"}\":{\".\":{},"
            + "\"f:lastTransitionTime\":{},\"f:lastUpdateTime\":{},\"f:message\":{},\"f:reason\":{},"
            + "\"f:status\":{},\"f:type\":{}}},\"f:observedGeneration\":{},\"f:readyReplicas\":{},"
            + "\"f:replicas\":{},\"f:updatedReplicas\":{}}}";

    @Test
    void of_recordsTheLeavesOfTheDocsDeploymentAsTheServerDoes() {
        FieldSet set = FieldSet.of(nginxDeployment(3, "nginx:1.14.2"), DEPLOYMENT, SCHEMA)
                .difference(IgnoredFields.STRIPPED);

        assertThat(set.toJson()).isEqualTo(NGINX_APPLY);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"apply entry|" + NGINX_APPLY, "update entry|" + CONTROLLER_STATUS})
    void fieldsV1_roundTripsRealEntriesByteForByte(String name, String fieldsV1) {
        FieldSet set = FieldSet.fromFieldsV1(node(fieldsV1));

        assertThat(set.toJson()).as(name).isEqualTo(fieldsV1);
    }

    @Test
    void fieldsV1_marksAnElementThatIsOwnedAndHasOwnedChildrenWithADotFirst() {
        FieldSet set = FieldSet.of(WEB, WEB_IMAGE);

        assertThat(set.toJson()).isEqualTo(
                "{\"f:spec\":{\"f:template\":{\"f:spec\":{\"f:containers\":{\"k:{\\\"name\\\":\\\"web\\\"}\":"
                        + "{\".\":{},\"f:image\":{}}}}}}}");
    }

    @Test
    void fieldsV1_decodesDotAsMembershipAndEmptyObjectsAsLeaves() {
        FieldSet set = FieldSet.fromFieldsV1(node("{\"f:metadata\":{\"f:labels\":{\".\":{},\"f:app\":{}}}}"));

        assertThat(set.paths()).containsExactly(ManagedPath.fields("metadata", "labels"),
                ManagedPath.fields("metadata", "labels", "app"));
    }

    @Test
    void fieldsV1_ordersFieldsBeforeKeysBeforeValuesBeforeIndexes() {
        ManagedPath list = ManagedPath.fields("x");
        FieldSet set = FieldSet.of(list.child(PathElement.index(1)), list.child(PathElement.value(Node.of("b"))),
                list.child(PathElement.key("name", "a")), list.child(PathElement.field("z")),
                list.child(PathElement.index(0)), list.child(PathElement.value(Node.of(2L))));

        assertThat(set.toJson()).isEqualTo(
                "{\"f:x\":{\"f:z\":{},\"k:{\\\"name\\\":\\\"a\\\"}\":{},\"v:2\":{},\"v:\\\"b\\\"\":{},\"i:0\":{},\"i:1\":{}}}");
    }

    @Test
    void keyElement_sortsKeyFieldsByNameWhateverTheSchemaOrder() {
        PathElement key = PathElement.key("protocol", "TCP", "containerPort", 80L);

        assertThat(key.serialize()).isEqualTo("k:{\"containerPort\":80,\"protocol\":\"TCP\"}");
        assertThat(key).hasToString("[containerPort=80,protocol=\"TCP\"]");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "f:replicas|.replicas",
        "k:{\"name\":\"web\"}|[name=\"web\"]",
        "v:\"example.com/finalizer\"|[=\"example.com/finalizer\"]",
        "v:3|[=3]",
        "i:2|[2]"})
    void pathElement_parsesAndPrintsLikeTheServer(String serialized, String printed) {
        PathElement element = PathElement.parse(serialized);

        assertThat(element.serialize()).isEqualTo(serialized);
        assertThat(element).hasToString(printed);
    }

    @Test
    void pathElement_rejectsAMalformedKeyNamingIt() {
        assertThatThrownBy(() -> PathElement.parse("k:[1]"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"k:[1]\"").hasMessageContaining("JSON object");
    }

    @Test
    void fieldsV1_rejectsANonObjectEntry() {
        assertThatThrownBy(() -> FieldSet.fromFieldsV1(node("{\"f:spec\":[]}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"f:spec\"");
    }

    @Test
    void managedPath_printsTheConflictFormOfAPath() {
        assertThat(WEB_IMAGE).hasToString(".spec.template.spec.containers[name=\"web\"].image");
    }

    @Test
    void setOperations_workPathByPath() {
        FieldSet a = FieldSet.of(REPLICAS, WEB, WEB_IMAGE);
        FieldSet b = FieldSet.of(WEB_IMAGE, ManagedPath.fields("spec", "paused"));

        assertThat(a.union(b).paths()).containsExactlyInAnyOrder(REPLICAS, WEB, WEB_IMAGE,
                ManagedPath.fields("spec", "paused"));
        assertThat(a.intersection(b).paths()).containsExactly(WEB_IMAGE);
        assertThat(a.difference(b).paths()).containsExactly(REPLICAS, WEB);
        assertThat(a.difference(a).isEmpty()).isTrue();
        assertThat(a.contains(WEB_IMAGE)).isTrue();
        assertThat(a.contains(ManagedPath.fields("spec"))).isFalse();
    }

    @Test
    void withoutPrefixes_dropsEverythingBelowAPrefix() {
        FieldSet set = FieldSet.of(REPLICAS, ManagedPath.fields("status", "replicas"), ManagedPath.fields("status"));

        assertThat(set.withoutPrefixes(FieldSet.of(ManagedPath.fields("status"))).paths()).containsExactly(REPLICAS);
        assertThat(set.difference(FieldSet.of(ManagedPath.fields("status"))).paths())
                .containsExactly(REPLICAS, ManagedPath.fields("status", "replicas"));
    }

    @Test
    void of_treatsListsWithoutSchemaAsAtomicLeaves() {
        FieldSet set = FieldSet.of(json("{\"spec\":{\"args\":[\"a\",\"b\"],\"empty\":{},\"gone\":null}}"),
                DEPLOYMENT, MergeSchema.NONE);

        assertThat(set.toJson()).isEqualTo("{\"f:spec\":{\"f:args\":{},\"f:empty\":{},\"f:gone\":{}}}");
    }

    @Test
    void of_namesSetItemsByValueAndDefaultsThePortProtocolKey() {
        FieldSet set = FieldSet.of(json("""
                {"metadata":{"finalizers":["a.io/x"]},
                 "spec":{"template":{"spec":{"containers":[{"name":"web","ports":[{"containerPort":80}]}]}}}}
                """), DEPLOYMENT, SCHEMA);

        assertThat(set.paths()).contains(
                ManagedPath.fields("metadata", "finalizers").child(PathElement.value(Node.of("a.io/x"))),
                WEB.child(PathElement.field("ports")).child(PathElement.key("containerPort", 80L, "protocol", "TCP"))
                        .child(PathElement.field("containerPort")));
    }

    @Test
    void of_refusesAMapListItemWithoutItsKey() {
        assertThatThrownBy(() -> FieldSet.of(json(
                "{\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"image\":\"x\"}]}}}}"), DEPLOYMENT, SCHEMA))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(".spec.template.spec.containers: element 0: associative list with keys has an element"
                        + " that omits all key fields [\"name\"] (and doesn't have default values for any key fields)");
    }

    @Test
    void paths_listMembersOfALevelBeforeItsChildren() {
        FieldSet set = FieldSet.of(WEB_IMAGE, REPLICAS, ManagedPath.fields("spec", "template", "x"));

        assertThat(set.paths()).isEqualTo(List.of(REPLICAS, ManagedPath.fields("spec", "template", "x"), WEB_IMAGE));
    }
}
