package dev.windlass.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.engine.cluster.ApplyOptions;
import dev.windlass.engine.cluster.ClusterException;
import dev.windlass.engine.cluster.ClusterException.Reason;
import dev.windlass.engine.tracking.Tracking;
import dev.windlass.sandbox.Sandbox;
import dev.windlass.sandbox.fault.ErrorRule;
import dev.windlass.sandbox.fault.FaultRules;
import dev.windlass.sandbox.fault.LatencyRule;
import dev.windlass.sandbox.fault.RequestMatch;
import dev.windlass.sandbox.junit.SandboxExtension;
import dev.windlass.sandbox.junit.WithSandbox;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the server's refusals and outages look like to the engine, with faults injected into the sandbox. */
@WithSandbox(controllers = false)
class FailureMappingTest {

    private static KubernetesClient impatient;
    private static KubeCluster cluster;
    private Sandbox sandbox;
    private String namespace;

    @BeforeAll
    static void connect(KubernetesClient client) {
        impatient = Fixtures.impatient(client);
        cluster = KubeCluster.connect(impatient, Tracking.DEFAULT);
    }

    @AfterAll
    static void close() {
        cluster.close();
        impatient.close();
    }

    @BeforeEach
    void namespace(KubernetesClient client, Sandbox sandbox, TestInfo info) {
        this.sandbox = sandbox;
        this.namespace = SandboxExtension.namespace(client, Fixtures.uniqueName(info.getTestMethod().orElseThrow().getName()));
    }

    @AfterEach
    void clearFaults() {
        sandbox.faults().clear();
    }

    /** The codes the sandbox can inject; {@link FailuresTest} covers the whole table. */
    @ParameterizedTest(name = "HTTP {0} -> {1}")
    @CsvSource({"500, UNAVAILABLE", "503, UNAVAILABLE", "429, UNAVAILABLE", "409, CONFLICT"})
    void apply_mapsTheServersAnswerToAReason(int status, Reason reason) throws Exception {
        cluster.resourceType(Fixtures.configMap(namespace, "x", "a", "b").gvk());
        sandbox.faults().rules(FaultRules.NONE.withError(
                ErrorRule.of(new RequestMatch("patch", "", "configmaps"), 1.0, status)));

        assertThatThrownBy(() -> cluster.apply(Fixtures.configMap(namespace, "web", "a", "b"), ApplyOptions.APPLY))
                .isInstanceOfSatisfying(ClusterException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.getMessage()).startsWith("apply ConfigMap " + namespace + "/web failed (HTTP " + status);
                });
    }

    @Test
    void retries_ofA5xxAnswer_areCappedByTheOptions(KubernetesClient client) throws Exception {
        try (KubeCluster capped = KubeCluster.connect(client, Tracking.DEFAULT,
                KubeOptions.DEFAULT.withRequestRetries(1))) {
            capped.tracked("warm-up");
            sandbox.faults().rules(FaultRules.NONE.withError(
                    ErrorRule.of(new RequestMatch("patch", "", "configmaps"), 1.0, 503)));
            long before = capped.requestCount();

            assertThatThrownBy(() -> capped.apply(Fixtures.configMap(namespace, "web", "a", "b"), ApplyOptions.APPLY))
                    .isInstanceOfSatisfying(ClusterException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE));
            assertThat(capped.requestCount() - before).isEqualTo(2);
        }
    }

    @Test
    void unreachableServer_isUnavailable() {
        KubernetesClient nowhere = new KubernetesClientBuilder().withConfig(new ConfigBuilder(impatient.getConfiguration())
                .withMasterUrl("https://127.0.0.1:1").withConnectionTimeout(500).build()).build();
        try (KubeCluster offline = KubeCluster.connect(nowhere, Tracking.DEFAULT)) {
            assertThatThrownBy(() -> offline.tracked("any"))
                    .isInstanceOfSatisfying(ClusterException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE);
                        assertThat(e.retryable()).isTrue();
                    });
        } finally {
            nowhere.close();
        }
    }

    @Test
    void tracked_whenAKindDoesNotFinishListingInTime_isUnavailableNamingIt(KubernetesClient client) {
        sandbox.faults().rules(FaultRules.NONE.withLatency(
                LatencyRule.of(new RequestMatch("list", "", "secrets"), 1_000)));
        KubernetesClient slowClient = Fixtures.impatient(client);
        try (KubeCluster slow = KubeCluster.connect(slowClient,
                Tracking.DEFAULT, KubeOptions.DEFAULT.withSyncTimeout(Duration.ofMillis(200)))) {
            assertThatThrownBy(() -> slow.tracked("any"))
                    .isInstanceOfSatisfying(ClusterException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE);
                        assertThat(e.getMessage()).contains("Secret");
                    });
        } finally {
            slowClient.close();
        }
    }

    @Test
    void discoveryFailure_isReportedWithTheDiscoveryPath() {
        sandbox.faults().outage(true);
        try {
            assertThatThrownBy(() -> cluster.discovery().refresh())
                    .isInstanceOfSatisfying(ClusterException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE);
                        assertThat(e.getMessage()).contains("/api");
                    });
        } finally {
            sandbox.faults().outage(false);
        }
    }
}
