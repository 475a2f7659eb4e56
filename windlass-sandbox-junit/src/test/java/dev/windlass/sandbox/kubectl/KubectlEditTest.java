package dev.windlass.sandbox.kubectl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.sandbox.Sandbox;
import dev.windlass.sandbox.junit.SandboxExtension;
import dev.windlass.sandbox.junit.WithSandbox;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/** In-place changes: {@code kubectl patch} of every type, {@code label}, {@code annotate} and {@code scale}. */
@WithSandbox(controllers = false)
class KubectlEditTest {

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
        kubectl.runWithInput(Manifests.deployment(namespace, "web", 2, "nginx:1.25"), "create", "-f", "-").ok();
    }

    @Test
    void patchStrategic_mergesContainersByName() {
        String patch = """
                {"spec":{"template":{"spec":{"containers":[
                  {"name":"sidecar","image":"busybox:1.36"},
                  {"name":"web","image":"nginx:1.26"}]}}}}""";

        assertThat(patch("strategic", patch).ok()).isEqualTo("deployment.apps/web patched\n");

        assertThat(live().getSpec().getTemplate().getSpec().getContainers())
                .extracting(Container::getName, Container::getImage)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("web", "nginx:1.26"),
                        org.assertj.core.groups.Tuple.tuple("sidecar", "busybox:1.36"));
    }

    @Test
    void patchMerge_replacesListsAndDeletesNullFields() {
        patch("merge", "{\"metadata\":{\"labels\":{\"tier\":\"front\"}}}").ok();

        String out = patch("merge", """
                {"metadata":{"labels":{"tier":null}},
                 "spec":{"template":{"spec":{"containers":[{"name":"only","image":"busybox:1.36"}]}}}}""").ok();

        Deployment live = live();
        assertThat(out).isEqualTo("deployment.apps/web patched\n");
        assertThat(live.getMetadata().getLabels()).containsOnly(Map.entry("app", "web"));
        assertThat(live.getSpec().getTemplate().getSpec().getContainers()).extracting(Container::getName)
                .containsExactly("only");
    }

    @Test
    void patch_thatChangesNothing_reportsNoChange() {
        String version = live().getMetadata().getResourceVersion();

        String out = patch("merge", "{\"spec\":{\"replicas\":2}}").ok();

        assertThat(out).isEqualTo("deployment.apps/web patched (no change)\n");
        assertThat(live().getMetadata().getResourceVersion()).isEqualTo(version);
    }

    @Test
    void patchJson_appliesOperationsInOrderWhenTheTestPasses() {
        String out = patch("json", """
                [{"op":"test","path":"/spec/replicas","value":2},
                 {"op":"replace","path":"/spec/replicas","value":4},
                 {"op":"add","path":"/metadata/annotations","value":{"checked":"yes"}}]""").ok();

        Deployment live = live();
        assertThat(out).isEqualTo("deployment.apps/web patched\n");
        assertThat(live.getSpec().getReplicas()).isEqualTo(4);
        assertThat(live.getMetadata().getAnnotations()).containsEntry("checked", "yes");
        assertThat(live.getMetadata().getGeneration()).isEqualTo(2L);
    }

    @Test
    void patchJson_withAFailingTest_changesNothingAndSaysWhy() {
        String version = live().getMetadata().getResourceVersion();

        Kubectl.Result result = patch("json", """
                [{"op":"test","path":"/spec/replicas","value":7},
                 {"op":"replace","path":"/spec/replicas","value":4}]""");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).startsWith("The request is invalid: ").contains("/spec/replicas");
        assertThat(live().getSpec().getReplicas()).isEqualTo(2);
        assertThat(live().getMetadata().getResourceVersion()).isEqualTo(version);
    }

    @Test
    void patchJson_removingAMissingPath_fails() {
        Kubectl.Result result = patch("json", "[{\"op\":\"remove\",\"path\":\"/metadata/labels/absent\"}]");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).startsWith("The request is invalid: ").contains("/metadata/labels/absent");
    }

    @Test
    void label_addsRefusesToOverwriteWithoutFlagAndRemoves() {
        assertThat(kubectl.run("label", "deployment", "web", "-n", namespace, "team=a").ok())
                .isEqualTo("deployment.apps/web labeled\n");
        Kubectl.Result refused = kubectl.run("label", "deployment", "web", "-n", namespace, "team=b");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.stderr()).contains("'team' already has a value (a), and --overwrite is false");
        assertThat(live().getMetadata().getLabels()).containsEntry("team", "a");

        kubectl.run("label", "deployment", "web", "-n", namespace, "team=b", "--overwrite").ok();
        assertThat(live().getMetadata().getLabels()).containsEntry("team", "b");
        assertThat(live().getMetadata().getManagedFields()).anyMatch(e -> e.getManager().equals("kubectl-label"));

        assertThat(kubectl.run("label", "deployment", "web", "-n", namespace, "team-").ok())
                .isEqualTo("deployment.apps/web unlabeled\n");
        assertThat(live().getMetadata().getLabels()).containsOnly(Map.entry("app", "web"));
    }

    @Test
    void label_bySelector_labelsEveryMatchingObject() {
        kubectl.runWithInput(Manifests.deployment(namespace, "api", 1, "nginx:1.25"), "create", "-f", "-").ok();

        String out = kubectl.run("label", "deployments", "-n", namespace, "-l", "app in (web,api)", "wave=1").ok();

        assertThat(out.lines()).containsExactlyInAnyOrder("deployment.apps/web labeled", "deployment.apps/api labeled");
        assertThat(client.apps().deployments().inNamespace(namespace).withLabel("wave", "1").list().getItems())
                .hasSize(2);
    }

    @Test
    void annotate_addsRefusesToOverwriteWithoutFlagAndRemoves() {
        kubectl.run("annotate", "deployment", "web", "-n", namespace, "owner=ops").ok();
        Kubectl.Result refused = kubectl.run("annotate", "deployment", "web", "-n", namespace, "owner=dev");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.stderr()).contains("--overwrite is false", "'owner' already has a value (ops)");

        kubectl.run("annotate", "deployment", "web", "-n", namespace, "owner=dev", "--overwrite").ok();
        assertThat(live().getMetadata().getAnnotations()).containsEntry("owner", "dev");

        assertThat(kubectl.run("annotate", "deployment", "web", "-n", namespace, "owner-").ok())
                .isEqualTo("deployment.apps/web annotated\n");
        assertThat(live().getMetadata().getAnnotations()).doesNotContainKey("owner");
    }

    @Test
    void scale_setsReplicasThroughTheScaleSubresource() {
        assertThat(kubectl.run("scale", "deployment", "web", "-n", namespace, "--replicas=5").ok())
                .isEqualTo("deployment.apps/web scaled\n");

        assertThat(live().getSpec().getReplicas()).isEqualTo(5);
        assertThat(live().getMetadata().getGeneration()).isEqualTo(2L);
    }

    @Test
    void scale_withAWrongCurrentReplicasPrecondition_failsAndChangesNothing() {
        Kubectl.Result result = kubectl.run("scale", "deployment", "web", "-n", namespace, "--replicas=5",
                "--current-replicas=3");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).contains("Expected replicas to be 3, was 2");
        assertThat(live().getSpec().getReplicas()).isEqualTo(2);
    }

    @Test
    void setImage_changesTheContainerImage() {
        assertThat(kubectl.run("set", "image", "deployment/web", "-n", namespace, "web=nginx:1.27").ok())
                .isEqualTo("deployment.apps/web image updated\n");

        assertThat(live().getSpec().getTemplate().getSpec().getContainers().get(0).getImage()).isEqualTo("nginx:1.27");
    }

    private Kubectl.Result patch(String type, String patch) {
        return kubectl.run("patch", "deployment", "web", "-n", namespace, "--type", type, "-p", patch);
    }

    private Deployment live() {
        return client.apps().deployments().inNamespace(namespace).withName("web").get();
    }
}
