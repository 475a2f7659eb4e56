package dev.windlass.sandbox.kubectl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.sandbox.Sandbox;
import dev.windlass.sandbox.junit.SandboxExtension;
import dev.windlass.sandbox.junit.WithSandbox;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ManagedFieldsEntry;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/** {@code kubectl apply}, client-side and server-side, and {@code kubectl diff}, as a GitOps user runs them. */
@WithSandbox(controllers = false)
class KubectlApplyTest {

    private static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";

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
    void apply_createsThenReportsUnchangedThenConfigured() {
        assertThat(apply(configMap("labels: {team: a}", "mode: fast")).ok()).isEqualTo("configmap/settings created\n");
        assertThat(apply(configMap("labels: {team: a}", "mode: fast")).ok()).isEqualTo("configmap/settings unchanged\n");
        String firstVersion = live().getMetadata().getResourceVersion();

        assertThat(apply(configMap("labels: {team: a}", "mode: slow")).ok()).isEqualTo("configmap/settings configured\n");

        ConfigMap live = live();
        assertThat(live.getData()).containsExactly(Map.entry("mode", "slow"));
        assertThat(live.getMetadata().getResourceVersion()).isNotEqualTo(firstVersion);
        assertThat(live.getMetadata().getAnnotations().get(LAST_APPLIED)).contains("\"mode\":\"slow\"")
                .doesNotContain("fast");
        assertThat(managers(live.getMetadata().getManagedFields())).contains("kubectl-client-side-apply");
    }

    @Test
    void apply_removesWhatTheManifestNoLongerSetsButKeepsOtherWritersFields() {
        apply(configMap("labels: {team: a, tier: web}", "mode: fast\n  size: big")).ok();
        kubectl.run("label", "configmap", "settings", "-n", namespace, "owner=ops").ok();

        assertThat(apply(configMap("labels: {team: a}", "mode: fast")).ok()).isEqualTo("configmap/settings configured\n");

        ConfigMap live = live();
        assertThat(live.getData()).containsOnlyKeys("mode");
        assertThat(live.getMetadata().getLabels()).containsOnly(Map.entry("team", "a"), Map.entry("owner", "ops"));
        assertThat(live.getMetadata().getAnnotations().get(LAST_APPLIED)).doesNotContain("size", "tier");
    }

    @Test
    void applyPrune_deletesLabelledObjectsMissingFromTheManifests() {
        String both = configMap("a", "labels: {set: demo}", "k: v") + "---\n" + configMap("b", "labels: {set: demo}", "k: v");
        kubectl.runWithInput(both, "apply", "-f", "-", "-n", namespace, "-l", "set=demo", "--prune").ok();

        String out = kubectl.runWithInput(configMap("a", "labels: {set: demo}", "k: v"), "apply", "-f", "-",
                "-n", namespace, "-l", "set=demo", "--prune", "--prune-allowlist=core/v1/ConfigMap").ok();

        assertThat(out).isEqualTo("configmap/a unchanged\nconfigmap/b pruned\n");
        assertThat(client.configMaps().inNamespace(namespace).withName("a").get()).isNotNull();
        assertThat(client.configMaps().inNamespace(namespace).withName("b").get()).isNull();
    }

    @Test
    void applyServerSide_createsWithKubectlAsTheApplyManager() {
        assertThat(applyServerSide(configMap("labels: {team: a}", "mode: fast")).ok())
                .isEqualTo("configmap/settings serverside-applied\n");

        ConfigMap live = live();
        assertThat(live.getData()).containsExactly(Map.entry("mode", "fast"));
        assertThat(live.getMetadata().getManagedFields()).singleElement().satisfies(entry -> {
            assertThat(entry.getManager()).isEqualTo("kubectl");
            assertThat(entry.getOperation()).isEqualTo("Apply");
            assertThat(entry.getFieldsV1().getAdditionalProperties().toString()).contains("f:mode", "f:team");
        });
        assertThat(live.getMetadata().getAnnotations()).doesNotContainKey(LAST_APPLIED);
    }

    @Test
    void applyServerSide_conflictsWhenAnotherManagerOwnsTheFieldWithADifferentValue() {
        applyServerSide(configMap("", "mode: fast\n  size: big")).ok();

        Kubectl.Result conflict = applyServerSide(configMap("", "mode: slow"), "--field-manager=ops");

        assertThat(conflict.exitCode()).isEqualTo(1);
        assertThat(conflict.stderr()).contains("Apply failed with 1 conflict: conflict with \"kubectl\": .data.mode",
                "--force-conflicts");
        assertThat(live().getData()).containsEntry("mode", "fast");
        assertThat(applyServerSide(configMap("", "mode: fast"), "--field-manager=ops").ok())
                .as("the same value is shared ownership, not a conflict").contains("serverside-applied");
    }

    @Test
    void applyServerSideForceConflicts_takesTheFieldAway() {
        applyServerSide(configMap("", "mode: fast\n  size: big")).ok();

        applyServerSide(configMap("", "mode: slow"), "--field-manager=ops", "--force-conflicts").ok();

        ConfigMap live = live();
        assertThat(live.getData()).containsOnly(Map.entry("mode", "slow"), Map.entry("size", "big"));
        assertThat(fieldsOf(live, "kubectl")).contains("f:size").doesNotContain("f:mode");
        assertThat(fieldsOf(live, "ops")).contains("f:mode");
    }

    @Test
    void applyServerSide_afterScale_conflictsOnReplicas() {
        applyServerSide(deployment(2)).ok();
        kubectl.run("scale", "deployment", "web", "-n", namespace, "--replicas=5").ok();

        Kubectl.Result conflict = applyServerSide(deployment(2));

        assertThat(conflict.exitCode()).isEqualTo(1);
        assertThat(conflict.stderr()).contains("conflict with \"kubectl\"", ".spec.replicas");
        assertThat(client.apps().deployments().inNamespace(namespace).withName("web").get().getSpec().getReplicas())
                .isEqualTo(5);
    }

    @Test
    void scale_recordsItsFieldsUnderTheScaleSubresource() {
        applyServerSide(deployment(2)).ok();
        kubectl.run("scale", "deployment", "web", "-n", namespace, "--replicas=5").ok();

        List<ManagedFieldsEntry> entries = client.apps().deployments().inNamespace(namespace).withName("web").get()
                .getMetadata().getManagedFields();

        assertThat(entries).anySatisfy(entry -> {
            assertThat(entry.getOperation()).isEqualTo("Update");
            assertThat(entry.getSubresource()).isEqualTo("scale");
            assertThat(entry.getFieldsV1().getAdditionalProperties().toString()).contains("f:replicas");
        });
    }

    @Test
    void diff_exitsOneWithAUnifiedDiffWhenTheManifestChangesAndZeroWhenNot() {
        apply(deployment(2)).ok();

        Kubectl.Result same = kubectl.runWithInput(deployment(2), "diff", "-f", "-");
        Kubectl.Result changed = kubectl.runWithInput(deployment(4), "diff", "-f", "-");

        assertThat(same.exitCode()).as(same.toString()).isZero();
        assertThat(same.stdout()).isEmpty();
        assertThat(changed.exitCode()).as(changed.toString()).isEqualTo(1);
        assertThat(changed.stdout()).contains("-  replicas: 2\n", "+  replicas: 4\n", "-  generation: 1\n",
                "+  generation: 2\n");
        assertThat(client.apps().deployments().inNamespace(namespace).withName("web").get().getSpec().getReplicas())
                .as("diff is a dry run").isEqualTo(2);
    }

    @Test
    void diffServerSide_showsTheApplyResultWithoutWriting() {
        applyServerSide(configMap("", "mode: fast")).ok();

        Kubectl.Result changed = kubectl.runWithInput(configMap("", "mode: slow"), "diff", "--server-side", "-f", "-");
        Kubectl.Result same = kubectl.runWithInput(configMap("", "mode: fast"), "diff", "--server-side", "-f", "-");

        assertThat(changed.exitCode()).as(changed.toString()).isEqualTo(1);
        assertThat(changed.stdout()).contains("-  mode: fast\n", "+  mode: slow\n");
        assertThat(same.exitCode()).as(same.toString()).isZero();
        assertThat(live().getData()).containsEntry("mode", "fast");
    }

    @Test
    void diff_ofANewObject_showsItWholeAndCreatesNothing() {
        Kubectl.Result result = kubectl.runWithInput(configMap("", "mode: fast"), "diff", "-f", "-");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.stdout()).contains("+  mode: fast\n", "+  name: settings\n");
        assertThat(live()).isNull();
    }

    @Test
    void dryRunServer_validatesAndReturnsTheObjectButStoresNothing() {
        Kubectl.Result created = kubectl.runWithInput(deployment(2), "apply", "--dry-run=server", "-f", "-");
        Kubectl.Result output = kubectl.runWithInput(deployment(2), "create", "--dry-run=server", "-f", "-", "-o",
                "jsonpath={.metadata.uid} {.metadata.generation}");

        assertThat(created.ok()).isEqualTo("deployment.apps/web created (server dry run)\n");
        assertThat(output.ok()).matches("[0-9a-f-]{36} 1");
        assertThat(client.apps().deployments().inNamespace(namespace).withName("web").get()).isNull();
    }

    @Test
    void dryRunServer_rejectsAnInvalidObject() {
        String invalid = deployment(2).replace("matchLabels: {app: web}", "matchLabels: {app: other}");

        Kubectl.Result result = kubectl.runWithInput(invalid, "apply", "--dry-run=server", "-f", "-");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).contains("The Deployment \"web\" is invalid: spec.template.metadata.labels: Invalid value",
                "`selector` does not match template `labels`");
        assertThat(client.apps().deployments().inNamespace(namespace).withName("web").get()).isNull();
    }

    @Test
    @Disabled("gap: built-in kinds have no field schemas, so an unknown field is stored; kubectl sends "
            + "fieldValidation=Strict and the real server answers 'strict decoding error: unknown field \"spec.bogus\"'")
    void apply_withAnUnknownField_isRefusedUnderStrictValidation() {
        String manifest = deployment(2).replace("  replicas: 2\n", "  replicas: 2\n  bogus: 1\n");

        Kubectl.Result result = apply(manifest);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).contains("strict decoding error: unknown field \"spec.bogus\"");
        assertThat(client.apps().deployments().inNamespace(namespace).withName("web").get()).isNull();
    }

    @Test
    void applyClientSideThenServerSide_keepsTheObjectAndTakesOverTheFields() {
        apply(deployment(2)).ok();

        assertThat(applyServerSide(deployment(3)).ok()).isEqualTo("deployment.apps/web serverside-applied\n");

        Deployment live = client.apps().deployments().inNamespace(namespace).withName("web").get();
        assertThat(live.getSpec().getReplicas()).isEqualTo(3);
        assertThat(fieldsOf(live.getMetadata().getManagedFields(), "kubectl")).contains("f:replicas");
        assertThat(fieldsOf(live.getMetadata().getManagedFields(), "kubectl-client-side-apply"))
                .doesNotContain("f:replicas");
        assertThat(live.getMetadata().getAnnotations().get(LAST_APPLIED))
                .as("kubectl's server-side apply keeps the annotation in step").contains("\"replicas\":3");
    }

    @Test
    void applyClientSideThenServerSide_withAnotherManager_stillConflicts() {
        apply(deployment(2)).ok();

        Kubectl.Result conflict = applyServerSide(deployment(3), "--field-manager=pipeline");

        assertThat(conflict.exitCode()).isEqualTo(1);
        assertThat(conflict.stderr()).contains("conflict with \"kubectl-client-side-apply\" using apps/v1: .spec.replicas");
        assertThat(client.apps().deployments().inNamespace(namespace).withName("web").get().getSpec().getReplicas())
                .isEqualTo(2);
    }

    @Test
    void applyClientSideThenScaleThenServerSide_conflictsOnTheScaledField() {
        apply(deployment(2)).ok();
        kubectl.run("scale", "deployment", "web", "-n", namespace, "--replicas=5").ok();

        Kubectl.Result conflict = applyServerSide(deployment(2));

        assertThat(conflict.exitCode()).isEqualTo(1);
        assertThat(conflict.stderr()).contains("conflict with \"kubectl\"", ".spec.replicas");
        assertThat(client.apps().deployments().inNamespace(namespace).withName("web").get().getSpec().getReplicas())
                .isEqualTo(5);
    }

    private Kubectl.Result apply(String manifest) {
        return kubectl.runWithInput(manifest, "apply", "-f", "-");
    }

    private Kubectl.Result applyServerSide(String manifest, String... flags) {
        String[] args = new String[4 + flags.length];
        args[0] = "apply";
        args[1] = "--server-side";
        args[2] = "-f";
        args[3] = "-";
        System.arraycopy(flags, 0, args, 4, flags.length);
        return kubectl.runWithInput(manifest, args);
    }

    private ConfigMap live() {
        return client.configMaps().inNamespace(namespace).withName("settings").get();
    }

    private String configMap(String labels, String data) {
        return configMap("settings", labels, data);
    }

    private String configMap(String name, String labels, String data) {
        return """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: %s
                  namespace: %s
                  %s
                data:
                  %s
                """.formatted(name, namespace, labels, data);
    }

    private String deployment(int replicas) {
        return Manifests.deployment(namespace, "web", replicas, "nginx:1.25");
    }

    private static List<String> managers(List<ManagedFieldsEntry> entries) {
        return entries.stream().map(ManagedFieldsEntry::getManager).toList();
    }

    private static String fieldsOf(ConfigMap live, String manager) {
        return fieldsOf(live.getMetadata().getManagedFields(), manager);
    }

    private static String fieldsOf(List<ManagedFieldsEntry> entries, String manager) {
        return entries.stream().filter(e -> e.getManager().equals(manager)).findFirst()
                .map(e -> e.getFieldsV1().getAdditionalProperties().toString()).orElse("");
    }
}
