package dev.windlass.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.windlass.engine.cluster.ResourceType;
import dev.windlass.engine.tracking.Tracking;
import dev.windlass.model.GroupVersionKind;
import dev.windlass.model.KubeObject;
import dev.windlass.model.codec.JsonWriter;
import dev.windlass.sandbox.junit.WithSandbox;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@WithSandbox(controllers = false)
class DiscoveryTest {

    private static KubeCluster cluster;

    @BeforeAll
    static void connect(KubernetesClient client) {
        cluster = KubeCluster.connect(client, Tracking.DEFAULT);
    }

    @AfterAll
    static void close() {
        cluster.close();
    }

    @Test
    void resourceType_resolvesBuiltinNamespacedKind() throws Exception {
        GroupVersionKind deployment = new GroupVersionKind("apps", "v1", "Deployment");

        assertThat(cluster.resourceType(deployment)).contains(new ResourceType(deployment, "deployments", true));
    }

    @Test
    void resourceType_resolvesCoreAndClusterScopedKinds() throws Exception {
        GroupVersionKind namespace = new GroupVersionKind("", "v1", "Namespace");
        GroupVersionKind role = new GroupVersionKind("rbac.authorization.k8s.io", "v1", "ClusterRole");
        GroupVersionKind service = new GroupVersionKind("", "v1", "Service");

        assertThat(cluster.resourceType(namespace)).contains(new ResourceType(namespace, "namespaces", false));
        assertThat(cluster.resourceType(role)).contains(new ResourceType(role, "clusterroles", false));
        assertThat(cluster.resourceType(service)).contains(new ResourceType(service, "services", true));
    }

    @Test
    void resourceType_isEmptyForAKindTheServerDoesNotServe() throws Exception {
        assertThat(cluster.resourceType(new GroupVersionKind("apps", "v1", "Deploymnet"))).isEmpty();
        assertThat(cluster.resourceType(new GroupVersionKind("apps", "v9", "Deployment"))).isEmpty();
    }

    @Test
    void resourceType_ofKnownKindsIsAnsweredFromTheCache() throws Exception {
        GroupVersionKind configMap = new GroupVersionKind("", "v1", "ConfigMap");
        cluster.resourceType(configMap);
        long before = cluster.requestCount();

        for (int i = 0; i < 20; i++) {
            cluster.resourceType(configMap);
        }

        assertThat(cluster.requestCount()).isEqualTo(before);
    }

    @Test
    void resourceType_resolvesTheKindOfACrdCreatedAfterConnecting(KubernetesClient client) throws Exception {
        KubeObject crd = Fixtures.crd("discovery.example.com", "Widget", "Namespaced");
        GroupVersionKind widget = new GroupVersionKind("discovery.example.com", "v1", "Widget");
        assertThat(cluster.resourceType(widget)).isEmpty();

        client.resource(JsonWriter.write(crd.content(), 0)).create();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(cluster.resourceType(widget)).contains(new ResourceType(widget, "widgets", true)));
    }

    @Test
    void crdWatch_refreshesDiscoveryWithoutALookUp(KubernetesClient client) throws Exception {
        KubeObject crd = Fixtures.crd("watched.example.com", "Gadget", "Cluster");
        GroupVersionKind gadget = new GroupVersionKind("watched.example.com", "v1", "Gadget");

        client.resource(JsonWriter.write(crd.content(), 0)).create();

        await().atMost(Duration.ofSeconds(10)).until(() -> cluster.discovery().current().find(gadget).isPresent());
        Optional<ResourceType> type = cluster.resourceType(gadget);
        assertThat(type).map(ResourceType::namespaced).contains(false);
    }
}
