package dev.windlass.sandbox.controller.workload;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import io.fabric8.kubernetes.api.model.apps.DaemonSetStatus;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DaemonSetControllerTest extends SandboxCluster {

    private static DaemonSet daemonSet(String name, Map<String, String> podAnnotations) {
        return new DaemonSetBuilder().withNewMetadata().withName(name).endMetadata().withNewSpec()
                .withNewSelector().addToMatchLabels("app", name).endSelector()
                .withTemplate(template(name, "fluent-bit", podAnnotations)).endSpec().build();
    }

    private static DaemonSetStatus status(String ns, String name) {
        return client.apps().daemonSets().inNamespace(ns).withName(name).get().getStatus();
    }

    @Test
    void daemonSet_runsOnePodOnTheSandboxNodeWithoutNodeObjects() {
        String ns = namespace();
        client.apps().daemonSets().inNamespace(ns).resource(daemonSet("logs", Map.of())).create();
        eventually().until(() -> status(ns, "logs") != null && Integer.valueOf(1).equals(status(ns, "logs").getNumberAvailable()));
        DaemonSetStatus status = status(ns, "logs");
        assertThat(status.getDesiredNumberScheduled()).isEqualTo(1);
        assertThat(status.getCurrentNumberScheduled()).isEqualTo(1);
        assertThat(status.getNumberReady()).isEqualTo(1);
        assertThat(status.getUpdatedNumberScheduled()).isEqualTo(1);
        assertThat(status.getNumberMisscheduled()).isZero();
        assertThat(status.getNumberUnavailable()).isNull();
        assertThat(status.getObservedGeneration()).isEqualTo(1L);
        assertThat(pods(ns)).singleElement().satisfies(pod -> {
            assertThat(pod.getSpec().getNodeName()).isEqualTo("sandbox-node");
            assertThat(pod.getMetadata().getName()).matches("logs-[a-z0-9]{5}");
        });
    }

    @Test
    void failingPods_leaveTheDaemonSetUnavailable() {
        String ns = namespace();
        client.apps().daemonSets().inNamespace(ns).resource(daemonSet("logs",
                failing(FailureMode.CRASH_LOOP_BACK_OFF))).create();
        eventually().until(() -> status(ns, "logs") != null && Integer.valueOf(1).equals(status(ns, "logs")
                .getCurrentNumberScheduled()));
        eventually().during(java.time.Duration.ofMillis(400)).until(() -> status(ns, "logs").getNumberReady() == 0);
        assertThat(status(ns, "logs").getNumberUnavailable()).isEqualTo(1);
    }

    @Test
    void daemonSet_runsOnePodPerNodeObject() {
        String ns = namespace();
        for (String node : new String[] {"n1", "n2"}) {
            client.nodes().resource(new NodeBuilder().withNewMetadata().withName(node).endMetadata().build()).create();
        }
        try {
            client.apps().daemonSets().inNamespace(ns).resource(daemonSet("logs", Map.of())).create();
            eventually().until(() -> status(ns, "logs") != null
                    && Integer.valueOf(3).equals(status(ns, "logs").getNumberAvailable()));
            assertThat(status(ns, "logs").getDesiredNumberScheduled()).isEqualTo(3);
            assertThat(pods(ns)).extracting(p -> p.getSpec().getNodeName())
                    .containsExactlyInAnyOrder("sandbox-node", "n1", "n2");
        } finally {
            client.nodes().withName("n1").delete();
            client.nodes().withName("n2").delete();
        }
    }
}
