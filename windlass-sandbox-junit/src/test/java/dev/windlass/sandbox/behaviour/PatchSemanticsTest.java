package dev.windlass.sandbox.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.sandbox.junit.SandboxExtension;
import dev.windlass.sandbox.junit.WithSandbox;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** The four patch formats, as fabric8 sends them. */
@WithSandbox(controllers = false)
class PatchSemanticsTest {

    private KubernetesClient client;
    private String namespace;

    @BeforeEach
    void namespace(KubernetesClient client, TestInfo info) {
        this.client = client;
        this.namespace = SandboxExtension.namespace(client, info.getTestMethod().orElseThrow().getName());
    }

    @Test
    void mergePatch_nullDeletesAKey_andListsAreReplacedWhole() {
        client.apps().deployments().inNamespace(namespace).resource(StorageSemanticsTest.deployment("web")).create();
        Deployment patched = deployment().patch(PatchContext.of(PatchType.JSON_MERGE), """
                {"metadata":{"labels":{"a":"1"}},
                 "spec":{"template":{"spec":{"containers":[{"name":"side","image":"busybox"}]}}}}""");
        assertThat(patched.getSpec().getTemplate().getSpec().getContainers()).extracting("name").containsExactly("side");

        Deployment removed = deployment().patch(PatchContext.of(PatchType.JSON_MERGE),
                "{\"metadata\":{\"labels\":{\"a\":null}}}");
        assertThat(removed.getMetadata().getLabels()).doesNotContainKey("a");
    }

    @Test
    void strategicMergePatch_mergesContainersByName() {
        client.apps().deployments().inNamespace(namespace).resource(StorageSemanticsTest.deployment("web")).create();

        Deployment patched = deployment().patch(PatchContext.of(PatchType.STRATEGIC_MERGE), """
                {"spec":{"template":{"spec":{"containers":[{"name":"side","image":"busybox"},
                                                           {"name":"web","image":"nginx:1.28"}]}}}}""");

        assertThat(patched.getSpec().getTemplate().getSpec().getContainers())
                .extracting(c -> c.getName() + "=" + c.getImage())
                .containsExactlyInAnyOrder("web=nginx:1.28", "side=busybox");
    }

    @Test
    void strategicMergePatch_deleteDirective_removesOneItem() {
        client.apps().deployments().inNamespace(namespace).resource(StorageSemanticsTest.deployment("web")).create();
        deployment().patch(PatchContext.of(PatchType.STRATEGIC_MERGE),
                "{\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"name\":\"side\",\"image\":\"busybox\"}]}}}}");

        Deployment patched = deployment().patch(PatchContext.of(PatchType.STRATEGIC_MERGE),
                "{\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"name\":\"side\",\"$patch\":\"delete\"}]}}}}");

        assertThat(patched.getSpec().getTemplate().getSpec().getContainers()).extracting("name").containsExactly("web");
    }

    @Test
    void jsonPatch_failedTest_is422_andChangesNothing() {
        client.apps().deployments().inNamespace(namespace).resource(StorageSemanticsTest.deployment("web")).create();

        assertThatThrownBy(() -> deployment().patch(PatchContext.of(PatchType.JSON), """
                [{"op":"test","path":"/spec/replicas","value":5},{"op":"replace","path":"/spec/replicas","value":9}]"""))
                .isInstanceOfSatisfying(KubernetesClientException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(422);
                    assertThat(e.getStatus().getReason()).isEqualTo("Invalid");
                    assertThat(e.getStatus().getMessage()).contains("/spec/replicas");
                });
        assertThat(deployment().get().getSpec().getReplicas()).isEqualTo(1);
    }

    @Test
    void serverSideApply_createsRecordsTheManager_andRemovesFieldsNoLongerApplied() {
        ConfigMap first = new ConfigMapBuilder().withNewMetadata().withName("applied").endMetadata()
                .addToData("a", "1").addToData("b", "2").build();
        client.configMaps().inNamespace(namespace).resource(first).fieldManager("gitops").serverSideApply();

        ConfigMap second = new ConfigMapBuilder().withNewMetadata().withName("applied").endMetadata()
                .addToData("a", "1").build();
        ConfigMap result = client.configMaps().inNamespace(namespace).resource(second).fieldManager("gitops")
                .serverSideApply();

        assertThat(result.getData()).containsOnlyKeys("a");
        assertThat(result.getMetadata().getManagedFields()).extracting("manager", "operation")
                .containsExactly(org.assertj.core.groups.Tuple.tuple("gitops", "Apply"));
    }

    @Test
    void serverSideApply_conflictWithAnotherManager_is409UnlessForced() {
        ConfigMap mine = new ConfigMapBuilder().withNewMetadata().withName("shared").endMetadata()
                .addToData("k", "mine").build();
        client.configMaps().inNamespace(namespace).resource(mine).fieldManager("first").serverSideApply();
        ConfigMap theirs = new ConfigMapBuilder().withNewMetadata().withName("shared").endMetadata()
                .addToData("k", "theirs").build();

        assertThatThrownBy(() -> client.configMaps().inNamespace(namespace).resource(theirs).fieldManager("second")
                .serverSideApply())
                .isInstanceOfSatisfying(KubernetesClientException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(409);
                    assertThat(e.getStatus().getMessage())
                            .isEqualTo("Apply failed with 1 conflict: conflict with \"first\": .data.k");
                });

        ConfigMap forced = client.configMaps().inNamespace(namespace).resource(theirs).fieldManager("second")
                .forceConflicts().serverSideApply();
        assertThat(forced.getData()).containsEntry("k", "theirs");
        assertThat(forced.getMetadata().getManagedFields()).extracting("manager").containsExactly("second");
    }

    @Test
    void dryRunPatch_storesNothing() {
        client.apps().deployments().inNamespace(namespace).resource(StorageSemanticsTest.deployment("web")).create();

        Deployment preview = deployment().dryRun().patch(PatchContext.of(PatchType.JSON_MERGE),
                "{\"spec\":{\"replicas\":4}}");

        assertThat(preview.getSpec().getReplicas()).isEqualTo(4);
        assertThat(deployment().get().getSpec().getReplicas()).isEqualTo(1);
    }

    private io.fabric8.kubernetes.client.dsl.RollableScalableResource<Deployment> deployment() {
        return client.apps().deployments().inNamespace(namespace).withName("web");
    }

}
