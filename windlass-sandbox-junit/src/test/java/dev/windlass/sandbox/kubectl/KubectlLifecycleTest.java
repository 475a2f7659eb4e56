package dev.windlass.sandbox.kubectl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.windlass.sandbox.Sandbox;
import dev.windlass.sandbox.junit.SandboxExtension;
import dev.windlass.sandbox.junit.WithSandbox;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workloads over time, with the simulated controllers on: rollouts, waiting, deletion with its
 * cascade modes, and custom resources from a CRD applied with kubectl.
 */
@WithSandbox(readyDelayMillis = 200)
class KubectlLifecycleTest {

    private static final ResourceDefinitionContext WIDGETS = new ResourceDefinitionContext.Builder()
            .withGroup("example.com").withVersion("v1").withPlural("widgets").withKind("Widget").withNamespaced(true)
            .build();

    private Kubectl kubectl;
    private KubernetesClient client;
    private String namespace;

    @BeforeAll
    static void kubectlInstalled() {
        Kubectl.assumeInstalled();
    }

    @BeforeEach
    void setUp(Sandbox sandbox, KubernetesClient client, TestInfo info, @TempDir Path dir) {
        this.kubectl = Kubectl.forSandbox(sandbox, dir);
        this.client = client;
        this.namespace = SandboxExtension.namespace(client, info.getTestMethod().orElseThrow().getName());
    }

    @Test
    void rolloutStatus_waitsUntilTheDeploymentIsRolledOut() {
        deploy(3, "nginx:1.25");

        String out = kubectl.run("rollout", "status", "deployment/web", "-n", namespace, "--timeout=30s").ok();

        assertThat(out).endsWith("deployment \"web\" successfully rolled out\n");
        Deployment live = deployment();
        assertThat(live.getStatus().getUpdatedReplicas()).isEqualTo(3);
        assertThat(live.getStatus().getAvailableReplicas()).isEqualTo(3);
        assertThat(live.getStatus().getObservedGeneration()).isEqualTo(live.getMetadata().getGeneration());
    }

    @Test
    void rolloutStatus_followsAnImageChangeToANewReplicaSet() {
        deploy(2, "nginx:1.25");
        kubectl.run("rollout", "status", "deployment/web", "-n", namespace, "--timeout=30s").ok();

        deploy(2, "nginx:1.26");
        String out = kubectl.run("rollout", "status", "deployment/web", "-n", namespace, "--timeout=30s").ok();

        assertThat(out).endsWith("deployment \"web\" successfully rolled out\n");
        List<ReplicaSet> sets = client.apps().replicaSets().inNamespace(namespace).list().getItems();
        assertThat(sets).hasSize(2).anySatisfy(rs -> {
            assertThat(rs.getSpec().getTemplate().getSpec().getContainers().get(0).getImage()).isEqualTo("nginx:1.26");
            assertThat(rs.getStatus().getReadyReplicas()).isEqualTo(2);
        }).anySatisfy(rs -> assertThat(rs.getSpec().getReplicas()).isZero());
        assertThat(kubectl.run("rollout", "history", "deployment/web", "-n", namespace).ok())
                .contains("REVISION", "1 ", "2 ");
    }

    @Test
    void rolloutUndo_returnsToThePreviousTemplate() {
        deploy(1, "nginx:1.25");
        kubectl.run("rollout", "status", "deployment/web", "-n", namespace, "--timeout=30s").ok();
        deploy(1, "nginx:1.26");
        kubectl.run("rollout", "status", "deployment/web", "-n", namespace, "--timeout=30s").ok();

        assertThat(kubectl.run("rollout", "undo", "deployment/web", "-n", namespace).ok())
                .isEqualTo("deployment.apps/web rolled back\n");
        kubectl.run("rollout", "status", "deployment/web", "-n", namespace, "--timeout=30s").ok();

        assertThat(deployment().getSpec().getTemplate().getSpec().getContainers().get(0).getImage())
                .isEqualTo("nginx:1.25");
    }

    @Test
    void waitForAvailable_returnsWhenTheConditionIsTrue() {
        deploy(2, "nginx:1.25");

        String out = kubectl.run("wait", "--for=condition=Available", "deployment/web", "-n", namespace,
                "--timeout=30s").ok();

        assertThat(out).isEqualTo("deployment.apps/web condition met\n");
        assertThat(deployment().getStatus().getConditions())
                .anyMatch(c -> c.getType().equals("Available") && c.getStatus().equals("True"));
    }

    @Test
    void waitForCondition_timesOutWhenItNeverHolds() {
        deploy(1, "nginx:1.25");

        Kubectl.Result result = kubectl.run("wait", "--for=condition=Frozen", "deployment/web", "-n", namespace,
                "--timeout=1s");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).contains("timed out waiting for the condition on deployments/web");
    }

    @Test
    void waitForDelete_returnsOnceTheObjectIsGone() {
        configMap("doomed");
        kubectl.run("delete", "configmap", "doomed", "-n", namespace, "--wait=false").ok();

        Kubectl.Result result = kubectl.run("wait", "--for=delete", "configmap/doomed", "-n", namespace,
                "--timeout=30s");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(client.configMaps().inNamespace(namespace).withName("doomed").get()).isNull();
    }

    @Test
    void waitForDelete_waitsForAFinalizerToBeRemoved() {
        client.configMaps().inNamespace(namespace).resource(new ConfigMapBuilder().withNewMetadata().withName("held")
                .addToFinalizers("example.com/hold").endMetadata().build()).create();
        kubectl.run("delete", "configmap", "held", "-n", namespace, "--wait=false").ok();

        Kubectl.Result early = kubectl.run("wait", "--for=delete", "configmap/held", "-n", namespace, "--timeout=1s");
        client.configMaps().inNamespace(namespace).withName("held").edit(cm -> new ConfigMapBuilder(cm)
                .editMetadata().withFinalizers(List.of()).endMetadata().build());
        Kubectl.Result late = kubectl.run("wait", "--for=delete", "configmap/held", "-n", namespace, "--timeout=30s");

        assertThat(early.exitCode()).isEqualTo(1);
        assertThat(early.stderr()).contains("timed out waiting for the condition");
        assertThat(late.exitCode()).as(late.toString()).isZero();
    }

    @Test
    void delete_byName_removesTheObjectAndItsDependents() {
        deploy(2, "nginx:1.25");
        kubectl.run("rollout", "status", "deployment/web", "-n", namespace, "--timeout=30s").ok();

        assertThat(kubectl.run("delete", "deployment", "web", "-n", namespace).ok())
                .isEqualTo("deployment.apps \"web\" deleted\n");

        assertThat(deployment()).isNull();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(client.apps().replicaSets().inNamespace(namespace).list().getItems()).isEmpty();
            assertThat(client.pods().inNamespace(namespace).list().getItems()).isEmpty();
        });
    }

    @Test
    void delete_bySelector_removesOnlyMatchingObjects() {
        configMap("a", Map.of("purge", "yes"));
        configMap("b", Map.of("purge", "yes"));
        configMap("keep", Map.of("purge", "no"));

        String out = kubectl.run("delete", "configmaps", "-n", namespace, "-l", "purge=yes").ok();

        assertThat(out.lines()).containsExactlyInAnyOrder("configmap \"a\" deleted", "configmap \"b\" deleted");
        assertThat(client.configMaps().inNamespace(namespace).withLabel("purge").list().getItems())
                .extracting(cm -> cm.getMetadata().getName()).containsExactly("keep");
    }

    @Test
    void delete_missingObject_failsUnlessIgnored() {
        Kubectl.Result missing = kubectl.run("delete", "configmap", "absent", "-n", namespace);

        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.stderr()).contains("Error from server (NotFound): configmaps \"absent\" not found");
        assertThat(kubectl.run("delete", "configmap", "absent", "-n", namespace, "--ignore-not-found").ok()).isEmpty();
    }

    @Test
    void deleteCascadeOrphan_leavesTheReplicaSetWithoutAnOwner() {
        deploy(2, "nginx:1.25");
        kubectl.run("rollout", "status", "deployment/web", "-n", namespace, "--timeout=30s").ok();

        kubectl.run("delete", "deployment", "web", "-n", namespace, "--cascade=orphan").ok();

        assertThat(deployment()).isNull();
        List<ReplicaSet> sets = client.apps().replicaSets().inNamespace(namespace).list().getItems();
        assertThat(sets).singleElement().satisfies(rs -> assertThat(rs.getMetadata().getOwnerReferences())
                .isEmpty());
        assertThat(client.pods().inNamespace(namespace).list().getItems()).hasSize(2);
    }

    @Test
    void deleteCascadeForeground_returnsOnlyAfterTheDependentsAreGone() {
        deploy(2, "nginx:1.25");
        kubectl.run("rollout", "status", "deployment/web", "-n", namespace, "--timeout=30s").ok();

        String out = kubectl.run("delete", "deployment", "web", "-n", namespace, "--cascade=foreground",
                "--timeout=30s").ok();

        assertThat(out).isEqualTo("deployment.apps \"web\" deleted\n");
        assertThat(deployment()).isNull();
        assertThat(client.apps().replicaSets().inNamespace(namespace).list().getItems())
                .as("the owner goes only after its blocking dependents").isEmpty();
    }

    @Test
    void crd_thenCustomResource_applyGetAndChange() {
        String crd = Manifests.widgetCrd();
        kubectl.runWithInput(crd, "apply", "-f", "-").ok();
        kubectl.run("wait", "--for=condition=Established", "crd/widgets.example.com", "--timeout=30s").ok();

        assertThat(kubectl.runWithInput(Manifests.widget(namespace, "w1", 3, "red"), "apply", "-f", "-").ok())
                .isEqualTo("widget.example.com/w1 created\n");
        assertThat(kubectl.runWithInput(Manifests.widget(namespace, "w1", 5, "red"), "apply", "-f", "-").ok())
                .isEqualTo("widget.example.com/w1 configured\n");
        assertThat(kubectl.runWithInput(Manifests.widget(namespace, "w1", 5, "blue"), "apply", "--server-side", "-f",
                "-").ok()).isEqualTo("widget.example.com/w1 serverside-applied\n");

        assertThat(kubectl.run("get", "wg", "-n", namespace, "-o", "name").lines()).containsExactly("widget.example.com/w1");
        assertThat(kubectl.run("get", "widgets.example.com", "w1", "-n", namespace, "-o",
                "jsonpath={.spec.size}/{.spec.color}").ok()).isEqualTo("5/blue");
        GenericKubernetesResource live = client.genericKubernetesResources(WIDGETS).inNamespace(namespace)
                .withName("w1").get();
        assertThat(live.getAdditionalProperties().get("spec")).isEqualTo(Map.of("size", 5, "color", "blue"));
        assertThat(live.getMetadata().getGeneration()).isEqualTo(3L);
    }

    @Test
    void customResource_violatingTheCrdSchema_isRejected() {
        kubectl.runWithInput(Manifests.widgetCrd(), "apply", "-f", "-").ok();
        kubectl.run("wait", "--for=condition=Established", "crd/widgets.example.com", "--timeout=30s").ok();

        Kubectl.Result result = kubectl.runWithInput(Manifests.widget(namespace, "bad", 0, "red"), "apply", "-f", "-");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).contains("The Widget \"bad\" is invalid", "spec.size");
        assertThat(client.genericKubernetesResources(WIDGETS).inNamespace(namespace).withName("bad").get()).isNull();
    }

    @Test
    void customResource_withAnUnknownField_isRefusedUnderStrictValidation() {
        kubectl.runWithInput(Manifests.widgetCrd(), "apply", "-f", "-").ok();
        kubectl.run("wait", "--for=condition=Established", "crd/widgets.example.com", "--timeout=30s").ok();
        String manifest = Manifests.widget(namespace, "extra", 2, "red") + "  extra: 1\n";

        Kubectl.Result result = kubectl.runWithInput(manifest, "apply", "-f", "-");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).contains("strict decoding error: unknown field \"spec.extra\"");
        assertThat(client.genericKubernetesResources(WIDGETS).inNamespace(namespace).withName("extra").get()).isNull();
    }

    private void deploy(int replicas, String image) {
        kubectl.runWithInput(Manifests.deployment(namespace, "web", replicas, image), "apply", "-f", "-").ok();
    }

    private Deployment deployment() {
        return client.apps().deployments().inNamespace(namespace).withName("web").get();
    }

    private void configMap(String name) {
        configMap(name, Map.of());
    }

    private void configMap(String name, Map<String, String> labels) {
        client.configMaps().inNamespace(namespace).resource(new ConfigMapBuilder().withNewMetadata().withName(name)
                .withLabels(labels).endMetadata().build()).create();
    }
}
