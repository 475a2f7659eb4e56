package dev.windlass.sandbox.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.windlass.model.tree.MapNode;
import dev.windlass.sandbox.Sandbox;
import dev.windlass.sandbox.api.WireJson;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.StatusCause;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.NonNamespaceOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Custom resources written through a running sandbox with fabric8 and plain HTTP. */
class SchemaEndToEndTest {

    private static final String NS = "schema";
    private static final String PATH = "/apis/example.com/v1/namespaces/" + NS + "/gizmos";
    private static final String CRD = """
            apiVersion: apiextensions.k8s.io/v1
            kind: CustomResourceDefinition
            metadata: {name: gizmos.example.com}
            spec:
              group: example.com
              scope: Namespaced
              names: {kind: Gizmo, plural: gizmos}
              versions:
              - name: v1
                served: true
                storage: true
                subresources: {status: {}}
                schema:
                  openAPIV3Schema:
                    type: object
                    properties:
                      spec:
                        type: object
                        required: [size]
                        properties:
                          size: {type: integer, minimum: 1}
                          color: {type: string, enum: [red, blue], default: red}
                      status:
                        type: object
                        properties:
                          phase: {type: string, enum: [Ready, Failed]}
            """;

    private static Sandbox sandbox;
    private static KubernetesClient client;
    private static HttpClient http;

    @BeforeAll
    static void start() throws Exception {
        sandbox = Sandbox.builder().controllers(false).start();
        client = new KubernetesClientBuilder().withConfig(Config.fromKubeconfig(sandbox.kubeconfig().toYaml())).build();
        http = HttpClient.newBuilder().sslContext(sandbox.certificateAuthority().clientSslContext()).build();
        client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(NS).endMetadata().build()).create();
        client.load(new ByteArrayInputStream(CRD.getBytes(StandardCharsets.UTF_8))).create();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> sandbox.api().registry().find("example.com", "v1", "gizmos").isPresent());
    }

    @AfterAll
    static void stop() {
        client.close();
        sandbox.close();
    }

    @Test
    void create_refusesAViolationWithTheRealMessage() {
        assertThatThrownBy(() -> gizmos().resource(gizmo("small", Map.of("size", 0, "color", "pink"))).create())
                .isInstanceOfSatisfying(KubernetesClientException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(422);
                    assertThat(e.getStatus().getDetails().getCauses()).extracting(StatusCause::getField,
                            StatusCause::getMessage).containsExactly(
                            org.assertj.core.groups.Tuple.tuple("spec.size",
                                    "Invalid value: 0: spec.size in body should be greater than or equal to 1"),
                            org.assertj.core.groups.Tuple.tuple("spec.color",
                                    "Unsupported value: \"pink\": supported values: \"red\", \"blue\""));
                    assertThat(e.getStatus().getMessage()).startsWith("Gizmo.example.com \"small\" is invalid: [spec.size");
                });
        assertThat(gizmos().withName("small").get()).isNull();
    }

    @Test
    void create_withoutFieldValidation_prunesUnknownFieldsAndWarns() throws Exception {
        HttpResponse<String> response = send("POST", PATH, body("warned", "{\"size\":2,\"bogus\":1}"));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().allValues("Warning")).containsExactly("299 - \"unknown field \\\"spec.bogus\\\"\"");
        assertThat(spec("warned")).isEqualTo(Map.of("size", 2, "color", "red"));
    }

    @Test
    void create_withStrictFieldValidation_refusesUnknownFields() throws Exception {
        HttpResponse<String> response = send("POST", PATH + "?fieldValidation=Strict",
                body("strict", "{\"size\":2,\"bogus\":1,\"zzz\":{}}"));

        assertThat(response.statusCode()).isEqualTo(400);
        MapNode status = json(response);
        assertThat(status.getText("reason")).contains("BadRequest");
        assertThat(status.getText("message")).contains("Gizmo in version \"v1\" cannot be handled as a Gizmo: "
                + "strict decoding error: unknown field \"spec.bogus\", unknown field \"spec.zzz\"");
        assertThat(gizmos().withName("strict").get()).isNull();
    }

    @Test
    void create_withIgnoreFieldValidation_prunesSilently() throws Exception {
        HttpResponse<String> response = send("POST", PATH + "?fieldValidation=Ignore",
                body("ignored", "{\"size\":3,\"bogus\":1}"));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().allValues("Warning")).isEmpty();
        assertThat(spec("ignored")).isEqualTo(Map.of("size", 3, "color", "red"));
    }

    @Test
    void create_withAnUnknownFieldValidationValue_isRefused() throws Exception {
        HttpResponse<String> response = send("POST", PATH + "?fieldValidation=Loose", body("loose", "{\"size\":3}"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(json(response).getText("message")).contains("CreateOptions.meta.k8s.io \"\" is invalid: "
                + "fieldValidation: Unsupported value: \"Loose\": supported values: \"\", \"Ignore\", \"Strict\", \"Warn\"");
    }

    @Test
    void statusUpdate_isValidatedAgainstTheStatusSchema() {
        gizmos().resource(gizmo("status", Map.of("size", 1))).create();
        GenericKubernetesResource current = gizmos().withName("status").get();
        current.setAdditionalProperty("status", Map.of("phase", "Lost"));

        assertThatThrownBy(() -> gizmos().resource(current).updateStatus())
                .isInstanceOfSatisfying(KubernetesClientException.class, e -> assertThat(e.getStatus().getMessage())
                        .contains("status.phase: Unsupported value: \"Lost\": supported values: \"Ready\", \"Failed\""));

        current.setAdditionalProperty("status", Map.of("phase", "Ready"));
        gizmos().resource(current).updateStatus();
        assertThat(gizmos().withName("status").get().getAdditionalProperties().get("status"))
                .isEqualTo(Map.of("phase", "Ready"));
    }

    @Test
    void mergePatch_resultIsValidated() {
        gizmos().resource(gizmo("patched", Map.of("size", 1))).create();

        assertThatThrownBy(() -> gizmos().withName("patched").patch(
                io.fabric8.kubernetes.client.dsl.base.PatchContext.of(io.fabric8.kubernetes.client.dsl.base.PatchType.JSON_MERGE),
                "{\"spec\":{\"size\":-1}}"))
                .isInstanceOfSatisfying(KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(422));
        assertThat(spec("patched")).containsEntry("size", 1);
    }

    private static NonNamespaceOperation<GenericKubernetesResource, GenericKubernetesResourceList,
            Resource<GenericKubernetesResource>> gizmos() {
        return client.genericKubernetesResources(new ResourceDefinitionContext.Builder().withGroup("example.com")
                .withVersion("v1").withKind("Gizmo").withPlural("gizmos").withNamespaced(true).build()).inNamespace(NS);
    }

    private static GenericKubernetesResource gizmo(String name, Map<String, Object> spec) {
        GenericKubernetesResource gizmo = new GenericKubernetesResource();
        gizmo.setApiVersion("example.com/v1");
        gizmo.setKind("Gizmo");
        gizmo.setMetadata(new io.fabric8.kubernetes.api.model.ObjectMetaBuilder().withName(name).build());
        gizmo.setAdditionalProperty("spec", spec);
        return gizmo;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> spec(String name) {
        return (Map<String, Object>) gizmos().withName(name).get().getAdditionalProperties().get("spec");
    }

    private static String body(String name, String spec) {
        return "{\"apiVersion\":\"example.com/v1\",\"kind\":\"Gizmo\",\"metadata\":{\"name\":\"" + name + "\"},"
                + "\"spec\":" + spec + "}";
    }

    private static HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox.url() + path))
                .header("Authorization", "Bearer " + sandbox.token())
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static MapNode json(HttpResponse<String> response) {
        return WireJson.parse(response.body().getBytes(StandardCharsets.UTF_8)).asMap().orElseThrow();
    }
}
