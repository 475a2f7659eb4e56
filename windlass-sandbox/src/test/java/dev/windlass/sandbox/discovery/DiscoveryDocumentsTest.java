package dev.windlass.sandbox.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.GroupVersionKind;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.resource.ApiResource;
import dev.windlass.sandbox.resource.ResourceRegistry;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiscoveryDocumentsTest {

    private final ResourceRegistry registry = ResourceRegistry.withBuiltins();

    /** A registry with one core and one apps resource, to compare whole bodies. */
    private static ResourceRegistry small() {
        ResourceRegistry builtins = ResourceRegistry.withBuiltins();
        return ResourceRegistry.of(List.of(builtins.find("", "v1", "configmaps").orElseThrow(),
                builtins.find("apps", "v1", "deployments").orElseThrow()));
    }

    @Test
    void api_listsTheCoreVersionAndServerAddress() {
        assertThat(DiscoveryDocuments.apiVersions("127.0.0.1:6443")).isEqualTo(Json.parse("""
                {"kind": "APIVersions", "versions": ["v1"],
                 "serverAddressByClientCIDRs": [{"clientCIDR": "0.0.0.0/0", "serverAddress": "127.0.0.1:6443"}]}
                """));
    }

    @Test
    void apis_listsNamedGroupsWithPreferredVersion() {
        ResourceRegistry small = small();
        small.applyCrd(Json.widgetsCrd());

        assertThat(DiscoveryDocuments.groupList(small)).isEqualTo(Json.parse("""
                {"kind": "APIGroupList", "apiVersion": "v1", "groups": [
                  {"name": "apps", "versions": [{"groupVersion": "apps/v1", "version": "v1"}],
                   "preferredVersion": {"groupVersion": "apps/v1", "version": "v1"}},
                  {"name": "example.com", "versions": [{"groupVersion": "example.com/v1", "version": "v1"},
                                                       {"groupVersion": "example.com/v1beta1", "version": "v1beta1"}],
                   "preferredVersion": {"groupVersion": "example.com/v1", "version": "v1"}}]}
                """));
    }

    @Test
    void apisGroup_describesOneGroup() {
        assertThat(DiscoveryDocuments.group(registry, "autoscaling")).contains(Json.map("""
                {"kind": "APIGroup", "apiVersion": "v1", "name": "autoscaling",
                 "versions": [{"groupVersion": "autoscaling/v2", "version": "v2"},
                              {"groupVersion": "autoscaling/v1", "version": "v1"}],
                 "preferredVersion": {"groupVersion": "autoscaling/v2", "version": "v2"}}
                """));
        assertThat(DiscoveryDocuments.group(registry, "")).isEmpty();
        assertThat(DiscoveryDocuments.group(registry, "nothing.example.com")).isEmpty();
    }

    @Test
    void apisBatchV1_matchesKubeApiserver() {
        String verbs = "[\"create\", \"delete\", \"deletecollection\", \"get\", \"list\", \"patch\", \"update\", \"watch\"]";
        String sub = "[\"get\", \"patch\", \"update\"]";
        assertThat(DiscoveryDocuments.resourceList(registry, "batch", "v1")).contains(Json.map("""
                {"kind": "APIResourceList", "apiVersion": "v1", "groupVersion": "batch/v1", "resources": [
                  {"name": "cronjobs", "singularName": "cronjob", "namespaced": true, "kind": "CronJob",
                   "verbs": %1$s, "shortNames": ["cj"], "categories": ["all"], "storageVersionHash": "sd5LIXh4Fjs="},
                  {"name": "cronjobs/status", "singularName": "", "namespaced": true, "kind": "CronJob", "verbs": %2$s},
                  {"name": "jobs", "singularName": "job", "namespaced": true, "kind": "Job",
                   "verbs": %1$s, "categories": ["all"], "storageVersionHash": "mudhfqk/qZY="},
                  {"name": "jobs/status", "singularName": "", "namespaced": true, "kind": "Job", "verbs": %2$s}]}
                """.formatted(verbs, sub)));
    }

    @Test
    void apiV1_hasNoApiVersionAndNamesScaleAsAutoscalingV1() {
        MapNode list = DiscoveryDocuments.resourceList(small(), "", "v1").orElseThrow();
        assertThat(list.keys()).containsExactly("kind", "groupVersion", "resources");

        MapNode rcScale = DiscoveryDocuments.resourceList(registry, "", "v1").orElseThrow().getList("resources")
                .orElseThrow().items().stream().map(n -> n.asMap().orElseThrow())
                .filter(e -> e.getText("name").orElseThrow().equals("replicationcontrollers/scale")).findFirst()
                .orElseThrow();
        assertThat(rcScale).isEqualTo(Json.parse("""
                {"name": "replicationcontrollers/scale", "singularName": "", "namespaced": true,
                 "group": "autoscaling", "version": "v1", "kind": "Scale", "verbs": ["get", "patch", "update"]}
                """));
    }

    @Test
    void resourceList_isSortedByNameAndEmptyForUnservedVersions() {
        List<String> names = names(DiscoveryDocuments.resourceList(registry, "apps", "v1").orElseThrow());
        assertThat(names).isSorted().containsExactly("controllerrevisions", "daemonsets", "daemonsets/status",
                "deployments", "deployments/scale", "deployments/status", "replicasets", "replicasets/scale",
                "replicasets/status", "statefulsets", "statefulsets/scale", "statefulsets/status");
        assertThat(DiscoveryDocuments.resourceList(registry, "apps", "v1beta1")).isEmpty();
    }

    @ParameterizedTest(name = "{0}/{1}/{2}")
    @CsvSource({
        "'', v1, configmaps, qFsyl6wFWjQ=",
        "'', v1, namespaces, Q3oi5N2YM8M=",
        "'', v1, pods, xPOwRZ+Yhw8=",
        "apps, v1, deployments, 8aSe+NMegvE=",
        "autoscaling, v1, horizontalpodautoscalers, qwQve8ut294=",
        "events.k8s.io, v1, events, r2yiGXH7wu8=",
        "coordination.k8s.io, v1, leases, gqkMMb/YqFM=",
        "apiextensions.k8s.io, v1, customresourcedefinitions, jfWCUB31mvA=",
        "rbac.authorization.k8s.io, v1, clusterroles, bYE5ZWDrJ44=",
        "storage.k8s.io, v1, storageclasses, K+m6uJwbjGY=",
    })
    void storageVersionHash_equalsKubeApiserversValue(String group, String version, String plural, String hash) {
        ApiResource resource = registry.find(group, version, plural).orElseThrow();
        assertThat(DiscoveryDocuments.storageVersionHash(registry.storageVersion(resource))).isEqualTo(hash);
    }

    @Test
    void crdWithTwoVersions_appearsInLegacyDiscovery() {
        registry.applyCrd(Json.widgetsCrd());

        assertThat(registry.groupNames()).endsWith("example.com");
        assertThat(names(DiscoveryDocuments.resourceList(registry, "example.com", "v1").orElseThrow()))
                .containsExactly("widgets", "widgets/scale", "widgets/status");
        MapNode beta = DiscoveryDocuments.resourceList(registry, "example.com", "v1beta1").orElseThrow();
        MapNode betaWidgets = beta.getList("resources").orElseThrow().items().get(0).asMap().orElseThrow();
        String storageHash = DiscoveryDocuments.storageVersionHash(new GroupVersionKind("example.com", "v1", "Widget"));
        assertThat(betaWidgets).isEqualTo(Json.parse("""
                {"name": "widgets", "singularName": "widget", "namespaced": true, "kind": "Widget",
                 "verbs": ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"],
                 "shortNames": ["wd"], "storageVersionHash": "%s"}
                """.formatted(storageHash)));

        registry.removeCrd("widgets.example.com");
        assertThat(DiscoveryDocuments.resourceList(registry, "example.com", "v1")).isEmpty();
        assertThat(DiscoveryDocuments.group(registry, "example.com")).isEmpty();
    }

    @Test
    void aggregatedCore_listsTheCoreGroupWithoutAName() {
        MapNode body = DiscoveryDocuments.aggregatedCore(small());

        assertThat(body).isEqualTo(Json.parse("""
                {"kind": "APIGroupDiscoveryList", "apiVersion": "apidiscovery.k8s.io/v2", "metadata": {},
                 "items": [{"metadata": {"creationTimestamp": null}, "versions": [{"version": "v1", "freshness": "Current",
                   "resources": [{"resource": "configmaps", "responseKind": {"group": "", "version": "", "kind": "ConfigMap"},
                     "scope": "Namespaced", "singularResource": "configmap", "shortNames": ["cm"],
                     "verbs": ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"]}]}]}]}
                """));
    }

    @Test
    void aggregatedGroups_nestSubresourcesAndListVersionsPreferredFirst() {
        ResourceRegistry small = small();
        small.applyCrd(Json.widgetsCrd());

        MapNode body = DiscoveryDocuments.aggregatedGroups(small, DiscoveryFormat.AGGREGATED_V2BETA1);

        assertThat(body.getText("apiVersion")).contains("apidiscovery.k8s.io/v2beta1");
        List<Node> items = body.getList("items").orElseThrow().items();
        assertThat(items).extracting(i -> i.at(path("metadata", "name")).orElseThrow().asText().orElseThrow())
                .containsExactly("apps", "example.com");
        assertThat(items.get(1).at(path("versions")).orElseThrow().asList().orElseThrow().items())
                .extracting(v -> v.asMap().orElseThrow().getText("version").orElseThrow())
                .containsExactly("v1", "v1beta1");
        Node deployment = items.get(0).at(path("versions")).flatMap(v -> v.asList().orElseThrow().get(0))
                .flatMap(v -> v.asMap().orElseThrow().getList("resources")).flatMap(r -> r.get(0)).orElseThrow();
        assertThat(deployment).isEqualTo(Json.parse("""
                {"resource": "deployments", "responseKind": {"group": "", "version": "", "kind": "Deployment"},
                 "scope": "Namespaced", "singularResource": "deployment",
                 "verbs": ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"],
                 "shortNames": ["deploy"], "categories": ["all"],
                 "subresources": [
                   {"subresource": "scale", "responseKind": {"group": "autoscaling", "version": "v1", "kind": "Scale"},
                    "verbs": ["get", "patch", "update"]},
                   {"subresource": "status", "responseKind": {"group": "", "version": "", "kind": "Deployment"},
                    "verbs": ["get", "patch", "update"]}]}
                """));
    }

    @Test
    void aggregatedGroups_coverEveryBuiltinGroup() {
        MapNode body = DiscoveryDocuments.aggregatedGroups(registry);

        assertThat(body.getList("items").orElseThrow().size()).isEqualTo(registry.groupNames().size() - 1);
        assertThat(Set.copyOf(DiscoveryDocuments.aggregatedCore(registry).at(path("items"))
                .orElseThrow().asList().orElseThrow().items())).hasSize(1);
    }

    private static dev.windlass.model.tree.FieldPath path(String... keys) {
        return dev.windlass.model.tree.FieldPath.of(keys);
    }

    private static List<String> names(MapNode resourceList) {
        return resourceList.getList("resources").orElseThrow().items().stream()
                .map(n -> n.asMap().orElseThrow().getText("name").orElseThrow()).toList();
    }
}
