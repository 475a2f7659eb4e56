package dev.windlass.sandbox.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.sandbox.Sandbox;
import dev.windlass.sandbox.junit.SandboxExtension;
import dev.windlass.sandbox.junit.WithSandbox;
import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** Authentication, health, discovery and the API server's refusals, through fabric8 and raw HTTPS. */
@WithSandbox(controllers = false)
class ServingTest {

    private KubernetesClient client;
    private Sandbox sandbox;
    private String namespace;

    @BeforeEach
    void setUp(KubernetesClient client, Sandbox sandbox, TestInfo info) {
        this.client = client;
        this.sandbox = sandbox;
        this.namespace = SandboxExtension.namespace(client, info.getTestMethod().orElseThrow().getName());
    }

    @Test
    void requestsWithoutTheToken_are401_butHealthIsPublic() throws Exception {
        assertThat(get("/api/v1/namespaces", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/namespaces", "wrong").statusCode()).isEqualTo(401);
        assertThat(get("/healthz", null).body()).isEqualTo("ok");
        assertThat(get("/readyz", null).statusCode()).isEqualTo(200);
        assertThat(get("/version", null).body()).contains("\"major\":\"1\"");
    }

    @Test
    void discovery_listsBuiltInGroupsWithVerbsAndShortNames() {
        assertThat(client.getApiGroups().getGroups()).extracting("name")
                .contains("apps", "batch", "networking.k8s.io", "rbac.authorization.k8s.io",
                        "apiextensions.k8s.io", "coordination.k8s.io");
        APIResource deployments = client.getApiResources("apps/v1").getResources().stream()
                .filter(r -> r.getName().equals("deployments")).findFirst().orElseThrow();
        assertThat(deployments.getNamespaced()).isTrue();
        assertThat(deployments.getShortNames()).containsExactly("deploy");
        assertThat(deployments.getVerbs()).contains("create", "list", "watch", "patch");
        assertThat(client.getApiResources("apps/v1").getResources()).extracting("name")
                .contains("deployments/status", "deployments/scale");
    }

    @Test
    void immutableSelector_is422NamingTheField() {
        client.apps().deployments().inNamespace(namespace).resource(StorageSemanticsTest.deployment("web")).create();
        Deployment current = client.apps().deployments().inNamespace(namespace).withName("web").get();
        Deployment changed = new DeploymentBuilder(current).editSpec().editSelector().addToMatchLabels("tier", "x")
                .endSelector().editTemplate().editMetadata().addToLabels("tier", "x").endMetadata().endTemplate()
                .endSpec().build();

        assertThatThrownBy(() -> client.apps().deployments().inNamespace(namespace).resource(changed).update())
                .isInstanceOfSatisfying(KubernetesClientException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(422);
                    assertThat(e.getStatus().getDetails().getCauses()).extracting("field").contains("spec.selector");
                    assertThat(e.getStatus().getMessage()).contains("field is immutable");
                });
    }

    @Test
    void invalidName_is422WithTheRfc1123Message() {
        assertThatThrownBy(() -> client.configMaps().inNamespace(namespace).resource(new ConfigMapBuilder()
                .withNewMetadata().withName("Bad_Name").endMetadata().build()).create())
                .isInstanceOfSatisfying(KubernetesClientException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(422);
                    assertThat(e.getStatus().getMessage()).contains("a lowercase RFC 1123 subdomain");
                });
    }

    @Test
    void configMapOverOneMebibyte_is422() {
        String big = "x".repeat(1_100_000);
        assertThatThrownBy(() -> client.configMaps().inNamespace(namespace).resource(new ConfigMapBuilder()
                .withNewMetadata().withName("big").endMetadata().addToData("k", big).build()).create())
                .isInstanceOfSatisfying(KubernetesClientException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(422);
                    assertThat(e.getStatus().getMessage()).contains("1048576");
                });
    }

    @Test
    void objectOverTheStorageLimit_is413() {
        Deployment big = new DeploymentBuilder(StorageSemanticsTest.deployment("big")).editSpec().editTemplate()
                .editSpec().editFirstContainer().addNewEnv().withName("BLOB").withValue("x".repeat(1_600_000))
                .endEnv().endContainer().endSpec().endTemplate().endSpec().build();
        assertThatThrownBy(() -> client.apps().deployments().inNamespace(namespace).resource(big).create())
                .isInstanceOfSatisfying(KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(413));
    }

    @Test
    void clusterScopedObject_dropsANamespace_andNamespacedObjectsNeedOne() {
        var created = client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(namespace + "-x")
                .withNamespace("ignored").endMetadata().build()).create();
        assertThat(created.getMetadata().getNamespace()).isNull();
    }

    @Test
    void deletePreconditions_onAStaleVersion_are409() throws Exception {
        String version = client.configMaps().inNamespace(namespace).resource(new ConfigMapBuilder().withNewMetadata()
                .withName("c").endMetadata().build()).create().getMetadata().getResourceVersion();
        client.configMaps().inNamespace(namespace).withName("c").edit(c -> new ConfigMapBuilder(c)
                .addToData("k", "v").build());

        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/namespaces/" + namespace
                        + "/configmaps/c")).header("Content-Type", "application/json")
                .method("DELETE", HttpRequest.BodyPublishers.ofString(
                        "{\"kind\":\"DeleteOptions\",\"preconditions\":{\"resourceVersion\":\"" + version + "\"}}")));

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.body()).contains("Precondition failed: ResourceVersion in precondition: " + version);
        assertThat(client.configMaps().inNamespace(namespace).withName("c").get()).isNotNull();
    }

    @Test
    void dryRunDelete_keepsTheObject() throws Exception {
        client.configMaps().inNamespace(namespace).resource(new ConfigMapBuilder().withNewMetadata()
                .withName("kept").endMetadata().build()).create();

        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/namespaces/" + namespace
                + "/configmaps/kept?dryRun=All")).DELETE());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(client.configMaps().inNamespace(namespace).withName("kept").get()).isNotNull();
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http().send(request.header("Authorization", "Bearer " + sandbox.token()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpClient http() {
        return HttpClient.newBuilder().sslContext(sandbox.certificateAuthority().clientSslContext()).build();
    }

    private URI uri(String path) {
        return URI.create(sandbox.url() + path);
    }
}
