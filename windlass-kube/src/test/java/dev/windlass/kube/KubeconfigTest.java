package dev.windlass.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.engine.tracking.Tracking;
import dev.windlass.model.GroupVersionKind;
import dev.windlass.sandbox.Sandbox;
import dev.windlass.sandbox.junit.WithSandbox;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@WithSandbox(controllers = false)
class KubeconfigTest {

    @Test
    void client_readsAKubeconfigFile_andConnectsWithIt(Sandbox sandbox, @TempDir Path dir) throws Exception {
        Path kubeconfig = dir.resolve("config");
        sandbox.writeKubeconfig(kubeconfig);

        try (KubernetesClient client = KubeCluster.client(kubeconfig, null);
                KubeCluster cluster = KubeCluster.connect(client, Tracking.DEFAULT)) {
            assertThat(client.getMasterUrl().toString()).startsWith(sandbox.url());
            assertThat(cluster.resourceType(new GroupVersionKind("apps", "v1", "Deployment"))).isPresent();
            assertThat(cluster.list(new GroupVersionKind("", "v1", "Namespace"), null)).isNotEmpty();
        }
    }

    @Test
    void client_ofAMissingKubeconfig_namesTheFile(@TempDir Path dir) {
        Path missing = dir.resolve("nope");

        assertThatThrownBy(() -> KubeCluster.client(missing, null))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(missing.toString());
    }
}
