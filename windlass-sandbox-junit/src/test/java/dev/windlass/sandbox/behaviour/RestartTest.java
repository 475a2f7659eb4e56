package dev.windlass.sandbox.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.sandbox.Sandbox;
import dev.windlass.sandbox.SandboxStartException;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --data-dir}: objects, versions and the CA survive a restart; two sandboxes cannot share it. */
class RestartTest {

    @TempDir
    Path dataDir;

    @Test
    void objectsVersionsCaAndToken_surviveARestart_soTheOldKubeconfigStillWorks() {
        String version;
        String ca;
        String kubeconfig;
        try (Sandbox first = Sandbox.builder().controllers(false).dataDir(dataDir).port(free()).start();
             KubernetesClient client = client(first)) {
            kubeconfig = first.kubeconfig().toYaml();
            version = client.configMaps().inNamespace("default").resource(new ConfigMapBuilder().withNewMetadata()
                    .withName("kept").endMetadata().addToData("k", "v").build()).create()
                    .getMetadata().getResourceVersion();
            ca = first.certificateAuthorityPem();
        }
        int port = Integer.parseInt(kubeconfig.replaceAll("(?s).*server: https://127\\.0\\.0\\.1:(\\d+).*", "$1"));
        try (Sandbox second = Sandbox.builder().controllers(false).dataDir(dataDir).port(port).start();
             KubernetesClient client = new KubernetesClientBuilder()
                     .withConfig(Config.fromKubeconfig(kubeconfig)).build()) {
            assertThat(second.certificateAuthorityPem()).isEqualTo(ca);
            assertThat(client.configMaps().inNamespace("default").withName("kept").get().getData())
                    .containsEntry("k", "v");
            String next = client.configMaps().inNamespace("default").resource(new ConfigMapBuilder()
                    .withNewMetadata().withName("new").endMetadata().build()).create()
                    .getMetadata().getResourceVersion();
            assertThat(Long.parseLong(next)).isGreaterThan(Long.parseLong(version));
        }
    }

    @Test
    void customResources_areServedAgainAfterARestart() {
        try (Sandbox first = Sandbox.builder().dataDir(dataDir).start(); KubernetesClient client = client(first)) {
            client.apiextensions().v1().customResourceDefinitions().resource(new io.fabric8.kubernetes.api.model
                    .apiextensions.v1.CustomResourceDefinitionBuilder()
                    .withNewMetadata().withName("widgets.example.com").endMetadata()
                    .withNewSpec().withGroup("example.com").withScope("Namespaced")
                    .withNewNames().withKind("Widget").withPlural("widgets").endNames()
                    .addNewVersion().withName("v1").withServed(true).withStorage(true)
                    .withNewSchema().withNewOpenAPIV3Schema().withType("object")
                    .withXKubernetesPreserveUnknownFields(true).endOpenAPIV3Schema().endSchema().endVersion()
                    .endSpec().build()).create();
            org.awaitility.Awaitility.await().until(() -> client.genericKubernetesResources("example.com/v1", "Widget")
                    .inNamespace("default").list() != null);
            client.genericKubernetesResources("example.com/v1", "Widget").inNamespace("default")
                    .resource(new io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder()
                            .withApiVersion("example.com/v1").withKind("Widget")
                            .withNewMetadata().withName("kept").withNamespace("default").endMetadata().build()).create();
        }
        try (Sandbox second = Sandbox.builder().dataDir(dataDir).start(); KubernetesClient client = client(second)) {
            assertThat(client.genericKubernetesResources("example.com/v1", "Widget").inNamespace("default")
                    .withName("kept").get()).isNotNull();
        }
    }

    @Test
    void aSecondSandboxOnTheSameDataDir_isRefusedNamingIt() {
        try (Sandbox first = Sandbox.builder().controllers(false).dataDir(dataDir).start()) {
            assertThatThrownBy(() -> Sandbox.builder().controllers(false).dataDir(dataDir).start())
                    .isInstanceOf(SandboxStartException.class)
                    .hasMessageContaining(dataDir.toString());
        }
    }

    private static int free() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static KubernetesClient client(Sandbox sandbox) {
        return new KubernetesClientBuilder().withConfig(Config.fromKubeconfig(sandbox.kubeconfig().toYaml())).build();
    }
}
