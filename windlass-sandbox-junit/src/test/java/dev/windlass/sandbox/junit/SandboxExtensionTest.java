package dev.windlass.sandbox.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.sandbox.Sandbox;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

@WithSandbox(controllers = false)
class SandboxExtensionTest {

    @Test
    void injectsAClientConnectedToTheSandbox(KubernetesClient client, Sandbox sandbox) {
        assertThat(client.getMasterUrl().toString()).startsWith(sandbox.url());
        assertThat(client.getKubernetesVersion().getMinor()).isNotBlank();
    }

    @Test
    void oneSandboxServesTheClass(Sandbox first, TestInfo info, KubernetesClient client) {
        String namespace = SandboxExtension.namespace(client, info.getDisplayName());
        client.configMaps().inNamespace(namespace).resource(new ConfigMapBuilder().withNewMetadata().withName("seen")
                .endMetadata().build()).create();
        assertThat(first.api().store().size()).isPositive();
    }
}
