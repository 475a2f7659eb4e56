package dev.windlass.sandbox.controller.lifecycle;

import static dev.windlass.sandbox.controller.lifecycle.LifecycleFixture.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.model.tree.MapNode;
import dev.windlass.sandbox.resource.ApiResource;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NamespaceLifecycleTest {

    private static LifecycleFixture fx;

    @BeforeAll
    static void start() {
        fx = LifecycleFixture.coreOnly();
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @Test
    void create_defaultsFinalizerPhaseAndNameLabel() {
        Namespace ns = fx.getNamespace(fx.namespace("defaults"));

        assertThat(ns.getSpec().getFinalizers()).containsExactly("kubernetes");
        assertThat(ns.getStatus().getPhase()).isEqualTo("Active");
        assertThat(ns.getMetadata().getLabels()).containsEntry("kubernetes.io/metadata.name", ns.getMetadata().getName());
    }

    @Test
    void update_cannotDropTheFinalizerOrNameLabelOfALiveNamespace() {
        String name = fx.namespace("keep");
        Namespace ns = fx.getNamespace(name);
        ns.getSpec().setFinalizers(List.of());
        ns.getMetadata().setLabels(java.util.Map.of("team", "a"));

        Namespace updated = fx.client.namespaces().resource(ns).update();

        assertThat(updated.getSpec().getFinalizers()).containsExactly("kubernetes");
        assertThat(updated.getMetadata().getLabels()).containsEntry("team", "a")
                .containsEntry("kubernetes.io/metadata.name", name);
    }

    @Test
    void delete_removesTheContentThenTheNamespace() {
        String name = fx.namespace("doomed");
        fx.client.configMaps().inNamespace(name).resource(new ConfigMapBuilder().withNewMetadata().withName("a")
                .endMetadata().build()).create();
        fx.replicaSet(name, "web");

        fx.client.namespaces().withName(name).delete();

        eventually().untilAsserted(() -> assertThat(fx.getNamespace(name)).isNull());
        assertThat(fx.sandbox.api().store().list("", "configmaps", name)).isEmpty();
        assertThat(fx.sandbox.api().store().list("apps", "replicasets", name)).isEmpty();
        assertThat(fx.sandbox.api().store().list("", "serviceaccounts", name)).isEmpty();
    }

    @Test
    void terminatingNamespace_staysWhileContentRemainsAndRefusesNewContent() {
        String name = fx.namespace("slow");
        fx.client.configMaps().inNamespace(name).resource(new ConfigMapBuilder().withNewMetadata().withName("held")
                .addToFinalizers("test.windlass.dev/hold").endMetadata().build()).create();

        fx.client.namespaces().withName(name).delete();

        eventually().untilAsserted(() -> assertThat(fx.client.configMaps().inNamespace(name).withName("held").get()
                .getMetadata().getDeletionTimestamp()).isNotNull());
        Namespace terminating = fx.getNamespace(name);
        assertThat(terminating.getStatus().getPhase()).isEqualTo("Terminating");
        assertThat(terminating.getSpec().getFinalizers()).containsExactly("kubernetes");
        assertThatThrownBy(() -> fx.client.configMaps().inNamespace(name).resource(new ConfigMapBuilder()
                .withNewMetadata().withName("late").endMetadata().build()).create())
                .isInstanceOfSatisfying(KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(403));

        var held = fx.client.configMaps().inNamespace(name).withName("held").get();
        held.getMetadata().setFinalizers(List.of());
        fx.client.configMaps().inNamespace(name).resource(held).update();

        eventually().untilAsserted(() -> assertThat(fx.getNamespace(name)).isNull());
    }

    @Test
    void conditions_reportRemainingResourcesAndFinalizersAsTheRealController() {
        NamespaceConditions.Content content = new NamespaceConditions.Content();
        ApiResource pods = fx.sandbox.api().registry().find("", "v1", "pods").orElseThrow();
        content.add(pods, MapNode.of("metadata", MapNode.of("finalizers", List.of("a.io/x"))));
        content.add(pods, MapNode.of("metadata", MapNode.empty()));

        MapNode status = NamespaceConditions.status(MapNode.of("status", MapNode.of("phase", "Terminating")), content,
                Instant.parse("2026-01-01T00:00:00Z"));

        List<MapNode> conditions = status.getList("conditions").orElseThrow().items().stream()
                .map(n -> n.asMap().orElseThrow()).toList();
        assertThat(conditions).extracting(c -> c.getText("type").orElseThrow()).containsExactly(
                "NamespaceDeletionDiscoveryFailure", "NamespaceDeletionGroupVersionParsingFailure",
                "NamespaceDeletionContentFailure", "NamespaceContentRemaining", "NamespaceFinalizersRemaining");
        assertThat(conditions.get(3).getText("message")).hasValue("Some resources are remaining: pods. has 2 resource instances");
        assertThat(conditions.get(4).getText("message"))
                .hasValue("Some content in the namespace has finalizers remaining: a.io/x in 1 resource instances");
        assertThat(conditions.get(4).getText("status")).hasValue("True");
        assertThat(status.getText("phase")).hasValue("Terminating");
    }

    @Test
    void conditions_keepTheTransitionTimeWhileTheStatusHolds() {
        NamespaceConditions.Content empty = new NamespaceConditions.Content();
        MapNode first = NamespaceConditions.status(MapNode.empty(), empty, Instant.parse("2026-01-01T00:00:00Z"));
        MapNode second = NamespaceConditions.status(MapNode.of("status", first), empty,
                Instant.parse("2026-01-01T00:05:00Z"));

        assertThat(second).isEqualTo(first);
        assertThat(Set.copyOf(first.getList("conditions").orElseThrow().items())).allSatisfy(c ->
                assertThat(c.asMap().orElseThrow().getText("lastTransitionTime")).hasValue("2026-01-01T00:00:00Z"));
    }
}
