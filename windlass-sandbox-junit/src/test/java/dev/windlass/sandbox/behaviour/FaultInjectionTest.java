package dev.windlass.sandbox.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.windlass.sandbox.Sandbox;
import dev.windlass.sandbox.fault.ErrorRule;
import dev.windlass.sandbox.fault.FaultRules;
import dev.windlass.sandbox.fault.LatencyRule;
import dev.windlass.sandbox.fault.RequestMatch;
import dev.windlass.sandbox.junit.SandboxExtension;
import dev.windlass.sandbox.junit.WithSandbox;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** Injected latency, errors, outages and dropped watches, as clients see them. */
@WithSandbox(controllers = false)
class FaultInjectionTest {

    private KubernetesClient client;
    private Sandbox sandbox;
    private String namespace;

    @BeforeEach
    void setUp(KubernetesClient client, Sandbox sandbox, TestInfo info) {
        this.client = client;
        this.sandbox = sandbox;
        this.namespace = SandboxExtension.namespace(client, info.getTestMethod().orElseThrow().getName());
    }

    @AfterEach
    void clearFaults() {
        sandbox.faults().clear();
    }

    @Test
    void errorRate429_carriesRetryAfter_andOnlyHitsTheMatchingResource() throws Exception {
        sandbox.faults().rules(FaultRules.NONE.withError(
                ErrorRule.of(new RequestMatch("list", "", "secrets"), 1.0, 429).withRetryAfterSeconds(7)));

        HttpResponse<String> response = raw("/api/v1/namespaces/" + namespace + "/secrets");
        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).contains("7");
        assertThat(response.body()).contains("\"reason\":\"TooManyRequests\"");
        assertThat(client.configMaps().inNamespace(namespace).list().getItems()).isNotNull();
    }

    @Test
    void errorRate500_failsWrites() {
        sandbox.faults().rules(FaultRules.NONE.withError(
                ErrorRule.of(new RequestMatch("create", "", "configmaps"), 1.0, 500)));

        assertThatThrownBy(() -> create("x"))
                .isInstanceOfSatisfying(KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(500));
        sandbox.faults().clear();
        assertThat(client.configMaps().inNamespace(namespace).withName("x").get()).isNull();
    }

    @Test
    void latency_delaysMatchingRequests() {
        sandbox.faults().rules(FaultRules.NONE.withLatency(LatencyRule.of(new RequestMatch("get", "", "configmaps"), 300)));
        create("slow");

        long start = System.nanoTime();
        client.configMaps().inNamespace(namespace).withName("slow").get();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void outage_failsEveryRequestWith503_untilCleared() throws Exception {
        sandbox.faults().outage(true);
        assertThat(raw("/api/v1/namespaces").statusCode()).isEqualTo(503);
        sandbox.faults().outage(false);
        assertThat(raw("/api/v1/namespaces").statusCode()).isEqualTo(200);
    }

    @Test
    void droppedWatches_areResumedByInformersWithoutLosingChanges() {
        List<String> added = new CopyOnWriteArrayList<>();
        SharedIndexInformer<ConfigMap> informer = client.configMaps().inNamespace(namespace).inform(
                new ResourceEventHandler<>() {
                    @Override
                    public void onAdd(ConfigMap obj) {
                        added.add(obj.getMetadata().getName());
                    }

                    @Override
                    public void onUpdate(ConfigMap oldObj, ConfigMap newObj) {
                    }

                    @Override
                    public void onDelete(ConfigMap obj, boolean deletedFinalStateUnknown) {
                    }
                });
        try {
            await().atMost(Duration.ofSeconds(5)).until(() -> sandbox.openWatches() > 0);
            int dropped = sandbox.faults().dropWatches();
            create("after-drop");

            assertThat(dropped).isPositive();
            await().atMost(Duration.ofSeconds(10)).until(() -> added.contains("after-drop"));
        } finally {
            informer.close();
        }
    }

    @Test
    void adminApi_setsAndClearsThePlan() throws Exception {
        String plan = "{\"errors\":[{\"verb\":\"get\",\"resource\":\"configmaps\",\"rate\":1,\"status\":409}]}";
        HttpResponse<String> put = send(HttpRequest.newBuilder(uri("/sandbox.windlass.dev/v1/faults"))
                .PUT(HttpRequest.BodyPublishers.ofString(plan)));
        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(raw("/api/v1/namespaces/" + namespace + "/configmaps/any").statusCode()).isEqualTo(409);

        send(HttpRequest.newBuilder(uri("/sandbox.windlass.dev/v1/faults")).DELETE());
        assertThat(raw("/api/v1/namespaces/" + namespace + "/configmaps/any").statusCode()).isEqualTo(404);
    }

    @Test
    void adminApi_refusesABadPlanNamingTheField() throws Exception {
        HttpResponse<String> put = send(HttpRequest.newBuilder(uri("/sandbox.windlass.dev/v1/faults"))
                .PUT(HttpRequest.BodyPublishers.ofString("{\"errors\":[{\"rate\":2}]}")));
        assertThat(put.statusCode()).isEqualTo(400);
        assertThat(put.body()).contains("errors[0].rate");
    }

    private void create(String name) {
        client.configMaps().inNamespace(namespace).resource(new ConfigMapBuilder().withNewMetadata().withName(name)
                .endMetadata().build()).create();
    }

    private HttpResponse<String> raw(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        HttpClient http = HttpClient.newBuilder().sslContext(sandbox.certificateAuthority().clientSslContext()).build();
        return http.send(request.header("Authorization", "Bearer " + sandbox.token()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create(sandbox.url() + path);
    }
}
