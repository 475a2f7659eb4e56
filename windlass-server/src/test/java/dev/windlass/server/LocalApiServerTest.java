package dev.windlass.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.controller.api.OperationException;
import dev.windlass.controller.api.OperationException.Reason;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The routes of the local API over real HTTP, with a fake behind them. */
class LocalApiServerTest {

    private final FakeApplications fake = new FakeApplications().add("argocd", "guestbook").add("team-a", "podinfo");
    private final HttpClient http = HttpClient.newHttpClient();
    private LocalApiServer server;

    @BeforeEach
    void start() throws IOException {
        server = LocalApiServer.start(fake, ServerOptions.DEFAULT.withMaxRequestBytes(1024));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> send(String method, String path, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        return send(method, path, body, server.endpoint().token());
    }

    @Test
    void server_bindsLoopbackOnly_withARandomToken() throws IOException {
        assertThat(server.url()).matches("http://127\\.0\\.0\\.1:\\d+");
        try (LocalApiServer other = LocalApiServer.start(fake)) {
            assertThat(other.endpoint().token()).hasSizeGreaterThanOrEqualTo(40).isNotEqualTo(server.endpoint().token());
        }
    }

    @ParameterizedTest(name = "token {0}")
    @CsvSource(value = {"NONE", "wrong", "''"}, nullValues = "NONE")
    void request_withoutTheRightToken_is401_andReachesNoOperation(String token) throws Exception {
        HttpResponse<String> response = send("GET", "/api/v1/applications", null, token);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(response.body()).contains("\"code\":16").contains("Authorization: Bearer");
        assertThat(fake.calls).isEmpty();
    }

    @Test
    void tokenWithAnExtraCharacter_is401() throws Exception {
        assertThat(send("GET", "/api/v1/applications", null, server.endpoint().token() + "x").statusCode()).isEqualTo(401);
    }

    @Test
    void list_returnsItems() throws Exception {
        HttpResponse<String> response = send("GET", "/api/v1/applications", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.body()).startsWith("{\"items\":[{\"apiVersion\":\"argoproj.io/v1alpha1\"")
                .contains("\"name\":\"guestbook\"").contains("\"name\":\"podinfo\"");
    }

    @Test
    void list_withAppNamespace_keepsOnlyThatNamespace() throws Exception {
        String body = send("GET", "/api/v1/applications?appNamespace=team-a", null).body();

        assertThat(body).contains("podinfo").doesNotContain("guestbook");
    }

    @Test
    void get_returnsTheApplicationWithStatus() throws Exception {
        HttpResponse<String> response = send("GET", "/api/v1/applications/guestbook", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":{\"sync\":{\"status\":\"Synced\"}}");
        assertThat(fake.calls).containsExactly("get guestbook");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "/api/v1/applications/podinfo?appNamespace=team-a, get team-a/podinfo",
        "/api/v1/applications/team-a%2Fpodinfo, get team-a/podinfo",
        "/api/v1/applications/team-a%2Fpodinfo?appNamespace=team-a, get team-a/podinfo"})
    void get_namespacedName_reachesTheOperationAsNamespaceSlashName(String path, String call) throws Exception {
        assertThat(send("GET", path, null).statusCode()).isEqualTo(200);
        assertThat(fake.calls).containsExactly(call);
    }

    @Test
    void get_unknownApplication_is404WithArgoCdStyleBody() throws Exception {
        HttpResponse<String> response = send("GET", "/api/v1/applications/nope", null);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("{\"error\":\"applications.argoproj.io \\\"nope\\\" not found\",\"code\":5,"
                + "\"message\":\"applications.argoproj.io \\\"nope\\\" not found\"}");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "/api/v1/applications/Guestbook, application name",
        "/api/v1/applications/a..b%20c, application name",
        "/api/v1/applications/guestbook?appNamespace=Team_A, namespace",
        "/api/v1/applications/team-a%2Fpodinfo?appNamespace=other, namespace once"})
    void get_invalidNameOrNamespace_is400_namingIt(String path, String named) throws Exception {
        HttpResponse<String> response = send("GET", path, null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"code\":3").contains(named);
        assertThat(fake.calls).isEmpty();
    }

    @ParameterizedTest(name = "?refresh={0}")
    @CsvSource({"normal", "hard"})
    void get_withRefreshQuery_refreshesFirst_likeArgoCd(String refresh) throws Exception {
        assertThat(send("GET", "/api/v1/applications/guestbook?refresh=" + refresh, null).statusCode()).isEqualTo(200);
        assertThat(fake.calls).containsExactly("refresh guestbook");
    }

    @Test
    void postRefresh_refreshes() throws Exception {
        assertThat(send("POST", "/api/v1/applications/guestbook/refresh", "").statusCode()).isEqualTo(200);
        assertThat(fake.calls).containsExactly("refresh guestbook");
    }

    @Test
    void sync_passesTheBodyAsASyncRequest_andReturnsTheApplication() throws Exception {
        HttpResponse<String> response = send("POST", "/api/v1/applications/guestbook/sync",
                "{\"name\":\"guestbook\",\"prune\":true,\"dryRun\":false,\"revision\":\"v1.2.0\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"kind\":\"Application\"");
        assertThat(fake.calls).containsExactly("sync guestbook SyncRequest[prune=true, dryRun=false, revision=v1.2.0]");
    }

    @Test
    void sync_withEmptyBody_usesDefaults() throws Exception {
        send("POST", "/api/v1/applications/guestbook/sync", "");

        assertThat(fake.calls).containsExactly("sync guestbook SyncRequest[prune=false, dryRun=false, revision=]");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"prune\":\"yes\"}|field 'prune' must be true or false",
        "{\"resources\":[]}|field 'resources' is not supported",
        "{\"prune\":|request",
        "[1,2]|must be a JSON object"})
    void sync_withABadBody_is400_namingTheProblem(String body, String message) throws Exception {
        HttpResponse<String> response = send("POST", "/api/v1/applications/guestbook/sync", body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains(message);
        assertThat(fake.calls).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"CONFLICT, 409, 9", "INVALID, 400, 3", "FAILED, 500, 13", "NOT_FOUND, 404, 5"})
    void operationException_mapsItsReasonToTheStatus_andKeepsTheMessage(Reason reason, int status, int code) throws Exception {
        fake.next = new OperationException(reason, "another operation is already in progress");

        HttpResponse<String> response = send("POST", "/api/v1/applications/guestbook/sync", "{}");

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.body()).isEqualTo("{\"error\":\"another operation is already in progress\",\"code\":" + code
                + ",\"message\":\"another operation is already in progress\"}");
    }

    @Test
    void unexpectedException_is500_andTheServerKeepsServing() throws Exception {
        fake.bug = new IllegalStateException("cache lost");

        HttpResponse<String> response = send("POST", "/api/v1/applications/guestbook/refresh", "");
        fake.bug = null;

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("internal error in the Windlass API: cache lost");
        assertThat(send("GET", "/api/v1/applications", null).statusCode()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"{\"id\":3}|3", "{\"id\":\"12\"}|12"})
    void rollback_takesTheIdAsNumberOrString_likeProtobufJson(String body, String id) throws Exception {
        assertThat(send("POST", "/api/v1/applications/guestbook/rollback", body).statusCode()).isEqualTo(200);
        assertThat(fake.calls).containsExactly("rollback guestbook " + id);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"{}|id' is required", "{\"id\":\"two\"}|whole number", "{\"id\":1,\"prune\":true}|not supported"})
    void rollback_withoutAUsableId_is400(String body, String message) throws Exception {
        HttpResponse<String> response = send("POST", "/api/v1/applications/guestbook/rollback", body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"'', true", "?cascade=true, true", "?cascade=false, false"})
    void delete_cascadesByDefault_likeArgoCd(String query, boolean cascade) throws Exception {
        HttpResponse<String> response = send("DELETE", "/api/v1/applications/guestbook" + query, null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{}");
        assertThat(fake.calls).containsExactly("delete guestbook cascade=" + cascade);
    }

    @Test
    void delete_withABadCascadeValue_is400() throws Exception {
        assertThat(send("DELETE", "/api/v1/applications/guestbook?cascade=maybe", null).statusCode()).isEqualTo(400);
        assertThat(fake.calls).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "POST, /api/v1/applications, GET",
        "PUT, /api/v1/applications/guestbook, 'GET, DELETE'",
        "GET, /api/v1/applications/guestbook/sync, POST",
        "POST, /api/v1/applications/guestbook/diff, GET"})
    void wrongMethod_is405_withAllow(String method, String path, String allow) throws Exception {
        HttpResponse<String> response = send(method, path, method.equals("GET") ? null : "{}");

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue(allow);
        assertThat(fake.calls).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/v1/applicationsets", "/api/v1/applications/guestbook/logs", "/api/v1/applications/a/b/c", "/"})
    void unknownPath_is404(String path) throws Exception {
        assertThat(send("GET", path, null).statusCode()).isEqualTo(404);
    }

    @Test
    void bodyBeyondTheLimit_is413_andReachesNoOperation() throws Exception {
        String big = "{\"revision\":\"" + "x".repeat(2000) + "\"}";

        HttpResponse<String> response = send("POST", "/api/v1/applications/guestbook/sync", big);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("larger than 1024 bytes");
        assertThat(fake.calls).isEmpty();
    }

    @Test
    void diff_returnsItems() throws Exception {
        fake.diffs.put("argocd/guestbook", java.util.List.of(new dev.windlass.controller.api.ResourceDifference(
                "apps", "Deployment", "default", "guestbook-ui", "a: 1\n", "a: 2\n", "-a: 1\n+a: 2\n")));

        String body = send("GET", "/api/v1/applications/guestbook/diff", null).body();

        assertThat(body).isEqualTo("{\"items\":[{\"group\":\"apps\",\"kind\":\"Deployment\",\"namespace\":\"default\","
                + "\"name\":\"guestbook-ui\",\"liveYaml\":\"a: 1\\n\",\"targetYaml\":\"a: 2\\n\",\"diff\":\"-a: 1\\n+a: 2\\n\"}]}");
    }

    @Test
    void fullPool_answers503_insteadOfQueueingWithoutBound() throws Exception {
        server.close();
        server = LocalApiServer.start(fake, ServerOptions.DEFAULT.withThreads(1).withQueue(0));
        fake.entered = new CountDownLatch(1);
        fake.release = new CountDownLatch(1);
        CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> {
            try {
                return send("POST", "/api/v1/applications/guestbook/sync", "{}");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        fake.entered.await();

        HttpResponse<String> second = send("GET", "/api/v1/applications", null);
        fake.release.countDown();

        assertThat(second.statusCode()).isEqualTo(503);
        assertThat(second.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(first.get().statusCode()).isEqualTo(200);
    }

    @Test
    void close_stopsServing() throws Exception {
        server.close();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> send("GET", "/api/v1/applications", null))
                .isInstanceOf(IOException.class);
    }
}
