package dev.windlass.sandbox.controller.workload;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSetStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatefulSetControllerTest extends SandboxCluster {

    private static StatefulSet statefulSet(String name, int replicas, Map<String, String> podAnnotations) {
        PersistentVolumeClaim data = new PersistentVolumeClaimBuilder().withNewMetadata().withName("data").endMetadata()
                .withNewSpec().withAccessModes("ReadWriteOnce").withNewResources()
                .addToRequests("storage", new Quantity("1Gi")).endResources().endSpec().build();
        return new StatefulSetBuilder().withNewMetadata().withName(name).endMetadata().withNewSpec()
                .withReplicas(replicas).withServiceName(name).withNewSelector().addToMatchLabels("app", name).endSelector()
                .withTemplate(template(name, "postgres:16", podAnnotations)).withVolumeClaimTemplates(data)
                .endSpec().build();
    }

    private static StatefulSet get(String ns, String name) {
        return client.apps().statefulSets().inNamespace(ns).withName(name).get();
    }

    private static boolean ready(String ns, String name, int replicas) {
        StatefulSetStatus status = get(ns, name).getStatus();
        return status != null && Integer.valueOf(replicas).equals(status.getReadyReplicas())
                && Integer.valueOf(replicas).equals(status.getReplicas());
    }

    private static List<String> podNames(String ns) {
        return pods(ns).stream().map(p -> p.getMetadata().getName()).sorted().toList();
    }

    @Test
    void statefulSet_createsOrdinalPodsAndReportsRevisions() {
        String ns = namespace();
        client.apps().statefulSets().inNamespace(ns).resource(statefulSet("db", 3, Map.of())).create();
        eventually().until(() -> ready(ns, "db", 3));
        assertThat(podNames(ns)).containsExactly("db-0", "db-1", "db-2");
        StatefulSet sts = get(ns, "db");
        StatefulSetStatus status = sts.getStatus();
        assertThat(status.getCurrentReplicas()).isEqualTo(3);
        assertThat(status.getUpdatedReplicas()).isEqualTo(3);
        assertThat(status.getAvailableReplicas()).isEqualTo(3);
        assertThat(status.getObservedGeneration()).isEqualTo(sts.getMetadata().getGeneration());
        assertThat(status.getUpdateRevision()).startsWith("db-").isEqualTo(status.getCurrentRevision());
        Pod pod = client.pods().inNamespace(ns).withName("db-1").get();
        assertThat(pod.getMetadata().getLabels()).containsEntry("controller-revision-hash", status.getUpdateRevision())
                .containsEntry("statefulset.kubernetes.io/pod-name", "db-1");
        assertThat(pod.getSpec().getHostname()).isEqualTo("db-1");
        assertThat(pod.getSpec().getSubdomain()).isEqualTo("db");
    }

    @Test
    void orderedReady_createsTheNextPodOnlyWhenThePreviousIsReady() {
        String ns = namespace();
        client.apps().statefulSets().inNamespace(ns).resource(statefulSet("db", 3,
                failing(FailureMode.IMAGE_PULL_BACK_OFF))).create();
        eventually().until(() -> pods(ns).size() == 1 && "Pending".equals(pods(ns).get(0).getStatus().getPhase()));
        eventually().during(java.time.Duration.ofMillis(500)).until(() -> pods(ns).size() == 1);
        assertThat(podNames(ns)).containsExactly("db-0");
    }

    @Test
    void parallel_createsAllPodsAtOnce() {
        String ns = namespace();
        StatefulSet sts = statefulSet("db", 3, failing(FailureMode.IMAGE_PULL_BACK_OFF));
        sts.getSpec().setPodManagementPolicy("Parallel");
        client.apps().statefulSets().inNamespace(ns).resource(sts).create();
        eventually().until(() -> podNames(ns).equals(List.of("db-0", "db-1", "db-2")));
    }

    @Test
    void statefulSet_createsBoundClaimsFromItsTemplates() {
        String ns = namespace();
        client.apps().statefulSets().inNamespace(ns).resource(statefulSet("db", 2, Map.of())).create();
        eventually().until(() -> ready(ns, "db", 2));
        List<PersistentVolumeClaim> claims = client.persistentVolumeClaims().inNamespace(ns).list().getItems();
        assertThat(claims).extracting(c -> c.getMetadata().getName()).containsExactlyInAnyOrder("data-db-0", "data-db-1");
        assertThat(claims).allMatch(c -> c.getStatus().getPhase().equals("Bound"));
        assertThat(claims.get(0).getStatus().getCapacity()).containsEntry("storage", new Quantity("1Gi"));
        Pod pod = client.pods().inNamespace(ns).withName("db-0").get();
        assertThat(pod.getSpec().getVolumes()).anyMatch(v -> v.getName().equals("data")
                && v.getPersistentVolumeClaim().getClaimName().equals("data-db-0"));
    }

    @Test
    void scaleDown_removesTheHighestOrdinalsFirst() {
        String ns = namespace();
        client.apps().statefulSets().inNamespace(ns).resource(statefulSet("db", 3, Map.of())).create();
        eventually().until(() -> ready(ns, "db", 3));
        eventually().ignoreExceptions().until(() -> {
            StatefulSet sts = get(ns, "db");
            sts.getSpec().setReplicas(1);
            client.apps().statefulSets().inNamespace(ns).resource(sts).update();
            return true;
        });
        eventually().until(() -> ready(ns, "db", 1));
        assertThat(podNames(ns)).containsExactly("db-0");
        assertThat(client.persistentVolumeClaims().inNamespace(ns).list().getItems()).hasSize(3);
    }

    @Test
    void templateChange_replacesPodsAndMovesTheCurrentRevision() {
        String ns = namespace();
        client.apps().statefulSets().inNamespace(ns).resource(statefulSet("db", 2, Map.of())).create();
        eventually().until(() -> ready(ns, "db", 2));
        String before = get(ns, "db").getStatus().getCurrentRevision();
        eventually().ignoreExceptions().until(() -> {
            StatefulSet sts = get(ns, "db");
            sts.getSpec().getTemplate().getSpec().getContainers().get(0).setImage("postgres:17");
            client.apps().statefulSets().inNamespace(ns).resource(sts).update();
            return true;
        });
        eventually().until(() -> {
            StatefulSetStatus status = get(ns, "db").getStatus();
            return !status.getCurrentRevision().equals(before) && ready(ns, "db", 2)
                    && status.getCurrentRevision().equals(status.getUpdateRevision());
        });
        assertThat(pods(ns)).allMatch(p -> p.getSpec().getContainers().get(0).getImage().equals("postgres:17"));
    }
}
