package dev.windlass.sandbox.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.windlass.sandbox.junit.SandboxExtension;
import dev.windlass.sandbox.junit.WithSandbox;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderCallbacks;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderElectionConfigBuilder;
import io.fabric8.kubernetes.client.extended.leaderelection.resourcelock.LeaseLock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** fabric8's leader election over coordination.k8s.io Leases: one leader, and a successor when it stops. */
@WithSandbox(controllers = false)
class LeaderElectionTest {

    @Test
    void oneCandidateLeads_andAnotherTakesOverWhenItStops(KubernetesClient client, TestInfo info) {
        String namespace = SandboxExtension.namespace(client, info.getTestMethod().orElseThrow().getName());
        AtomicReference<String> leader = new AtomicReference<>();

        CompletableFuture<?> first = elect(client, namespace, "first", leader);
        await().atMost(Duration.ofSeconds(15)).until(() -> "first".equals(leader.get()));
        CompletableFuture<?> second = elect(client, namespace, "second", leader);

        first.cancel(true);
        await().atMost(Duration.ofSeconds(30)).until(() -> "second".equals(leader.get()));
        assertThat(client.leases().inNamespace(namespace).withName("windlass").get().getSpec().getHolderIdentity())
                .isEqualTo("second");
        second.cancel(true);
    }

    private static CompletableFuture<?> elect(KubernetesClient client, String namespace, String identity,
                                              AtomicReference<String> leader) {
        return client.leaderElector().withConfig(new LeaderElectionConfigBuilder()
                .withName("windlass")
                .withLock(new LeaseLock(namespace, "windlass", identity))
                .withLeaseDuration(Duration.ofSeconds(3))
                .withRenewDeadline(Duration.ofSeconds(2))
                .withRetryPeriod(Duration.ofMillis(250))
                .withReleaseOnCancel(true)
                .withLeaderCallbacks(new LeaderCallbacks(() -> { }, () -> { }, leader::set))
                .build()).build().start();
    }
}
