package dev.windlass.sandbox.table;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.tree.MapNode;
import dev.windlass.sandbox.Sandbox;
import dev.windlass.sandbox.api.WireJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The wire: which requests get a Table, its content type, and the includeObject parameter. */
class TableEndpointTest {

    private static final String TABLE_ACCEPT = "application/json;as=Table;v=v1;g=meta.k8s.io,"
            + "application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json";

    private static Sandbox sandbox;
    private static HttpClient http;

    @BeforeAll
    static void start() throws Exception {
        sandbox = Sandbox.builder().controllers(false).start();
        http = HttpClient.newBuilder().sslContext(sandbox.certificateAuthority().clientSslContext()).build();
        send("POST", "/api/v1/namespaces", "application/json", "{\"apiVersion\":\"v1\",\"kind\":\"Namespace\","
                + "\"metadata\":{\"name\":\"shop\"}}");
        send("POST", "/api/v1/namespaces/shop/configmaps", "application/json", "{\"apiVersion\":\"v1\","
                + "\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"settings\"},\"data\":{\"a\":\"1\",\"b\":\"2\"}}");
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static HttpResponse<String> send(String method, String path, String accept, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.url() + path))
                .header("Authorization", "Bearer " + sandbox.token())
                .header("Accept", accept);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static MapNode json(HttpResponse<String> response) {
        return WireJson.parse(response.body().getBytes(StandardCharsets.UTF_8)).asMap().orElseThrow();
    }

    @Test
    void list_withTableAcceptAnswersATable() throws Exception {
        HttpResponse<String> response = send("GET", "/api/v1/namespaces/shop/configmaps", TABLE_ACCEPT, null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .contains("application/json;as=Table;v=v1;g=meta.k8s.io");
        MapNode table = json(response);
        assertThat(table.getText("kind")).contains("Table");
        assertThat(table.getMap("metadata").orElseThrow().getText("resourceVersion")).isPresent();
        MapNode row = table.getList("rows").orElseThrow().items().stream().map(r -> r.asMap().orElseThrow())
                .filter(r -> Fixtures.plain(r.getList("cells").orElseThrow()).get(0).equals("settings"))
                .findFirst().orElseThrow();
        assertThat(Fixtures.plain(row.getList("cells").orElseThrow()).subList(0, 2)).containsExactly("settings", 2L);
        assertThat(row.getMap("object").orElseThrow().getText("kind")).contains("PartialObjectMetadata");
    }

    @Test
    void get_withTableAcceptAnswersAOneRowTableHonouringIncludeObject() throws Exception {
        MapNode table = json(send("GET", "/api/v1/namespaces/shop/configmaps/settings?includeObject=Object",
                TABLE_ACCEPT, null));
        List<?> rows = table.getList("rows").orElseThrow().items();
        assertThat(rows).hasSize(1);
        MapNode object = table.getList("rows").orElseThrow().items().get(0).asMap().orElseThrow()
                .getMap("object").orElseThrow();
        assertThat(object.getText("kind")).contains("ConfigMap");
        assertThat(object.getMap("data")).isPresent();
    }

    @Test
    void list_withPlainJsonAcceptStaysAList() throws Exception {
        HttpResponse<String> response = send("GET", "/api/v1/namespaces/shop/configmaps", "application/json", null);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(json(response).getText("kind")).contains("ConfigMapList");
    }

    @Test
    void list_withUnknownIncludeObjectIsABadRequest() throws Exception {
        HttpResponse<String> response = send("GET", "/api/v1/namespaces/shop/configmaps?includeObject=Everything",
                TABLE_ACCEPT, null);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).getText("message")).hasValueSatisfying(m -> assertThat(m)
                .contains("unrecognized includeObject value: \"Everything\""));
    }
}
