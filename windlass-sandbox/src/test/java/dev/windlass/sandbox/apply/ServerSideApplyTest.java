package dev.windlass.sandbox.apply;

import static dev.windlass.sandbox.apply.ManagedFieldsEntry.Operation.APPLY;
import static dev.windlass.sandbox.apply.ManagedFieldsEntry.Operation.UPDATE;
import static dev.windlass.sandbox.apply.SsaFixtures.APPS_V1;
import static dev.windlass.sandbox.apply.SsaFixtures.DEPLOYMENT;
import static dev.windlass.sandbox.apply.SsaFixtures.SCHEMA;
import static dev.windlass.sandbox.apply.SsaFixtures.T1;
import static dev.windlass.sandbox.apply.SsaFixtures.T2;
import static dev.windlass.sandbox.apply.SsaFixtures.T3;
import static dev.windlass.sandbox.apply.SsaFixtures.apply;
import static dev.windlass.sandbox.apply.SsaFixtures.applied;
import static dev.windlass.sandbox.apply.SsaFixtures.entry;
import static dev.windlass.sandbox.apply.SsaFixtures.fieldsOf;
import static dev.windlass.sandbox.apply.SsaFixtures.json;
import static dev.windlass.sandbox.apply.SsaFixtures.nginxDeployment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServerSideApplyTest {

    private static MapNode edited(MapNode live, MapNode changed, String manager, String now) {
        return UpdateTracker.trackInto(UpdateRequest.of(live, changed, manager, APPS_V1, now, DEPLOYMENT, SCHEMA));
    }

    private static MapNode set(MapNode object, Node value, String... path) {
        if (path.length == 1) {
            return object.with(path[0], value);
        }
        String[] rest = Arrays.copyOfRange(path, 1, path.length);
        return object.with(path[0], set(object.getMap(path[0]).orElse(MapNode.empty()), value, rest));
    }

    private static MapNode withImage(MapNode object, String image) {
        MapNode spec = object.at(FieldPath.of("spec", "template", "spec")).flatMap(Node::asMap).orElseThrow();
        MapNode container = spec.getList("containers").orElseThrow().items().get(0).asMap().orElseThrow();
        return set(object, ListNode.of(container.with("image", Node.of(image))),
                "spec", "template", "spec", "containers");
    }

    @Test
    void apply_createsTheObjectAndOwnsEveryAppliedField() {
        MapNode created = applied(ServerSideApply.apply(apply(null, nginxDeployment(3, "nginx:1.14.2"), "kubectl", T1)));

        assertThat(ManagedFields.strip(created)).isEqualTo(nginxDeployment(3, "nginx:1.14.2"));
        ManagedFieldsEntry entry = entry(created, "kubectl", APPLY);
        assertThat(entry.apiVersion()).isEqualTo(APPS_V1);
        assertThat(entry.time()).isEqualTo(T1);
        assertThat(entry.fieldsV1()).isEqualTo(FieldSet.of(nginxDeployment(3, "x"), DEPLOYMENT, SCHEMA)
                .difference(IgnoredFields.STRIPPED));
        assertThat(entry.toNode().keys()).containsExactly("manager", "operation", "apiVersion", "time", "fieldsType",
                "fieldsV1");
    }

    @Test
    void apply_removesAFieldTheManagerNoLongerApplies() {
        MapNode live = applied(ServerSideApply.apply(apply(null, nginxDeployment(3, "nginx:1.14.2"), "kubectl", T1)));
        MapNode withoutReplicas = nginxDeployment(3, "nginx:1.14.2");
        withoutReplicas = withoutReplicas.with("spec", withoutReplicas.getMap("spec").orElseThrow().without("replicas"));

        MapNode after = applied(ServerSideApply.apply(apply(live, withoutReplicas, "kubectl", T2)));

        assertThat(after.at(FieldPath.of("spec", "replicas"))).isEmpty();
        assertThat(entry(after, "kubectl", APPLY).fieldsV1().contains(ManagedPath.fields("spec", "replicas"))).isFalse();
        assertThat(entry(after, "kubectl", APPLY).time()).isEqualTo(T2);
    }

    @Test
    void apply_removesAListItemTheManagerNoLongerApplies() {
        MapNode two = json("""
                {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"d"},"spec":{"template":{"spec":
                 {"containers":[{"name":"web","image":"w"},{"name":"side","image":"s"}]}}}}""");
        MapNode one = json("""
                {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"d"},"spec":{"template":{"spec":
                 {"containers":[{"name":"web","image":"w"}]}}}}""");
        MapNode live = applied(ServerSideApply.apply(apply(null, two, "kubectl", T1)));

        MapNode after = applied(ServerSideApply.apply(apply(live, one, "kubectl", T2)));

        assertThat(ManagedFields.strip(after)).isEqualTo(one);
    }

    @Test
    void apply_keepsAFieldAnotherApplierStillOwns() {
        MapNode live = applied(ServerSideApply.apply(apply(null, nginxDeployment(3, "nginx:1.14.2"), "kubectl", T1)));
        MapNode replicasOnly = json("""
                {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"nginx-deployment"},"spec":{"replicas":3}}""");
        live = applied(ServerSideApply.apply(apply(live, replicasOnly, "handover-to-hpa", T2)));
        MapNode withoutReplicas = nginxDeployment(3, "nginx:1.14.2");
        withoutReplicas = withoutReplicas.with("spec", withoutReplicas.getMap("spec").orElseThrow().without("replicas"));

        MapNode after = applied(ServerSideApply.apply(apply(live, withoutReplicas, "kubectl", T3)));

        assertThat(after.at(FieldPath.of("spec", "replicas"))).contains(Node.of(3L));
        assertThat(fieldsOf(after, "handover-to-hpa", APPLY)).isEqualTo("{\"f:spec\":{\"f:replicas\":{}}}");
    }

    @Test
    void apply_keepsAFieldAnUpdaterOwns() {
        MapNode live = applied(ServerSideApply.apply(apply(null, json("""
                {"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c","labels":{"a":"1"}}}"""), "kubectl", T1)));
        live = edited(live, set(live, Node.of("2"), "metadata", "labels", "a"), "kubectl-edit", T2);

        MapNode after = applied(ServerSideApply.apply(apply(live, json("""
                {"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c"}}"""), "kubectl", T3)));

        assertThat(after.at(FieldPath.of("metadata", "labels", "a"))).contains(Node.of("2"));
        assertThat(ManagedFields.read(after).find("kubectl", APPLY)).isEmpty();
    }

    @Test
    void apply_sharesOwnershipWhenTwoAppliersSetTheSameValue() {
        MapNode live = applied(ServerSideApply.apply(apply(null, nginxDeployment(3, "nginx:1.14.2"), "kubectl", T1)));

        MapNode after = applied(ServerSideApply.apply(apply(live, json("""
                {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"nginx-deployment"},"spec":{"replicas":3}}"""),
                "other", T2)));

        ManagedPath replicas = ManagedPath.fields("spec", "replicas");
        assertThat(entry(after, "kubectl", APPLY).fieldsV1().contains(replicas)).isTrue();
        assertThat(entry(after, "other", APPLY).fieldsV1().contains(replicas)).isTrue();
    }

    @Test
    void apply_conflictsWhenAnotherManagerOwnsAFieldWithADifferentValue() {
        MapNode live = applied(ServerSideApply.apply(apply(null, nginxDeployment(3, "nginx:1.14.2"), "kubectl", T1)));
        live = edited(live, withImage(set(live, Node.of(5L), "spec", "replicas"), "nginx:1.16"), "kubectl-edit", T2);

        ApplyResult result = ServerSideApply.apply(apply(live, nginxDeployment(3, "nginx:1.14.2"), "kubectl", T3));

        assertThat(result).isInstanceOf(ApplyResult.Conflicted.class);
        ApplyResult.Conflicted conflicted = (ApplyResult.Conflicted) result;
        assertThat(conflicted.message()).isEqualTo("""
                Apply failed with 2 conflicts: conflicts with "kubectl-edit" using apps/v1:
                - .spec.replicas
                - .spec.template.spec.containers[name="nginx"].image""");
        assertThat(conflicted.conflicts()).extracting(ApplyConflict::field, ApplyConflict::message).containsExactly(
                tuple(".spec.replicas", "conflict with \"kubectl-edit\" using apps/v1"),
                tuple(".spec.template.spec.containers[name=\"nginx\"].image",
                        "conflict with \"kubectl-edit\" using apps/v1"));
    }

    @Test
    void apply_groupsConflictsByManagerInIdentityOrder() {
        MapNode created = applied(ServerSideApply.apply(apply(null, nginxDeployment(3, "nginx:1.14.2"), "kubectl", T1)));
        MapNode live = applied(ServerSideApply.apply(apply(created, json("""
                {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"nginx-deployment"},"spec":{"replicas":3}}"""),
                "hpa", T2)));

        assertThatThrownBy(() -> ServerSideApply.apply(apply(live, json("""
                {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"nginx-deployment"},"spec":{"replicas":9}}"""),
                "other", T3)).orThrow())
                .isInstanceOf(ApplyConflictException.class)
                .hasMessage("Apply failed with 2 conflicts: conflicts with \"hpa\":\n- .spec.replicas\n"
                        + "conflicts with \"kubectl\":\n- .spec.replicas");
    }

    @Test
    void apply_namesASingleConflictOnOneLine() {
        MapNode live = applied(ServerSideApply.apply(apply(null, json("""
                {"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c"},"data":{"k":"a"}}"""), "one", T1)));

        ApplyResult result = ServerSideApply.apply(apply(live, json("""
                {"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c"},"data":{"k":"b"}}"""), "two", T2));

        assertThat(result).isEqualTo(new ApplyResult.Conflicted(List.of(new ApplyConflict("one", "\"one\"",
                "{\"manager\":\"one\",\"operation\":\"Apply\"}", ManagedPath.fields("data", "k")))));
        assertThat(((ApplyResult.Conflicted) result).message())
                .isEqualTo("Apply failed with 1 conflict: conflict with \"one\": .data.k");
    }

    @Test
    void apply_withForceTakesTheFieldsFromTheirOwners() {
        MapNode live = applied(ServerSideApply.apply(apply(null, nginxDeployment(3, "nginx:1.14.2"), "kubectl", T1)));
        live = edited(live, set(live, Node.of(5L), "spec", "replicas"), "kubectl-edit", T2);

        MapNode after = applied(ServerSideApply.apply(apply(live, nginxDeployment(3, "nginx:1.14.2"), "kubectl", T3)
                .withForce(true)));

        assertThat(after.at(FieldPath.of("spec", "replicas"))).contains(Node.of(3L));
        assertThat(ManagedFields.read(after).find("kubectl-edit", UPDATE)).isEmpty();
        assertThat(entry(after, "kubectl", APPLY).fieldsV1().contains(ManagedPath.fields("spec", "replicas"))).isTrue();
    }

    @Test
    void apply_mergesMapListItemsByKeyKeepingOtherManagersItems() {
        MapNode live = applied(ServerSideApply.apply(apply(null, json("""
                {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"d"},"spec":{"template":{"spec":
                 {"containers":[{"name":"web","image":"w:1","ports":[{"containerPort":80}]}]}}}}"""), "a", T1)));

        MapNode after = applied(ServerSideApply.apply(apply(live, json("""
                {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"d"},"spec":{"template":{"spec":
                 {"containers":[{"name":"side","image":"s:1"},{"name":"web","env":[{"name":"X","value":"1"}]}]}}}}"""),
                "b", T2)));

        assertThat(ManagedFields.strip(after).at(FieldPath.of("spec", "template", "spec", "containers")))
                .contains(SsaFixtures.node("""
                        [{"name":"side","image":"s:1"},
                         {"name":"web","image":"w:1","ports":[{"containerPort":80}],"env":[{"name":"X","value":"1"}]}]"""));
        assertThat(fieldsOf(after, "b", APPLY)).isEqualTo("{\"f:spec\":{\"f:template\":{\"f:spec\":{\"f:containers\":{"
                + "\"k:{\\\"name\\\":\\\"side\\\"}\":{\".\":{},\"f:image\":{},\"f:name\":{}},"
                + "\"k:{\\\"name\\\":\\\"web\\\"}\":{\".\":{},\"f:env\":{\"k:{\\\"name\\\":\\\"X\\\"}\":{\".\":{},"
                + "\"f:name\":{},\"f:value\":{}}},\"f:name\":{}}}}}}}");
    }

    @Test
    void apply_unionsSetsAndRemovesOnlyItsOwnItems() {
        MapNode live = applied(ServerSideApply.apply(apply(null, json("""
                {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"d","finalizers":["a.io/one"]}}"""),
                "a", T1)));
        live = applied(ServerSideApply.apply(apply(live, json("""
                {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"d","finalizers":["b.io/two"]}}"""),
                "b", T2)));
        assertThat(live.at(FieldPath.of("metadata", "finalizers")))
                .contains(SsaFixtures.node("[\"a.io/one\",\"b.io/two\"]"));

        MapNode after = applied(ServerSideApply.apply(apply(live, json("""
                {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"d"}}"""), "a", T3)));

        assertThat(after.at(FieldPath.of("metadata", "finalizers"))).contains(SsaFixtures.node("[\"b.io/two\"]"));
        assertThat(fieldsOf(after, "b", APPLY))
                .isEqualTo("{\"f:metadata\":{\"f:finalizers\":{\"v:\\\"b.io/two\\\"\":{}}}}");
    }

    @Test
    void apply_replacesAtomicListsWhole() {
        MapNode live = applied(ServerSideApply.apply(apply(null, json("""
                {"apiVersion":"v1","kind":"X","spec":{"args":["a","b"]}}"""), "a", T1)));

        MapNode after = applied(ServerSideApply.apply(apply(live, json("""
                {"apiVersion":"v1","kind":"X","spec":{"args":["c"]}}"""), "a", T2)));

        assertThat(after.at(FieldPath.of("spec", "args"))).contains(SsaFixtures.node("[\"c\"]"));
    }

    @Test
    void apply_ofTheSameConfigIsANoOpThatKeepsTheObjectAndItsTimes() {
        MapNode live = applied(ServerSideApply.apply(apply(null, nginxDeployment(3, "nginx:1.14.2"), "kubectl", T1)));

        ApplyResult again = ServerSideApply.apply(apply(live, nginxDeployment(3, "nginx:1.14.2"), "kubectl", T2));

        assertThat(again).isEqualTo(new ApplyResult.Applied(live, false));
    }

    @Test
    void apply_ignoresServerPopulatedMetadataInTheFieldSet() {
        MapNode config = json("""
                {"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c","namespace":"ns","uid":"u",
                 "resourceVersion":"5","generation":2,"creationTimestamp":"2024-01-01T00:00:00Z","labels":{"a":"1"}}}""");

        MapNode created = applied(ServerSideApply.apply(apply(null, config, "m", T1)));

        assertThat(fieldsOf(created, "m", APPLY)).isEqualTo("{\"f:metadata\":{\"f:labels\":{\"f:a\":{}}}}");
    }

    @Test
    void apply_toTheMainResourceIgnoresStatusWhenTheKindHasAStatusSubresource() {
        MapNode live = json("""
                {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"d"},"status":{"replicas":1}}""");
        MapNode config = json("""
                {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"d"},"spec":{"replicas":2},
                 "status":{"replicas":7}}""");

        MapNode after = applied(ServerSideApply.apply(apply(live, config, "m", T1).withStatusSubresource("", true)));

        assertThat(after.at(FieldPath.of("status", "replicas"))).contains(Node.of(1L));
        assertThat(fieldsOf(after, "m", APPLY)).isEqualTo("{\"f:spec\":{\"f:replicas\":{}}}");
    }

    @Test
    void apply_toAnObjectWithoutManagedFieldsGivesItsFieldsToBeforeFirstApply() {
        MapNode live = json("""
                {"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c"},"data":{"k":"old"}}""");

        ApplyResult result = ServerSideApply.apply(apply(live, json("""
                {"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c"},"data":{"k":"new"}}"""), "m", T1));

        assertThat(((ApplyResult.Conflicted) result).message())
                .isEqualTo("Apply failed with 1 conflict: conflict with \"before-first-apply\" using apps/v1: .data.k");
    }

    @Test
    void apply_rejectsManagedFieldsInTheBody() {
        MapNode config = json("""
                {"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c","managedFields":[{"manager":"x"}]}}""");

        assertThat(ServerSideApply.apply(apply(null, config, "m", T1)))
                .isEqualTo(new ApplyResult.Rejected("metadata.managedFields must be nil"));
    }

    @Test
    void apply_rejectsDuplicateMapListKeys() {
        MapNode config = json("""
                {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"d"},"spec":{"template":{"spec":
                 {"containers":[{"name":"web"},{"name":"web"}]}}}}""");

        assertThat(ServerSideApply.apply(apply(null, config, "m", T1))).isEqualTo(new ApplyResult.Rejected(
                "failed to create typed patch object (apps/v1, Kind=Deployment): .spec.template.spec.containers:"
                        + " duplicate entries for key [name=\"web\"]"));
    }

    @Test
    void apply_droppingEveryFieldRemovesTheAppliersEntry() {
        MapNode live = applied(ServerSideApply.apply(apply(null, json("""
                {"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c"},"data":{"k":"v"}}"""), "m", T1)));

        MapNode after = applied(ServerSideApply.apply(apply(live, json("""
                {"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c"}}"""), "m", T2)));

        assertThat(after.containsKey("data")).isFalse();
        assertThat(after.at(FieldPath.of("metadata", "managedFields"))).isEmpty();
    }

    @Test
    void apply_removesAMapItLastSetWhenNothingBelowItIsOwned() {
        MapNode live = applied(ServerSideApply.apply(apply(null, json("""
                {"apiVersion":"v1","kind":"X","metadata":{"name":"c"},"spec":{"strategy":{"type":"A"},"keep":1}}"""),
                "m", T1)));

        MapNode after = applied(ServerSideApply.apply(apply(live, json("""
                {"apiVersion":"v1","kind":"X","metadata":{"name":"c"},"spec":{"keep":1}}"""), "m", T2)));

        assertThat(ManagedFields.strip(after)).isEqualTo(json("""
                {"apiVersion":"v1","kind":"X","metadata":{"name":"c"},"spec":{"keep":1}}"""));
    }
}
