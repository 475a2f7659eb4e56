package dev.windlass.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.sandbox.Sandbox;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import org.junit.jupiter.api.Test;

class SmokeTest {

    @Test
    void fabric8_createsAndReadsAConfigMap() {
        try (Sandbox sandbox = Sandbox.builder().controllers(false).start();
             KubernetesClient client = new KubernetesClientBuilder()
                     .withConfig(Config.fromKubeconfig(sandbox.kubeconfig().toYaml())).build()) {
            client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName("demo").endMetadata().build()).create();
            client.configMaps().inNamespace("demo").resource(new ConfigMapBuilder().withNewMetadata().withName("c")
                    .endMetadata().addToData("k", "v").build()).create();
            assertThat(client.configMaps().inNamespace("demo").withName("c").get().getData()).containsEntry("k", "v");
            assertThat(client.configMaps().inNamespace("demo").list().getItems()).extracting(c -> c.getMetadata().getName()).contains("c");
        }
    }
}
