package dev.windlass.sandbox.controller.workload;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentCondition;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatus;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeploymentControllerTest extends SandboxCluster {

    private static Deployment deployment(String name, int replicas, String image, Map<String, String> podAnnotations) {
        return new DeploymentBuilder().withNewMetadata().withName(name).endMetadata().withNewSpec()
                .withReplicas(replicas).withNewSelector().addToMatchLabels("app", name).endSelector()
                .withTemplate(template(name, image, podAnnotations)).endSpec().build();
    }

    private static Deployment create(String ns, Deployment deployment) {
        return client.apps().deployments().inNamespace(ns).resource(deployment).create();
    }

    /** Changes the stored Deployment with a read-modify-update (PUT), retrying on conflicts. */
    private static void change(String ns, String name, java.util.function.UnaryOperator<Deployment> edit) {
        eventually().ignoreException(io.fabric8.kubernetes.client.KubernetesClientException.class).until(() -> {
            client.apps().deployments().inNamespace(ns).resource(edit.apply(get(ns, name))).update();
            return true;
        });
    }

    private static Deployment get(String ns, String name) {
        return client.apps().deployments().inNamespace(ns).withName(name).get();
    }

    private static List<ReplicaSet> replicaSets(String ns) {
        return client.apps().replicaSets().inNamespace(ns).list().getItems();
    }

    private static Optional<DeploymentCondition> condition(Deployment deployment, String type) {
        DeploymentStatus status = deployment.getStatus();
        return status == null ? Optional.empty()
                : status.getConditions().stream().filter(c -> c.getType().equals(type)).findFirst();
    }

    private static boolean available(String ns, String name) {
        Deployment d = get(ns, name);
        return condition(d, "Progressing").map(DeploymentCondition::getReason).orElse("").equals("NewReplicaSetAvailable")
                && condition(d, "Available").map(DeploymentCondition::getStatus).orElse("").equals("True");
    }

    @Test
    void deployment_getsReplicaSetNamedByTemplateHash_ownedAndRevisioned() {
        String ns = namespace();
        Deployment created = create(ns, deployment("web", 2, "nginx:1.25", Map.of()));
        eventually().until(() -> replicaSets(ns).size() == 1);
        ReplicaSet rs = replicaSets(ns).get(0);
        String hash = rs.getMetadata().getLabels().get("pod-template-hash");
        assertThat(hash).isNotBlank();
        assertThat(rs.getMetadata().getName()).isEqualTo("web-" + hash);
        assertThat(rs.getSpec().getSelector().getMatchLabels()).containsEntry("app", "web")
                .containsEntry("pod-template-hash", hash);
        assertThat(rs.getSpec().getTemplate().getMetadata().getLabels()).containsEntry("pod-template-hash", hash);
        assertThat(rs.getMetadata().getAnnotations()).containsEntry("deployment.kubernetes.io/revision", "1");
        OwnerReference owner = rs.getMetadata().getOwnerReferences().get(0);
        assertThat(owner.getKind()).isEqualTo("Deployment");
        assertThat(owner.getUid()).isEqualTo(created.getMetadata().getUid());
        assertThat(owner.getController()).isTrue();
        assertThat(owner.getBlockOwnerDeletion()).isTrue();
    }

    @Test
    void deployment_becomesAvailableWithAllReplicaCounts() {
        String ns = namespace();
        create(ns, deployment("web", 3, "nginx:1.25", Map.of()));
        eventually().until(() -> available(ns, "web"));
        Deployment d = get(ns, "web");
        DeploymentStatus status = d.getStatus();
        assertThat(status.getObservedGeneration()).isEqualTo(d.getMetadata().getGeneration());
        assertThat(List.of(status.getReplicas(), status.getUpdatedReplicas(), status.getReadyReplicas(),
                status.getAvailableReplicas())).containsOnly(3);
        assertThat(status.getUnavailableReplicas()).isNull();
        DeploymentCondition availableCondition = condition(d, "Available").orElseThrow();
        assertThat(availableCondition.getReason()).isEqualTo("MinimumReplicasAvailable");
        assertThat(availableCondition.getLastUpdateTime()).isNotBlank();
        assertThat(availableCondition.getLastTransitionTime()).isNotBlank();
        assertThat(condition(d, "Progressing").orElseThrow().getMessage())
                .isEqualTo("ReplicaSet \"" + replicaSets(ns).get(0).getMetadata().getName() + "\" has successfully progressed.");
        assertThat(d.getMetadata().getAnnotations()).containsEntry("deployment.kubernetes.io/revision", "1");
    }

    @Test
    void deployment_podsAreNamedAfterTheReplicaSetAndOwnedByIt() {
        String ns = namespace();
        create(ns, deployment("web", 2, "nginx:1.25", Map.of()));
        eventually().until(() -> pods(ns).size() == 2);
        ReplicaSet rs = replicaSets(ns).get(0);
        for (Pod pod : pods(ns)) {
            assertThat(pod.getMetadata().getName()).matches(rs.getMetadata().getName() + "-[a-z0-9]{5}");
            assertThat(pod.getMetadata().getLabels()).containsEntry("pod-template-hash",
                    rs.getMetadata().getLabels().get("pod-template-hash"));
            assertThat(pod.getMetadata().getOwnerReferences().get(0).getUid()).isEqualTo(rs.getMetadata().getUid());
        }
    }

    @Test
    void templateChange_rollsANewReplicaSetAndScalesTheOldOneToZero() {
        String ns = namespace();
        create(ns, deployment("web", 2, "nginx:1.25", Map.of()));
        eventually().until(() -> available(ns, "web"));
        String oldName = replicaSets(ns).get(0).getMetadata().getName();
        change(ns, "web", d -> {
            d.getSpec().getTemplate().getSpec().getContainers().get(0).setImage("nginx:1.26");
            return d;
        });
        eventually().until(() -> replicaSets(ns).size() == 2 && available(ns, "web")
                && get(ns, "web").getStatus().getReplicas() == 2);
        ReplicaSet old = client.apps().replicaSets().inNamespace(ns).withName(oldName).get();
        ReplicaSet current = replicaSets(ns).stream().filter(r -> !r.getMetadata().getName().equals(oldName))
                .findFirst().orElseThrow();
        assertThat(old.getSpec().getReplicas()).isZero();
        assertThat(current.getMetadata().getAnnotations()).containsEntry("deployment.kubernetes.io/revision", "2");
        assertThat(get(ns, "web").getMetadata().getAnnotations()).containsEntry("deployment.kubernetes.io/revision", "2");
        eventually().until(() -> pods(ns).stream().allMatch(p -> p.getMetadata().getName()
                .startsWith(current.getMetadata().getName())) && pods(ns).size() == 2);
        assertThat(get(ns, "web").getStatus().getUpdatedReplicas()).isEqualTo(2);
    }

    @Test
    void revisionHistoryLimit_deletesTheOldestScaledDownReplicaSets() {
        String ns = namespace();
        Deployment d = deployment("web", 1, "nginx:1", Map.of());
        d.getSpec().setRevisionHistoryLimit(1);
        create(ns, d);
        for (String image : List.of("nginx:2", "nginx:3")) {
            eventually().until(() -> available(ns, "web"));
            change(ns, "web", x -> {
                x.getSpec().getTemplate().getSpec().getContainers().get(0).setImage(image);
                return x;
            });
        }
        eventually().until(() -> available(ns, "web") && replicaSets(ns).size() == 2);
        assertThat(replicaSets(ns)).extracting(r -> r.getMetadata().getAnnotations().get("deployment.kubernetes.io/revision"))
                .containsExactlyInAnyOrder("2", "3");
    }

    @Test
    void scaleDown_deletesPodsAndLowersTheCounts() {
        String ns = namespace();
        create(ns, deployment("web", 3, "nginx:1.25", Map.of()));
        eventually().until(() -> available(ns, "web") && pods(ns).size() == 3);
        change(ns, "web", d -> {
            d.getSpec().setReplicas(1);
            return d;
        });
        eventually().until(() -> pods(ns).size() == 1 && get(ns, "web").getStatus().getReplicas() == 1);
        DeploymentStatus status = get(ns, "web").getStatus();
        assertThat(status.getAvailableReplicas()).isEqualTo(1);
        assertThat(replicaSets(ns).get(0).getStatus().getReplicas()).isEqualTo(1);
    }

    @Test
    void imagePullBackOff_keepsTheDeploymentUnavailableUntilTheProgressDeadline() {
        String ns = namespace();
        Deployment d = deployment("web", 1, "nginx:nope", failing(FailureMode.IMAGE_PULL_BACK_OFF));
        d.getSpec().setProgressDeadlineSeconds(1);
        create(ns, d);
        eventually().until(() -> condition(get(ns, "web"), "Progressing").map(DeploymentCondition::getReason)
                .orElse("").equals("ProgressDeadlineExceeded"));
        Deployment failed = get(ns, "web");
        assertThat(condition(failed, "Progressing").orElseThrow().getStatus()).isEqualTo("False");
        assertThat(condition(failed, "Available").orElseThrow().getReason()).isEqualTo("MinimumReplicasUnavailable");
        assertThat(failed.getStatus().getAvailableReplicas()).isNull();
        assertThat(failed.getStatus().getUnavailableReplicas()).isEqualTo(1);
        assertThat(pods(ns).get(0).getStatus().getContainerStatuses().get(0).getState().getWaiting().getReason())
                .isIn("ErrImagePull", "ImagePullBackOff");
    }

    @Test
    void failureAnnotationOnTheDeployment_reachesItsPods() {
        String ns = namespace();
        Deployment d = deployment("web", 1, "nginx:1.25", Map.of());
        d.getMetadata().setAnnotations(failing(FailureMode.CRASH_LOOP_BACK_OFF));
        create(ns, d);
        eventually().until(() -> pods(ns).size() == 1 && pods(ns).get(0).getStatus().getContainerStatuses() != null
                && pods(ns).get(0).getStatus().getContainerStatuses().get(0).getRestartCount() >= 2);
        assertThat(pods(ns).get(0).getMetadata().getAnnotations()).containsEntry(FailureMode.ANNOTATION, "CrashLoopBackOff");
        assertThat(condition(get(ns, "web"), "Available").orElseThrow().getStatus()).isEqualTo("False");
    }

    @Test
    void pausedDeployment_getsNoNewReplicaSetUntilResumed() {
        String ns = namespace();
        create(ns, deployment("web", 1, "nginx:1", Map.of()));
        eventually().until(() -> available(ns, "web"));
        change(ns, "web", d -> {
            d.getSpec().setPaused(true);
            d.getSpec().getTemplate().getSpec().getContainers().get(0).setImage("nginx:2");
            return d;
        });
        eventually().until(() -> condition(get(ns, "web"), "Progressing").map(DeploymentCondition::getReason)
                .orElse("").equals("DeploymentPaused"));
        assertThat(replicaSets(ns)).hasSize(1);
        change(ns, "web", d -> {
            d.getSpec().setPaused(false);
            return d;
        });
        eventually().until(() -> replicaSets(ns).size() == 2 && available(ns, "web"));
    }

    @Test
    void recreateStrategy_replacesAllPodsAndBecomesAvailable() {
        String ns = namespace();
        Deployment d = deployment("web", 2, "nginx:1", Map.of());
        d.getSpec().setStrategy(new io.fabric8.kubernetes.api.model.apps.DeploymentStrategyBuilder()
                .withType("Recreate").build());
        create(ns, d);
        eventually().until(() -> available(ns, "web"));
        change(ns, "web", x -> {
            x.getSpec().getTemplate().getSpec().getContainers().get(0).setImage("nginx:2");
            return x;
        });
        eventually().until(() -> replicaSets(ns).size() == 2 && available(ns, "web")
                && get(ns, "web").getStatus().getUpdatedReplicas() == 2);
        assertThat(pods(ns)).hasSize(2).allMatch(p -> p.getSpec().getContainers().get(0).getImage().equals("nginx:2"));
    }
}
