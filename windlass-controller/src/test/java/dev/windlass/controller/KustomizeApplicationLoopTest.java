package dev.windlass.controller;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.tree.MapNode;
import dev.windlass.sandbox.junit.WithSandbox;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Kustomize Application end to end: a base and an overlay in Git, Argo CD's kustomize overrides, the sandbox. */
@WithSandbox(readyDelayMillis = 100)
class KustomizeApplicationLoopTest {

    @TempDir
    Path temp;

    private LoopFixture loop;

    @BeforeEach
    void start(KubernetesClient client) throws Exception {
        loop = new LoopFixture(client, temp);
    }

    @AfterEach
    void stop() {
        loop.close();
    }

    private void writeOverlay() throws Exception {
        loop.write("kustomize/base/kustomization.yaml", "resources: [deployment.yaml, config.yaml]\n");
        loop.write("kustomize/base/deployment.yaml", ApplicationLoopTest.deployment("web"));
        loop.write("kustomize/base/config.yaml", ApplicationLoopTest.configMap("settings", "base"));
        loop.write("kustomize/overlay/kustomization.yaml", """
                resources: [../base]
                namePrefix: dev-
                commonLabels:
                  tier: frontend
                """);
    }

    @Test
    void kustomizeOverlay_withArgoCdOverrides_isSyncedAndHealthyWithThePrefixedObjects() throws Exception {
        writeOverlay();
        String sha = loop.commit();
        loop.start();

        loop.createApplication(LoopFixture.application("shop", "kustomize/overlay", "shop-ns", """
                syncPolicy:
                  automated: {prune: true, selfHeal: true}
                  syncOptions: [CreateNamespace=true]
                """).replace("    path: kustomize/overlay\n", """
                    path: kustomize/overlay
                    kustomize:
                      namePrefix: prod-
                      commonLabels:
                        team: $ARGOCD_APP_NAME
                      images:
                      - nginx=registry.example.com/nginx:1.28
                """));

        loop.awaitStatus("shop", "Synced", "Healthy");
        assertThat(loop.syncedRevision("shop")).isEqualTo(sha);
        Deployment web = loop.client.apps().deployments().inNamespace("shop-ns").withName("prod-web").get();
        assertThat(web).isNotNull();
        assertThat(web.getMetadata().getLabels()).containsEntry("team", "shop").containsEntry("tier", "frontend");
        assertThat(web.getSpec().getSelector().getMatchLabels()).containsEntry("team", "shop");
        assertThat(web.getSpec().getTemplate().getSpec().getContainers().get(0).getImage())
                .isEqualTo("registry.example.com/nginx:1.28");
        assertThat(loop.client.configMaps().inNamespace("shop-ns").withName("prod-settings").get()).isNotNull();
        assertThat(loop.client.apps().deployments().inNamespace("shop-ns").withName("dev-web").get()).isNull();
        MapNode source = loop.status("shop").getMap("sync").flatMap(s -> s.getMap("comparedTo"))
                .flatMap(c -> c.getMap("source")).orElseThrow();
        assertThat(source.getMap("kustomize").flatMap(k -> k.getText("namePrefix"))).contains("prod-");
    }

    @Test
    void kustomizeOverlay_withoutOverrides_isDetectedByItsKustomizationFile() throws Exception {
        writeOverlay();
        loop.commit();
        loop.start();

        loop.createApplication(LoopFixture.application("plain-overlay", "kustomize/overlay", "overlay-ns", """
                syncPolicy:
                  automated: {prune: true}
                  syncOptions: [CreateNamespace=true]
                """));

        loop.awaitStatus("plain-overlay", "Synced", "Healthy");
        assertThat(loop.client.configMaps().inNamespace("overlay-ns").withName("dev-settings").get().getMetadata()
                .getLabels()).containsEntry("tier", "frontend");
    }

    @Test
    void kustomizeOverlay_withARemoteGitBase_fetchesTheBaseThroughTheSourceCache() throws Exception {
        writeOverlay();
        loop.write("kustomize/remote/kustomization.yaml", """
                resources:
                - %s//kustomize/base?ref=HEAD
                nameSuffix: -remote
                """.formatted(LoopFixture.REPO_URL));
        loop.commit();
        loop.start();

        loop.createApplication(LoopFixture.application("remote-base", "kustomize/remote", "remote-ns", """
                syncPolicy:
                  automated: {prune: true}
                  syncOptions: [CreateNamespace=true]
                """));

        loop.awaitStatus("remote-base", "Synced", "Healthy");
        assertThat(loop.client.apps().deployments().inNamespace("remote-ns").withName("web-remote").get()).isNotNull();
        assertThat(loop.client.configMaps().inNamespace("remote-ns").withName("settings-remote").get()).isNotNull();
    }
}
