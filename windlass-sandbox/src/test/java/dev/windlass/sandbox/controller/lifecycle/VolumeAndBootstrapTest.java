package dev.windlass.sandbox.controller.lifecycle;

import static dev.windlass.sandbox.controller.lifecycle.LifecycleFixture.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeCondition;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class VolumeAndBootstrapTest {

    private static LifecycleFixture fx;

    @BeforeAll
    static void start() {
        fx = LifecycleFixture.start();
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @Test
    void claim_isBoundToAProvisionedVolume() {
        String ns = fx.namespace("pvc");
        PersistentVolumeClaim claim = fx.client.persistentVolumeClaims().inNamespace(ns).resource(claim("data")).create();

        eventually().untilAsserted(() -> assertThat(fx.client.persistentVolumeClaims().inNamespace(ns).withName("data")
                .get().getStatus().getPhase()).isEqualTo("Bound"));
        PersistentVolumeClaim bound = fx.client.persistentVolumeClaims().inNamespace(ns).withName("data").get();
        String volumeName = "pvc-" + claim.getMetadata().getUid();
        assertThat(bound.getSpec().getVolumeName()).isEqualTo(volumeName);
        assertThat(bound.getStatus().getCapacity()).containsEntry("storage", new Quantity("1Gi"));
        assertThat(bound.getStatus().getAccessModes()).containsExactly("ReadWriteOnce");
        PersistentVolume volume = fx.client.persistentVolumes().withName(volumeName).get();
        assertThat(volume.getSpec().getClaimRef().getUid()).isEqualTo(claim.getMetadata().getUid());
        assertThat(volume.getSpec().getCapacity()).containsEntry("storage", new Quantity("1Gi"));
        assertThat(volume.getSpec().getHostPath().getPath()).startsWith("/tmp/sandbox/");
        assertThat(volume.getStatus().getPhase()).isEqualTo("Bound");
    }

    @Test
    void claimDeletion_deletesItsVolume() {
        String ns = fx.namespace("pvc-del");
        PersistentVolumeClaim claim = fx.client.persistentVolumeClaims().inNamespace(ns).resource(claim("data")).create();
        String volumeName = "pvc-" + claim.getMetadata().getUid();
        eventually().untilAsserted(() -> assertThat(fx.client.persistentVolumes().withName(volumeName).get()).isNotNull());

        fx.client.persistentVolumeClaims().inNamespace(ns).withName("data").delete();

        eventually().untilAsserted(() -> assertThat(fx.client.persistentVolumes().withName(volumeName).get()).isNull());
    }

    @Test
    void bootstrap_createsTheStandardNamespacesWithTheirServiceAccounts() {
        for (String name : Bootstrap.NAMESPACES) {
            assertThat(fx.getNamespace(name).getStatus().getPhase()).isEqualTo("Active");
            assertThat(fx.client.serviceAccounts().inNamespace(name).withName("default").get()).isNotNull();
            assertThat(fx.client.configMaps().inNamespace(name).withName("kube-root-ca.crt").get().getData())
                    .containsEntry("ca.crt", fx.sandbox.certificateAuthorityPem());
        }
    }

    @Test
    void bootstrap_registersAReadyNode() {
        Node node = fx.client.nodes().withName("sandbox-node").get();

        assertThat(node.getStatus().getConditions()).filteredOn(c -> c.getType().equals("Ready"))
                .extracting(NodeCondition::getStatus).containsExactly("True");
        assertThat(node.getStatus().getAllocatable()).containsKeys("cpu", "memory", "pods");
        assertThat(node.getStatus().getCapacity()).containsKeys("cpu", "memory", "pods");
        assertThat(node.getStatus().getAddresses()).extracting(a -> a.getType()).contains("InternalIP", "Hostname");
    }

    @Test
    void bootstrap_runTwiceKeepsWhatExists() {
        String uid = fx.getNamespace("default").getMetadata().getUid();

        Bootstrap.run(fx.sandbox.api(), fx.sandbox.certificateAuthorityPem());

        assertThat(fx.getNamespace("default").getMetadata().getUid()).isEqualTo(uid);
    }

    @Test
    void newNamespace_getsADefaultServiceAccountAndTheRootCa() {
        String ns = fx.namespace("fresh");

        eventually().untilAsserted(() -> {
            assertThat(fx.client.serviceAccounts().inNamespace(ns).withName("default").get()).isNotNull();
            assertThat(fx.client.configMaps().inNamespace(ns).withName("kube-root-ca.crt").get().getData())
                    .containsEntry("ca.crt", fx.sandbox.certificateAuthorityPem());
        });
    }

    @Test
    void defaultServiceAccountAndRootCa_comeBackWhenDeletedOrChanged() {
        String ns = fx.namespace("repair");
        eventually().untilAsserted(() ->
                assertThat(fx.client.configMaps().inNamespace(ns).withName("kube-root-ca.crt").get()).isNotNull());
        String uid = fx.client.serviceAccounts().inNamespace(ns).withName("default").get().getMetadata().getUid();

        fx.client.serviceAccounts().inNamespace(ns).withName("default").delete();
        var ca = fx.client.configMaps().inNamespace(ns).withName("kube-root-ca.crt").get();
        ca.setData(java.util.Map.of("ca.crt", "tampered"));
        fx.client.configMaps().inNamespace(ns).resource(ca).update();

        eventually().untilAsserted(() -> {
            var account = fx.client.serviceAccounts().inNamespace(ns).withName("default").get();
            assertThat(account).isNotNull();
            assertThat(account.getMetadata().getUid()).isNotEqualTo(uid);
            assertThat(fx.client.configMaps().inNamespace(ns).withName("kube-root-ca.crt").get().getData())
                    .containsEntry("ca.crt", fx.sandbox.certificateAuthorityPem());
        });
    }

    private static PersistentVolumeClaim claim(String name) {
        return new PersistentVolumeClaimBuilder().withNewMetadata().withName(name).endMetadata()
                .withNewSpec().withAccessModes("ReadWriteOnce")
                .withNewResources().addToRequests("storage", new Quantity("1Gi")).endResources().endSpec().build();
    }
}
