package dev.windlass.sandbox.controller.workload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.sandbox.Sandbox;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KubeletTest extends SandboxCluster {

    private static Pod create(String ns, String name, Map<String, String> annotations) {
        Pod pod = new PodBuilder().withNewMetadata().withName(name).withAnnotations(annotations).endMetadata()
                .withSpec(template(name, "nginx:1.25", Map.of()).getSpec()).build();
        return client.pods().inNamespace(ns).resource(pod).create();
    }

    private static Pod get(String ns, String name) {
        return client.pods().inNamespace(ns).withName(name).get();
    }

    private static String condition(Pod pod, String type) {
        return pod.getStatus().getConditions().stream().filter(c -> c.getType().equals(type))
                .map(PodCondition::getStatus).findFirst().orElse("");
    }

    private static ContainerStatus container(String ns, String name) {
        Pod pod = get(ns, name);
        return pod.getStatus() == null || pod.getStatus().getContainerStatuses() == null
                || pod.getStatus().getContainerStatuses().isEmpty() ? null
                : pod.getStatus().getContainerStatuses().get(0);
    }

    @Test
    void pod_runsAndIsReadyWithTheStatusAKubeletReports() {
        String ns = namespace();
        create(ns, "p", Map.of());
        eventually().until(() -> "Running".equals(get(ns, "p").getStatus().getPhase())
                && condition(get(ns, "p"), "Ready").equals("True"));
        Pod pod = get(ns, "p");
        assertThat(pod.getSpec().getNodeName()).isEqualTo("sandbox-node");
        assertThat(pod.getStatus().getConditions()).extracting(PodCondition::getType)
                .contains("PodScheduled", "Initialized", "ContainersReady", "Ready");
        assertThat(pod.getStatus().getConditions()).allMatch(c -> c.getStatus().equals("True"));
        assertThat(pod.getStatus().getPodIP()).startsWith("10.244.");
        assertThat(pod.getStatus().getPodIPs()).hasSize(1);
        assertThat(pod.getStatus().getHostIP()).isNotBlank();
        assertThat(pod.getStatus().getStartTime()).isNotBlank();
        assertThat(pod.getStatus().getQosClass()).isEqualTo("BestEffort");
        ContainerStatus status = pod.getStatus().getContainerStatuses().get(0);
        assertThat(status.getName()).isEqualTo("app");
        assertThat(status.getImage()).isEqualTo("docker.io/library/nginx:1.25");
        assertThat(status.getImageID()).startsWith("docker.io/library/nginx@sha256:");
        assertThat(status.getReady()).isTrue();
        assertThat(status.getStarted()).isTrue();
        assertThat(status.getRestartCount()).isZero();
        assertThat(status.getState().getRunning().getStartedAt()).isNotBlank();
    }

    @Test
    void pod_isPendingWithContainersCreatingUntilTheReadyDelayPasses() {
        try (Sandbox slow = Sandbox.builder().readyDelay(Duration.ofHours(1)).start();
             KubernetesClient slowClient = new KubernetesClientBuilder()
                     .withConfig(Config.fromKubeconfig(slow.kubeconfig().toYaml())).build()) {
            slowClient.namespaces().resource(new io.fabric8.kubernetes.api.model.NamespaceBuilder().withNewMetadata()
                    .withName("slow").endMetadata().build()).create();
            slowClient.pods().inNamespace("slow").resource(new PodBuilder().withNewMetadata().withName("p").endMetadata()
                    .withSpec(template("p", "nginx", Map.of()).getSpec()).build()).create();
            eventually().until(() -> slowClient.pods().inNamespace("slow").withName("p").get().getStatus().getPhase() != null);
            Pod pod = slowClient.pods().inNamespace("slow").withName("p").get();
            assertThat(pod.getStatus().getPhase()).isEqualTo("Pending");
            assertThat(condition(pod, "PodScheduled")).isEqualTo("True");
            assertThat(condition(pod, "Ready")).isEqualTo("False");
            assertThat(pod.getStatus().getContainerStatuses().get(0).getState().getWaiting().getReason())
                    .isEqualTo("ContainerCreating");
        }
    }

    @Test
    void imagePullBackOff_leavesThePodPendingWithWaitingContainers() {
        String ns = namespace();
        create(ns, "p", failing(FailureMode.IMAGE_PULL_BACK_OFF));
        eventually().until(() -> container(ns, "p") != null && container(ns, "p").getState().getWaiting() != null
                && "ImagePullBackOff".equals(container(ns, "p").getState().getWaiting().getReason()));
        Pod pod = get(ns, "p");
        assertThat(pod.getStatus().getPhase()).isEqualTo("Pending");
        assertThat(condition(pod, "Ready")).isEqualTo("False");
        assertThat(container(ns, "p").getState().getWaiting().getMessage()).contains("nginx:1.25");
        assertThat(container(ns, "p").getReady()).isFalse();
    }

    @Test
    void crashLoopBackOff_growsTheRestartCountWithExitCodeOne() {
        String ns = namespace();
        create(ns, "p", failing(FailureMode.CRASH_LOOP_BACK_OFF));
        eventually().until(() -> container(ns, "p") != null && container(ns, "p").getRestartCount() >= 3);
        ContainerStatus status = container(ns, "p");
        assertThat(status.getState().getWaiting().getReason()).isEqualTo("CrashLoopBackOff");
        assertThat(status.getLastState().getTerminated().getExitCode()).isEqualTo(1);
        assertThat(status.getLastState().getTerminated().getReason()).isEqualTo("Error");
        assertThat(status.getReady()).isFalse();
        assertThat(get(ns, "p").getStatus().getPhase()).isEqualTo("Running");
        assertThat(condition(get(ns, "p"), "Ready")).isEqualTo("False");
    }

    @Test
    void unschedulable_keepsThePodPendingWithoutANode() {
        String ns = namespace();
        create(ns, "p", failing(FailureMode.UNSCHEDULABLE));
        eventually().until(() -> get(ns, "p").getStatus().getPhase() != null);
        Pod pod = get(ns, "p");
        assertThat(pod.getStatus().getPhase()).isEqualTo("Pending");
        PodCondition scheduled = pod.getStatus().getConditions().get(0);
        assertThat(scheduled.getType()).isEqualTo("PodScheduled");
        assertThat(scheduled.getStatus()).isEqualTo("False");
        assertThat(scheduled.getReason()).isEqualTo("Unschedulable");
        assertThat(pod.getSpec().getNodeName()).isNull();
    }

    @Test
    void replicaSet_keepsItsReplicasAndReportsTheirState() {
        String ns = namespace();
        ReplicaSet rs = new ReplicaSetBuilder().withNewMetadata().withName("rs").endMetadata().withNewSpec()
                .withReplicas(2).withNewSelector().addToMatchLabels("app", "rs").endSelector()
                .withTemplate(template("rs", "nginx", Map.of())).endSpec().build();
        client.apps().replicaSets().inNamespace(ns).resource(rs).create();
        eventually().until(() -> {
            ReplicaSet current = client.apps().replicaSets().inNamespace(ns).withName("rs").get();
            return current.getStatus() != null && Integer.valueOf(2).equals(current.getStatus().getAvailableReplicas());
        });
        ReplicaSet current = client.apps().replicaSets().inNamespace(ns).withName("rs").get();
        assertThat(current.getStatus().getReplicas()).isEqualTo(2);
        assertThat(current.getStatus().getFullyLabeledReplicas()).isEqualTo(2);
        assertThat(current.getStatus().getReadyReplicas()).isEqualTo(2);
        assertThat(current.getStatus().getObservedGeneration()).isEqualTo(1L);
        client.pods().inNamespace(ns).withName(pods(ns).get(0).getMetadata().getName()).delete();
        eventually().until(() -> pods(ns).size() == 2 && pods(ns).stream()
                .allMatch(p -> "Running".equals(p.getStatus().getPhase())));
    }
}
