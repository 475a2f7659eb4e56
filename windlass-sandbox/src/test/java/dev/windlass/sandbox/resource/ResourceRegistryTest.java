package dev.windlass.sandbox.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.model.GroupVersionKind;
import dev.windlass.sandbox.api.ApiException;
import dev.windlass.sandbox.resource.ApiResource.PrinterColumn;
import dev.windlass.sandbox.resource.ApiResource.Subresource;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResourceRegistryTest {

    private final ResourceRegistry registry = ResourceRegistry.withBuiltins();

    @Test
    void find_looksUpByGroupVersionPlural() {
        assertThat(registry.find("apps", "v1", "deployments")).get()
                .extracting(ApiResource::kind).isEqualTo("Deployment");
        assertThat(registry.find("", "v1", "pods")).get().extracting(ApiResource::namespaced).isEqualTo(true);
        assertThat(registry.find("apps", "v1beta1", "deployments")).isEmpty();
        assertThat(registry.find("", "v1", "componentstatuses")).isEmpty();
    }

    @Test
    void findByKind_distinguishesGroupsServingTheSameKind() {
        assertThat(registry.findByKind(new GroupVersionKind("", "v1", "Event"))).get()
                .extracting(ApiResource::group).isEqualTo("");
        assertThat(registry.findByKind(new GroupVersionKind("events.k8s.io", "v1", "Event"))).get()
                .extracting(ApiResource::group).isEqualTo("events.k8s.io");
        assertThat(registry.findByKind(new GroupVersionKind("apps", "v1", "Scale"))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "deploy, apps/v1, deployments",
        "Deployment, apps/v1, deployments",
        "deployment, apps/v1, deployments",
        "deployments.apps, apps/v1, deployments",
        "deploy.apps, apps/v1, deployments",
        "po, v1, pods",
        "svc, v1, services",
        "hpa, autoscaling/v2, horizontalpodautoscalers",
        "crd, apiextensions.k8s.io/v1, customresourcedefinitions",
        "crds, apiextensions.k8s.io/v1, customresourcedefinitions",
        "netpol, networking.k8s.io/v1, networkpolicies",
        "quota, v1, resourcequotas",
        "cj, batch/v1, cronjobs",
    })
    void resolve_findsByShortNameSingularKindAndQualifiedName(String name, String groupVersion, String plural) {
        assertThat(registry.resolve(name)).singleElement()
                .satisfies(r -> assertThat(r.groupVersion() + " " + r.plural()).isEqualTo(groupVersion + " " + plural));
    }

    @Test
    void resolve_listsEveryGroupThatServesAName_coreFirst() {
        assertThat(registry.resolve("ev")).extracting(ApiResource::groupVersion).containsExactly("v1", "events.k8s.io/v1");
        assertThat(registry.resolve("nope")).isEmpty();
    }

    @Test
    void versionsOf_listsServedVersionsPreferredFirst() {
        assertThat(registry.versionsOf("autoscaling", "horizontalpodautoscalers"))
                .extracting(ApiResource::version).containsExactly("v2", "v1");
        assertThat(registry.versionsOf("apps", "nothing")).isEmpty();
    }

    @Test
    void groupNames_followKubeApiserverOrder_coreFirst() {
        assertThat(registry.groupNames()).containsExactly("", "apps", "events.k8s.io", "autoscaling", "batch",
                "networking.k8s.io", "policy", "rbac.authorization.k8s.io", "storage.k8s.io",
                "admissionregistration.k8s.io", "apiextensions.k8s.io", "coordination.k8s.io");
        assertThat(registry.versions("autoscaling")).containsExactly("v2", "v1");
        assertThat(registry.versions("")).containsExactly("v1");
    }

    @Test
    void applyCrd_servesEveryServedVersionWithSubresourcesAndColumns() {
        registry.applyCrd(Crds.widgets());

        assertThat(registry.versions("example.com")).containsExactly("v1", "v1beta1");
        assertThat(registry.groupNames()).endsWith("example.com");
        ApiResource v1 = registry.find("example.com", "v1", "widgets").orElseThrow();
        assertThat(v1.kind()).isEqualTo("Widget");
        assertThat(v1.singular()).isEqualTo("widget");
        assertThat(v1.namespaced()).isTrue();
        assertThat(v1.shortNames()).containsExactly("wd");
        assertThat(v1.categories()).containsExactly("all");
        assertThat(v1.verbs()).isEqualTo(ApiResource.ALL_VERBS);
        assertThat(v1.subresources()).containsExactlyInAnyOrder(Subresource.STATUS, Subresource.SCALE);
        assertThat(v1.printerColumns()).containsExactly(
                new PrinterColumn("Size", "integer", ".spec.size", "widget size", 0),
                new PrinterColumn("Age", "date", ".metadata.creationTimestamp", "", 1));
        ApiResource beta = registry.find("example.com", "v1beta1", "widgets").orElseThrow();
        assertThat(beta.subresources()).isEmpty();
        assertThat(registry.listKind(v1)).isEqualTo("WidgetList");
        assertThat(registry.storageVersion(beta)).isEqualTo(new GroupVersionKind("example.com", "v1", "Widget"));
        assertThat(registry.customResource("example.com", "widgets")).get()
                .satisfies(crd -> assertThat(crd.version("v1").orElseThrow().scale().labelSelectorPath())
                        .isEqualTo(".status.selector"));
        assertThat(registry.resolve("wd")).extracting(ApiResource::version).containsExactly("v1");
    }

    @Test
    void applyCrd_usesExplicitSingularAndListKindAndScope() {
        registry.applyCrd(Crds.gadgets());

        ApiResource gadget = registry.findByKind(new GroupVersionKind("example.org", "v1alpha1", "Gadget")).orElseThrow();
        assertThat(gadget.singular()).isEqualTo("gizmo");
        assertThat(gadget.namespaced()).isFalse();
        assertThat(registry.listKind(gadget)).isEqualTo("GadgetCollection");
    }

    @Test
    void applyCrd_leavesUnservedVersionsOut() {
        String json = Crds.WIDGETS.replace("\"name\": \"v1beta1\", \"served\": true", "\"name\": \"v1beta1\", \"served\": false");
        registry.applyCrd(Crds.parse(json));

        assertThat(registry.versions("example.com")).containsExactly("v1");
        assertThat(registry.find("example.com", "v1beta1", "widgets")).isEmpty();
    }

    @Test
    void applyCrd_replacesThePreviousDefinition() {
        registry.applyCrd(Crds.widgets());
        registry.applyCrd(Crds.parse(Crds.WIDGETS.replace("\"wd\"", "\"wdg\"")));

        assertThat(registry.find("example.com", "v1", "widgets").orElseThrow().shortNames()).containsExactly("wdg");
        assertThat(registry.customResources()).containsOnlyKeys("widgets.example.com");
    }

    @Test
    void removeCrd_stopsServingItsGroup() {
        registry.applyCrd(Crds.widgets());
        registry.removeCrd("widgets.example.com");

        assertThat(registry.find("example.com", "v1", "widgets")).isEmpty();
        assertThat(registry.groupNames()).doesNotContain("example.com");
        assertThat(registry.versions("example.com")).isEmpty();
        assertThat(registry.customResource("example.com", "widgets")).isEmpty();
    }

    @Test
    void generation_increasesOnEveryChangeOnly() {
        long start = registry.generation();
        registry.applyCrd(Crds.widgets());
        long afterApply = registry.generation();
        registry.applyCrd(Crds.widgets());
        long afterSameApply = registry.generation();
        registry.removeCrd("widgets.example.com");
        registry.removeCrd("widgets.example.com");

        assertThat(afterApply).isGreaterThan(start);
        assertThat(afterSameApply).isEqualTo(afterApply);
        assertThat(registry.generation()).isEqualTo(afterApply + 1);
    }

    @Test
    void applyCrd_refusesAnInvalidDefinitionWith422() {
        assertThatThrownBy(() -> registry.applyCrd(Crds.parse(Crds.WIDGETS.replace("\"scope\": \"Namespaced\"",
                "\"scope\": \"Everywhere\""))))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(422);
                    assertThat(e.getMessage()).isEqualTo("CustomResourceDefinition.apiextensions.k8s.io "
                            + "\"widgets.example.com\" is invalid: spec.scope: Unsupported value: \"Everywhere\": "
                            + "supported values: \"Cluster\", \"Namespaced\"");
                });
        assertThat(registry.generation()).isZero();
    }

    @Test
    void applyCrd_mayNotTakeABuiltinGroupAndPlural() {
        String json = Crds.WIDGETS.replace("widgets.example.com", "ingresses.networking.k8s.io")
                .replace("\"group\": \"example.com\"", "\"group\": \"networking.k8s.io\"")
                .replace("\"plural\": \"widgets\"", "\"plural\": \"ingresses\"")
                .replace("\"metadata\": {", "\"metadata\": {\"annotations\": {\"api-approved.kubernetes.io\": \"unapproved\"}, ");

        assertThat(registry.validateCrd(Crds.parse(json))).extracting(ApiException.Cause::field)
                .containsExactly("spec.names.plural");
        assertThatThrownBy(() -> registry.applyCrd(Crds.parse(json))).isInstanceOf(ApiException.class);
        assertThat(registry.find("networking.k8s.io", "v1", "ingresses").orElseThrow().kind()).isEqualTo("Ingress");
    }

    @Test
    void readers_seeConsistentSnapshotsWhileCrdsChange() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> writer = pool.submit(() -> {
                for (int i = 0; i < 200; i++) {
                    registry.applyCrd(Crds.widgets());
                    registry.removeCrd("widgets.example.com");
                }
            });
            Future<?> reader = pool.submit(() -> {
                for (int i = 0; i < 2000; i++) {
                    List<String> versions = registry.versions("example.com");
                    assertThat(versions).isIn(List.of(), List.of("v1", "v1beta1"));
                    assertThat(registry.all().size()).isIn(43, 45);
                }
            });
            writer.get(30, TimeUnit.SECONDS);
            reader.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(registry.generation()).isEqualTo(400);
    }
}
