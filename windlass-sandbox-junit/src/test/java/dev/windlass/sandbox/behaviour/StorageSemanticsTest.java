package dev.windlass.sandbox.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.sandbox.junit.SandboxExtension;
import dev.windlass.sandbox.junit.WithSandbox;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** create/get/update/delete semantics, each checked through fabric8 as a client sees them. */
@WithSandbox(controllers = false)
class StorageSemanticsTest {

    private KubernetesClient client;
    private String namespace;

    @BeforeEach
    void namespace(KubernetesClient client, TestInfo info) {
        this.client = client;
        this.namespace = SandboxExtension.namespace(client, info.getTestMethod().orElseThrow().getName());
    }

    @Test
    void create_stampsUidTimestampAndVersion() {
        ConfigMap created = configMap("c").create();

        assertThat(created.getMetadata().getUid()).matches("[0-9a-f-]{36}");
        assertThat(created.getMetadata().getCreationTimestamp()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(Long.parseLong(created.getMetadata().getResourceVersion())).isPositive();
        assertThat(created.getMetadata().getNamespace()).isEqualTo(namespace);
    }

    @Test
    void resourceVersion_growsWithEveryWriteAcrossObjects() {
        long first = Long.parseLong(configMap("a").create().getMetadata().getResourceVersion());
        long second = Long.parseLong(configMap("b").create().getMetadata().getResourceVersion());
        ConfigMap a = client.configMaps().inNamespace(namespace).withName("a").get();
        a.getData().put("k", "changed");
        long third = Long.parseLong(client.configMaps().inNamespace(namespace).resource(a).update()
                .getMetadata().getResourceVersion());

        assertThat(second).isGreaterThan(first);
        assertThat(third).isGreaterThan(second);
    }

    @Test
    void create_twice_isAlreadyExists409() {
        configMap("dup").create();

        assertThatThrownBy(() -> configMap("dup").create())
                .isInstanceOfSatisfying(KubernetesClientException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(409);
                    assertThat(e.getStatus().getReason()).isEqualTo("AlreadyExists");
                    assertThat(e.getStatus().getMessage()).isEqualTo("configmaps \"dup\" already exists");
                });
    }

    @Test
    void update_withStaleResourceVersion_isConflict409() {
        ConfigMap stale = configMap("c").create();
        ConfigMap fresh = client.configMaps().inNamespace(namespace).withName("c").get();
        fresh.getData().put("k", "first");
        client.configMaps().inNamespace(namespace).resource(fresh).update();

        stale.getData().put("k", "second");
        assertThatThrownBy(() -> client.configMaps().inNamespace(namespace).resource(stale).update())
                .isInstanceOfSatisfying(KubernetesClientException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(409);
                    assertThat(e.getStatus().getReason()).isEqualTo("Conflict");
                    assertThat(e.getStatus().getMessage()).contains("the object has been modified");
                });
    }

    @Test
    void get_missing_isNotFound404WithDetails() {
        assertThat(client.configMaps().inNamespace(namespace).withName("nope").get()).isNull();
        assertThatThrownBy(() -> client.configMaps().inNamespace(namespace).withName("nope").edit(c -> c))
                .isInstanceOfSatisfying(KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(404));
    }

    @Test
    void create_inMissingNamespace_isNotFound() {
        assertThatThrownBy(() -> client.configMaps().inNamespace("no-such-namespace")
                .resource(new ConfigMapBuilder().withNewMetadata().withName("x").endMetadata().build()).create())
                .isInstanceOfSatisfying(KubernetesClientException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(404);
                    assertThat(e.getStatus().getMessage()).isEqualTo("namespaces \"no-such-namespace\" not found");
                });
    }

    @Test
    void generateName_appendsFiveRandomCharacters() {
        ConfigMap created = client.configMaps().inNamespace(namespace).resource(new ConfigMapBuilder()
                .withNewMetadata().withGenerateName("job-").endMetadata().build()).create();

        assertThat(created.getMetadata().getName()).matches("job-[bcdfghjklmnpqrstvwxz2456789]{5}");
    }

    @Test
    void generation_bumpsOnSpecChangeOnly() {
        Deployment created = client.apps().deployments().inNamespace(namespace).resource(deployment("web")).create();
        assertThat(created.getMetadata().getGeneration()).isEqualTo(1L);

        Deployment labelled = client.apps().deployments().inNamespace(namespace).withName("web")
                .edit(d -> new DeploymentBuilder(d).editMetadata().addToLabels("team", "a").endMetadata().build());
        assertThat(labelled.getMetadata().getGeneration()).isEqualTo(1L);

        Deployment scaled = client.apps().deployments().inNamespace(namespace).withName("web")
                .edit(d -> new DeploymentBuilder(d).editSpec().withReplicas(3).endSpec().build());
        assertThat(scaled.getMetadata().getGeneration()).isEqualTo(2L);
    }

    @Test
    void replacingWithTheSameManifest_keepsGeneration_evenThoughTheServerFilledInDefaults() {
        Deployment created = client.apps().deployments().inNamespace(namespace).resource(deployment("web")).create();
        assertThat(created.getSpec().getRevisionHistoryLimit()).isEqualTo(10);

        Deployment sameManifest = deployment("web");
        sameManifest.getMetadata().setResourceVersion(created.getMetadata().getResourceVersion());
        Deployment replaced = client.apps().deployments().inNamespace(namespace).resource(sameManifest).update();

        assertThat(replaced.getMetadata().getGeneration()).isEqualTo(1L);
        assertThat(replaced.getMetadata().getResourceVersion()).isEqualTo(created.getMetadata().getResourceVersion());
    }

    @Test
    void mainResourceUpdate_ignoresStatus_andStatusUpdate_ignoresSpec() {
        client.apps().deployments().inNamespace(namespace).resource(deployment("web")).create();

        Deployment withStatus = client.apps().deployments().inNamespace(namespace).withName("web")
                .edit(d -> new DeploymentBuilder(d).withNewStatus().withReplicas(7).endStatus().build());
        assertThat(withStatus.getStatus() == null || withStatus.getStatus().getReplicas() == null).isTrue();

        Deployment current = client.apps().deployments().inNamespace(namespace).withName("web").get();
        Deployment statusWrite = new DeploymentBuilder(current).editSpec().withReplicas(9).endSpec()
                .withNewStatus().withReplicas(7).endStatus().build();
        Deployment afterStatus = client.apps().deployments().inNamespace(namespace).resource(statusWrite).updateStatus();
        assertThat(afterStatus.getStatus().getReplicas()).isEqualTo(7);
        assertThat(afterStatus.getSpec().getReplicas()).isEqualTo(1);
    }

    @Test
    void dryRun_returnsTheResultButStoresNothing() {
        ConfigMap result = configMap("ghost").dryRun().create();

        assertThat(result.getMetadata().getName()).isEqualTo("ghost");
        assertThat(client.configMaps().inNamespace(namespace).withName("ghost").get()).isNull();
    }

    @Test
    void kindMismatch_isBadRequest() {
        assertThatThrownBy(() -> client.configMaps().inNamespace(namespace).resource(new ConfigMapBuilder()
                .withKind("Secret").withNewMetadata().withName("x").endMetadata().build()).create())
                .isInstanceOfSatisfying(KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(400));
    }

    private io.fabric8.kubernetes.client.dsl.Resource<ConfigMap> configMap(String name) {
        return client.configMaps().inNamespace(namespace).resource(new ConfigMapBuilder().withNewMetadata()
                .withName(name).endMetadata().addToData("k", "v").build());
    }

    static Deployment deployment(String name) {
        return new DeploymentBuilder().withNewMetadata().withName(name).endMetadata()
                .withNewSpec().withReplicas(1)
                .withNewSelector().addToMatchLabels("app", name).endSelector()
                .withNewTemplate().withNewMetadata().addToLabels("app", name).endMetadata()
                .withNewSpec().addNewContainer().withName("web").withImage("nginx:1.27").endContainer().endSpec()
                .endTemplate().endSpec().build();
    }
}
