package dev.windlass.kube;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.engine.cluster.ResourceType;
import dev.windlass.model.GroupVersionKind;
import dev.windlass.model.tree.MapNode;
import dev.windlass.sandbox.junit.WithSandbox;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Parsing of both discovery forms, and the preferred-version choice. */
@WithSandbox(controllers = false)
class DiscoveryDocumentsTest {

    @Test
    void legacyDiscovery_findsTheSameKindsAsAggregated(KubernetesClient client) throws Exception {
        ApiClient api = new ApiClient(client.getHttpClient(), client.getConfiguration());

        DiscoveryCatalog aggregated = new DiscoveryCatalog(new DiscoveryReader(api, true).read());
        DiscoveryCatalog legacy = new DiscoveryCatalog(new DiscoveryReader(api, false).read());

        assertThat(aggregated.size()).isGreaterThan(30);
        assertThat(legacy).isEqualTo(aggregated);
        assertThat(legacy.preferred()).isEqualTo(aggregated.preferred());
    }

    @Test
    void resourceList_skipsSubresourcesAndReadsScopeAndVerbs() {
        MapNode list = Fixtures.yaml("""
                kind: APIResourceList
                groupVersion: apps/v1
                resources:
                - {name: deployments, namespaced: true, kind: Deployment, verbs: [get, list, watch, patch]}
                - {name: deployments/status, namespaced: true, kind: Deployment, verbs: [get, patch]}
                - {name: deployments/scale, namespaced: true, group: autoscaling, version: v1, kind: Scale, verbs: [get]}
                """).content();
        List<ServedKind> out = new ArrayList<>();

        DiscoveryReader.resourceList("apps", "v1", list, out);

        GroupVersionKind deployment = new GroupVersionKind("apps", "v1", "Deployment");
        assertThat(out).containsExactly(new ServedKind(new ResourceType(deployment, "deployments", true),
                Set.of("get", "list", "watch", "patch")));
        assertThat(out.get(0).watchable()).isTrue();
    }

    @Test
    void aggregated_readsGroupsVersionsAndScope() {
        MapNode list = Fixtures.yaml("""
                kind: APIGroupDiscoveryList
                apiVersion: apidiscovery.k8s.io/v2
                items:
                - metadata: {name: autoscaling}
                  versions:
                  - version: v2
                    resources:
                    - {resource: horizontalpodautoscalers, scope: Namespaced,
                       responseKind: {group: "", version: "", kind: HorizontalPodAutoscaler}, verbs: [list, watch]}
                  - version: v1
                    resources:
                    - {resource: horizontalpodautoscalers, scope: Namespaced,
                       responseKind: {group: "", version: "", kind: HorizontalPodAutoscaler}, verbs: [list, watch]}
                - metadata: {name: rbac.authorization.k8s.io}
                  versions:
                  - version: v1
                    resources:
                    - {resource: clusterroles, scope: Cluster, responseKind: {kind: ClusterRole}, verbs: [create]}
                """).content();
        List<ServedKind> out = new ArrayList<>();

        DiscoveryReader.aggregated(list, out);
        DiscoveryCatalog catalog = new DiscoveryCatalog(out);

        assertThat(catalog.size()).isEqualTo(3);
        assertThat(catalog.preferred()).extracting(k -> k.type().gvk().apiVersion() + " " + k.type().gvk().kind())
                .containsExactly("autoscaling/v2 HorizontalPodAutoscaler", "rbac.authorization.k8s.io/v1 ClusterRole");
        ServedKind role = catalog.find(new GroupVersionKind("rbac.authorization.k8s.io", "v1", "ClusterRole")).orElseThrow();
        assertThat(role.type().namespaced()).isFalse();
        assertThat(role.watchable()).isFalse();
    }
}
