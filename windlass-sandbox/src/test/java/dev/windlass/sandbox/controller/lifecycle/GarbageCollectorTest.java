package dev.windlass.sandbox.controller.lifecycle;

import static dev.windlass.sandbox.controller.lifecycle.LifecycleFixture.eventually;
import static dev.windlass.sandbox.controller.lifecycle.LifecycleFixture.owner;
import static dev.windlass.sandbox.controller.lifecycle.LifecycleFixture.ownedBy;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.DeletionPropagation;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GarbageCollectorTest {

    private static LifecycleFixture fx;

    @BeforeAll
    static void start() {
        fx = LifecycleFixture.coreOnly();
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @Test
    void backgroundDeletion_deletesTheOwnersDependents() {
        String ns = fx.namespace("gc-bg");
        ReplicaSet rs = fx.replicaSet(ns, "web");
        fx.pod(ns, "web-1", List.of(ownedBy(rs)));
        fx.pod(ns, "web-2", List.of(ownedBy(rs)));
        fx.pod(ns, "other", List.of());

        fx.client.apps().replicaSets().inNamespace(ns).withName("web").delete();

        eventually().untilAsserted(() -> assertThat(podNames(ns)).containsExactly("other"));
    }

    @Test
    void orphanDeletion_keepsDependentsWithoutTheOwnerReference() {
        String ns = fx.namespace("gc-orphan");
        ReplicaSet rs = fx.replicaSet(ns, "web");
        fx.pod(ns, "web-1", List.of(ownedBy(rs)));

        fx.client.apps().replicaSets().inNamespace(ns).withName("web")
                .withPropagationPolicy(DeletionPropagation.ORPHAN).delete();

        eventually().untilAsserted(() ->
                assertThat(fx.client.apps().replicaSets().inNamespace(ns).withName("web").get()).isNull());
        Pod pod = fx.client.pods().inNamespace(ns).withName("web-1").get();
        assertThat(pod.getMetadata().getOwnerReferences()).isEmpty();
        assertThat(pod.getMetadata().getDeletionTimestamp()).isNull();
    }

    @Test
    void foregroundDeletion_keepsTheOwnerUntilBlockingDependentsAreGone() {
        String ns = fx.namespace("gc-fg");
        ReplicaSet rs = fx.replicaSet(ns, "web");
        fx.pod(ns, "web-1", List.of(ownedBy(rs)), "test.windlass.dev/hold");

        fx.client.apps().replicaSets().inNamespace(ns).withName("web")
                .withPropagationPolicy(DeletionPropagation.FOREGROUND).delete();

        eventually().untilAsserted(() -> assertThat(fx.client.pods().inNamespace(ns).withName("web-1").get()
                .getMetadata().getDeletionTimestamp()).isNotNull());
        ReplicaSet waiting = fx.client.apps().replicaSets().inNamespace(ns).withName("web").get();
        assertThat(waiting.getMetadata().getFinalizers()).containsExactly("foregroundDeletion");
        assertThat(waiting.getMetadata().getDeletionTimestamp()).isNotNull();

        fx.releasePod(ns, "web-1");

        eventually().untilAsserted(() ->
                assertThat(fx.client.apps().replicaSets().inNamespace(ns).withName("web").get()).isNull());
        assertThat(podNames(ns)).isEmpty();
    }

    @Test
    void foregroundDeletion_releasesTheOwnerAtOnceWhenNoDependentBlocks() {
        String ns = fx.namespace("gc-fg-nb");
        ReplicaSet rs = fx.replicaSet(ns, "web");
        OwnerReference nonBlocking = owner("apps/v1", "ReplicaSet", "web", rs.getMetadata().getUid(), false);
        fx.pod(ns, "web-1", List.of(nonBlocking), "test.windlass.dev/hold");

        fx.client.apps().replicaSets().inNamespace(ns).withName("web")
                .withPropagationPolicy(DeletionPropagation.FOREGROUND).delete();

        eventually().untilAsserted(() ->
                assertThat(fx.client.apps().replicaSets().inNamespace(ns).withName("web").get()).isNull());
        assertThat(fx.client.pods().inNamespace(ns).withName("web-1").get().getMetadata().getDeletionTimestamp())
                .isNotNull();
        fx.releasePod(ns, "web-1");
    }

    @Test
    void ownerDeletion_dropsTheDeadReferenceWhenAnotherOwnerLives() {
        String ns = fx.namespace("gc-two");
        ReplicaSet a = fx.replicaSet(ns, "a");
        ReplicaSet b = fx.replicaSet(ns, "b");
        OwnerReference second = owner("apps/v1", "ReplicaSet", "b", b.getMetadata().getUid(), false);
        second.setController(false);
        fx.pod(ns, "shared", List.of(ownedBy(a), second));

        fx.client.apps().replicaSets().inNamespace(ns).withName("a").delete();

        eventually().untilAsserted(() -> assertThat(fx.client.pods().inNamespace(ns).withName("shared").get()
                .getMetadata().getOwnerReferences()).extracting(OwnerReference::getName).containsExactly("b"));
        assertThat(fx.client.pods().inNamespace(ns).withName("shared").get().getMetadata().getDeletionTimestamp())
                .isNull();
    }

    @Test
    void danglingOwnerUid_collectsTheDependent() {
        String ns = fx.namespace("gc-dangling");
        fx.pod(ns, "lost", List.of(owner("apps/v1", "ReplicaSet", "never", "00000000-0000-0000-0000-000000000001", true)));

        eventually().untilAsserted(() -> assertThat(podNames(ns)).isEmpty());
    }

    @Test
    void ownerWithTheNameButAnotherUid_doesNotKeepTheDependent() {
        String ns = fx.namespace("gc-uid");
        fx.replicaSet(ns, "web");
        fx.pod(ns, "web-1", List.of(owner("apps/v1", "ReplicaSet", "web", "00000000-0000-0000-0000-000000000002", true)));

        eventually().untilAsserted(() -> assertThat(podNames(ns)).isEmpty());
        assertThat(fx.client.apps().replicaSets().inNamespace(ns).withName("web").get()).isNotNull();
    }

    @Test
    void namespacedOwner_ownsOnlyDependentsInItsNamespace() {
        String home = fx.namespace("gc-home");
        String away = fx.namespace("gc-away");
        ReplicaSet rs = fx.replicaSet(home, "web");
        fx.pod(home, "near", List.of(ownedBy(rs)));
        fx.pod(away, "far", List.of(ownedBy(rs)));

        eventually().untilAsserted(() -> assertThat(podNames(away)).isEmpty());
        assertThat(podNames(home)).containsExactly("near");
    }

    @Test
    void clusterScopedOwner_ownsNamespacedDependentsUntilItIsDeleted() {
        String ns = fx.namespace("gc-cluster");
        String owningNs = fx.namespace("gc-owner");
        String uid = fx.getNamespace(owningNs).getMetadata().getUid();
        ConfigMap dependent = new ConfigMapBuilder().withNewMetadata().withName("tracked")
                .withOwnerReferences(owner("v1", "Namespace", owningNs, uid, false)).endMetadata().build();
        fx.client.configMaps().inNamespace(ns).resource(dependent).create();

        sleepBriefly();
        assertThat(fx.client.configMaps().inNamespace(ns).withName("tracked").get()).isNotNull();

        fx.client.namespaces().withName(owningNs).delete();

        eventually().untilAsserted(() -> assertThat(fx.client.configMaps().inNamespace(ns).withName("tracked").get()).isNull());
    }

    @Test
    void ownerOfAnUnservedKind_keepsTheDependent() {
        String ns = fx.namespace("gc-unknown");
        fx.pod(ns, "kept", List.of(owner("example.com/v1", "Gadget", "g", "00000000-0000-0000-0000-000000000003", true)));

        sleepBriefly();
        assertThat(podNames(ns)).containsExactly("kept");
    }

    private static List<String> podNames(String ns) {
        return fx.client.pods().inNamespace(ns).list().getItems().stream()
                .map(p -> p.getMetadata().getName()).sorted().toList();
    }

    /** Long enough for the collector to have acted on what was just written. */
    private static void sleepBriefly() {
        try {
            fx.sandbox.controllers().awaitIdle(Duration.ofSeconds(5));
            Thread.sleep(100);
            fx.sandbox.controllers().awaitIdle(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
