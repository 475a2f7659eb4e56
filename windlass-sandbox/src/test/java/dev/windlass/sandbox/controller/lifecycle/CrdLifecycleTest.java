package dev.windlass.sandbox.controller.lifecycle;

import static dev.windlass.sandbox.controller.lifecycle.LifecycleFixture.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionCondition;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CrdLifecycleTest {

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
    void create_servesTheCustomKind() {
        String group = "widgets-a.example.com";
        fx.client.apiextensions().v1().customResourceDefinitions().resource(crd(group)).create();
        String ns = fx.namespace("crd");

        eventually().untilAsserted(() -> assertThat(fx.sandbox.api().registry().find(group, "v1", "widgets")).isPresent());
        widgets(group).inNamespace(ns).resource(widget("w1", ns)).create();

        assertThat(widgets(group).inNamespace(ns).list().getItems())
                .extracting(w -> w.getMetadata().getName()).containsExactly("w1");
        assertThat(widgets(group).inNamespace(ns).withName("w1").get().getAdditionalProperties())
                .containsEntry("spec", Map.of("size", 3));
    }

    @Test
    void create_setsEstablishedStatusAndTheCleanupFinalizer() {
        String group = "widgets-b.example.com";
        fx.client.apiextensions().v1().customResourceDefinitions().resource(crd(group)).create();

        eventually().untilAsserted(() -> assertThat(conditionTypes(get(group))).containsExactly("NamesAccepted", "Established"));
        CustomResourceDefinition stored = get(group);
        assertThat(stored.getStatus().getConditions()).allSatisfy(c -> assertThat(c.getStatus()).isEqualTo("True"));
        assertThat(stored.getStatus().getAcceptedNames().getKind()).isEqualTo("Widget");
        assertThat(stored.getStatus().getAcceptedNames().getListKind()).isEqualTo("WidgetList");
        assertThat(stored.getStatus().getStoredVersions()).containsExactly("v1");
        assertThat(stored.getMetadata().getFinalizers()).containsExactly("customresourcecleanup.apiextensions.k8s.io");
    }

    @Test
    void delete_removesTheCustomObjectsThenStopsServing() {
        String group = "widgets-c.example.com";
        fx.client.apiextensions().v1().customResourceDefinitions().resource(crd(group)).create();
        String ns = fx.namespace("crd-del");
        eventually().untilAsserted(() -> assertThat(fx.sandbox.api().registry().find(group, "v1", "widgets")).isPresent());
        widgets(group).inNamespace(ns).resource(widget("w1", ns)).create();
        widgets(group).inNamespace(ns).resource(widget("w2", ns)).create();

        fx.client.apiextensions().v1().customResourceDefinitions().withName("widgets." + group).delete();

        eventually().untilAsserted(() -> assertThat(get(group)).isNull());
        assertThat(fx.sandbox.api().registry().find(group, "v1", "widgets")).isEmpty();
        assertThat(fx.sandbox.api().store().list(group, "widgets", null)).isEmpty();
    }

    @Test
    void delete_waitsForCustomObjectsWithFinalizers() {
        String group = "widgets-d.example.com";
        fx.client.apiextensions().v1().customResourceDefinitions().resource(crd(group)).create();
        String ns = fx.namespace("crd-held");
        eventually().untilAsserted(() -> assertThat(fx.sandbox.api().registry().find(group, "v1", "widgets")).isPresent());
        GenericKubernetesResource held = widget("held", ns);
        held.getMetadata().setFinalizers(java.util.List.of("test.windlass.dev/hold"));
        widgets(group).inNamespace(ns).resource(held).create();

        fx.client.apiextensions().v1().customResourceDefinitions().withName("widgets." + group).delete();

        eventually().untilAsserted(() -> assertThat(conditionTypes(get(group))).contains("Terminating"));
        assertThat(widgets(group).inNamespace(ns).withName("held").get().getMetadata().getDeletionTimestamp()).isNotNull();

        GenericKubernetesResource current = widgets(group).inNamespace(ns).withName("held").get();
        current.getMetadata().setFinalizers(java.util.List.of());
        widgets(group).inNamespace(ns).resource(current).update();

        eventually().untilAsserted(() -> assertThat(get(group)).isNull());
    }

    private static CustomResourceDefinition get(String group) {
        return fx.client.apiextensions().v1().customResourceDefinitions().withName("widgets." + group).get();
    }

    private static java.util.List<String> conditionTypes(CustomResourceDefinition crd) {
        return crd.getStatus() == null || crd.getStatus().getConditions() == null ? java.util.List.of()
                : crd.getStatus().getConditions().stream().map(CustomResourceDefinitionCondition::getType).toList();
    }

    private static io.fabric8.kubernetes.client.dsl.MixedOperation<GenericKubernetesResource,
            io.fabric8.kubernetes.api.model.GenericKubernetesResourceList,
            io.fabric8.kubernetes.client.dsl.Resource<GenericKubernetesResource>> widgets(String group) {
        return fx.client.genericKubernetesResources(new ResourceDefinitionContext.Builder().withGroup(group)
                .withVersion("v1").withKind("Widget").withPlural("widgets").withNamespaced(true).build());
    }

    private static GenericKubernetesResource widget(String name, String ns) {
        GenericKubernetesResource widget = new GenericKubernetesResourceBuilder().withKind("Widget")
                .withNewMetadata().withName(name).withNamespace(ns).endMetadata().build();
        widget.setAdditionalProperty("spec", Map.of("size", 3));
        return widget;
    }

    static CustomResourceDefinition crd(String group) {
        return new CustomResourceDefinitionBuilder().withNewMetadata().withName("widgets." + group).endMetadata()
                .withNewSpec().withGroup(group).withScope("Namespaced")
                .withNewNames().withKind("Widget").withPlural("widgets").endNames()
                .addNewVersion().withName("v1").withServed(true).withStorage(true)
                .withNewSchema().withNewOpenAPIV3Schema().withType("object")
                .withXKubernetesPreserveUnknownFields(true).endOpenAPIV3Schema().endSchema()
                .endVersion().endSpec().build();
    }
}
