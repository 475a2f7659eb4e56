package dev.windlass.server.admission;

import static dev.windlass.server.admission.Reviews.decision;
import static dev.windlass.server.admission.Reviews.pod;
import static dev.windlass.server.admission.Reviews.violation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.JsonReader;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.policy.Decision;
import dev.windlass.policy.EnforcementAction;
import dev.windlass.policy.Review;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The webhook over real HTTPS on loopback, the test client trusting only the generated CA. */
class AdmissionServerTest {

    private static final AdmissionOptions OPTIONS = AdmissionOptions.DEFAULT.withHost("127.0.0.1").withPort(0)
            .withMaxRequestBytes(16 * 1024).withThreads(2);

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final AtomicReference<Decision> decision = new AtomicReference<>(decision());
    private final List<Review> asked = new CopyOnWriteArrayList<>();
    private AdmissionServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private AdmissionServer start(AdmissionPolicy policy, ErrorPolicy onError, AdmissionOptions options) throws Exception {
        AdmissionHandler handler = new AdmissionHandler(policy, onError, Set.of("kube-system"), NamespaceLookup.NONE);
        server = AdmissionServer.start(handler, TestTls.localhost(), options, lines::add);
        return server;
    }

    private AdmissionServer start() throws Exception {
        return start(review -> {
            asked.add(review);
            return decision.get();
        }, ErrorPolicy.DENY, OPTIONS);
    }

    private static HttpClient client() throws WebhookTlsException {
        return HttpClient.newBuilder().sslContext(TestTls.localhost().clientContext()).build();
    }

    private HttpResponse<String> post(String body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(server.url() + "/v1/admit"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return client().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static MapNode json(String text) {
        return (MapNode) JsonReader.create(CodecLimits.DEFAULT).read("response", text).documents().get(0).content();
    }

    private static MapNode response(HttpResponse<String> http) {
        assertThat(http.statusCode()).isEqualTo(200);
        MapNode review = json(http.body());
        assertThat(review.getText("apiVersion")).contains("admission.k8s.io/v1");
        assertThat(review.getText("kind")).contains("AdmissionReview");
        return review.getMap("response").orElseThrow();
    }

    @Test
    void admit_allowsAndEchoesTheUid() throws Exception {
        start();

        MapNode response = response(post(Reviews.createPod("7f0b2c1e")));

        assertThat(response.getText("uid")).contains("7f0b2c1e");
        assertThat(response.get("allowed")).contains(Node.of(true));
        assertThat(response.getMap("status").orElseThrow()).isEqualTo(MapNode.of("code", 200L));
        assertThat(response.containsKey("warnings")).isFalse();
    }

    @Test
    void admit_deniesWith403AndGatekeepersMessage() throws Exception {
        start();
        decision.set(decision(violation("must-have-owner", EnforcementAction.DENY, "you must provide labels: {\"owner\"}"),
                violation("no-latest", EnforcementAction.DENY, "image uses :latest")));

        MapNode response = response(post(Reviews.createPod("u")));

        assertThat(response.get("allowed")).contains(Node.of(false));
        assertThat(response.getMap("status").orElseThrow()).isEqualTo(MapNode.of("code", 403L, "reason", "Forbidden",
                "message", "[must-have-owner] you must provide labels: {\"owner\"}\n[no-latest] image uses :latest"));
    }

    @Test
    void admit_warnViolations_areWarnings() throws Exception {
        start();
        decision.set(decision(violation("owner", EnforcementAction.WARN, "add an owner label")));

        MapNode response = response(post(Reviews.createPod("u")));

        assertThat(response.get("allowed")).contains(Node.of(true));
        assertThat(response.getMap("status").orElseThrow().get("code")).contains(Node.of(299));
        assertThat(response.get("warnings")).contains(Node.from(List.of("[owner] add an owner label")));
    }

    @Test
    void admit_delete_reviewsTheOldObject() throws Exception {
        start();

        response(post(Reviews.review("u", "DELETE", "team-a", null, pod("team-a", "going"))));

        assertThat(asked).singleElement().satisfies(review -> assertThat(review.object().name()).isEqualTo("going"));
    }

    @Test
    void admit_logsOneLinePerDecision() throws Exception {
        start();
        decision.set(decision(violation("no-latest", EnforcementAction.DENY, "image uses :latest")));

        post(Reviews.createPod("u"));

        assertThat(lines).singleElement().asString()
                .startsWith("DENY CREATE v1 Pod team-a/web user=alice (")
                .endsWith("): [no-latest] image uses :latest");
    }

    @Test
    void admit_malformedJson_is400WithTheParseError() throws Exception {
        start();

        HttpResponse<String> http = post("{\"apiVersion\": ");

        assertThat(http.statusCode()).isEqualTo(400);
        MapNode status = json(http.body());
        assertThat(status.getText("kind")).contains("Status");
        assertThat(status.getText("reason")).contains("BadRequest");
        assertThat(status.getText("message").orElseThrow()).startsWith("the body is not valid JSON: ");
        assertThat(lines).isEmpty();
    }

    @Test
    void admit_anotherApiVersion_is400SayingToUseV1() throws Exception {
        start();

        HttpResponse<String> http = post(Reviews.createPod("u").replace("admission.k8s.io/v1", "admission.k8s.io/v1beta1"));

        assertThat(http.statusCode()).isEqualTo(400);
        assertThat(json(http.body()).getText("message").orElseThrow()).contains("admissionReviewVersions: [v1]");
    }

    @Test
    void admit_withoutUid_is400() throws Exception {
        start();

        HttpResponse<String> http = post(Reviews.createPod(""));

        assertThat(http.statusCode()).isEqualTo(400);
        assertThat(json(http.body()).getText("message")).contains("AdmissionReview: field 'request.uid' is required");
    }

    @Test
    void admit_emptyBody_is400() throws Exception {
        start();

        assertThat(post("").statusCode()).isEqualTo(400);
    }

    @Test
    void admit_oversizedBody_is413() throws Exception {
        start();
        String big = Reviews.createPod("u").replace("\"web\"", "\"" + "w".repeat(20 * 1024) + "\"");

        HttpResponse<String> http = post(big);

        assertThat(http.statusCode()).isEqualTo(413);
        assertThat(json(http.body()).getText("message").orElseThrow()).contains("16384 bytes");
    }

    @Test
    void admit_otherContentTypes_are415() throws Exception {
        start();

        HttpResponse<String> http = send(HttpRequest.newBuilder(URI.create(server.url() + "/v1/admit"))
                .header("Content-Type", "text/yaml").POST(HttpRequest.BodyPublishers.ofString("a: 1")).build());

        assertThat(http.statusCode()).isEqualTo(415);
    }

    @Test
    void admit_get_is405WithAllowPost() throws Exception {
        start();

        HttpResponse<String> http = send(HttpRequest.newBuilder(URI.create(server.url() + "/v1/admit")).GET().build());

        assertThat(http.statusCode()).isEqualTo(405);
        assertThat(http.headers().firstValue("Allow")).contains("POST");
    }

    @Test
    void healthzAndReadyz_answerOk_otherPaths404() throws Exception {
        start();

        for (String path : List.of("/healthz", "/readyz")) {
            HttpResponse<String> http = send(HttpRequest.newBuilder(URI.create(server.url() + path)).GET().build());
            assertThat(http.statusCode()).as(path).isEqualTo(200);
            assertThat(http.body()).isEqualTo("ok");
        }
        assertThat(send(HttpRequest.newBuilder(URI.create(server.url() + "/v1/mutate")).GET().build()).statusCode())
                .isEqualTo(404);
    }

    @Test
    void evaluationError_failClosed_isAnAdmissionReviewRefusal() throws Exception {
        start(review -> {
            throw new IllegalStateException("K8sRequiredLabels owner: boom");
        }, ErrorPolicy.DENY, OPTIONS);

        MapNode response = response(post(Reviews.createPod("u")));

        assertThat(response.get("allowed")).contains(Node.of(false));
        assertThat(response.getMap("status").orElseThrow()).isEqualTo(MapNode.of("code", 500L, "message",
                "K8sRequiredLabels owner: boom"));
        assertThat(lines).singleElement().asString().startsWith("ERROR CREATE");
    }

    @Test
    void evaluationError_failOpen_allowsWithAWarning() throws Exception {
        start(review -> {
            throw new IllegalStateException("K8sRequiredLabels owner: boom");
        }, ErrorPolicy.ALLOW, OPTIONS);

        MapNode response = response(post(Reviews.createPod("u")));

        assertThat(response.get("allowed")).contains(Node.of(true));
        assertThat(response.get("warnings")).contains(Node.from(List.of(
                AdmissionMessages.allowedAfterError("K8sRequiredLabels owner: boom"))));
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS) // hang guard only: the review blocks until the test releases it
    void evaluationPastTheRequestTimeout_isAnsweredByTheErrorPolicy() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        start(review -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return decision();
        }, ErrorPolicy.DENY, OPTIONS.withRequestTimeout(Duration.ofMillis(200)));
        try {
            MapNode response = response(post(Reviews.createPod("u")));

            assertThat(response.get("allowed")).contains(Node.of(false));
            assertThat(response.getMap("status").orElseThrow().getText("message").orElseThrow())
                    .isEqualTo(AdmissionMessages.timedOut(200));
        } finally {
            release.countDown();
        }
    }

    @Test
    void tls_aClientThatDoesNotTrustTheCa_cannotConnect() throws Exception {
        start();
        HttpClient untrusting = HttpClient.newBuilder().sslContext(SSLContext.getDefault()).build();

        assertThatThrownBy(() -> untrusting.send(HttpRequest.newBuilder(URI.create(server.url() + "/healthz")).build(),
                HttpResponse.BodyHandlers.ofString())).isInstanceOf(SSLHandshakeException.class);
    }

    @Test
    void tls_onlyOffersTls13ByDefault() throws Exception {
        start();
        SSLParameters tls12 = new SSLParameters();
        tls12.setProtocols(new String[] {"TLSv1.2"});
        HttpClient old = HttpClient.newBuilder().sslContext(TestTls.localhost().clientContext()).sslParameters(tls12).build();

        assertThatThrownBy(() -> old.send(HttpRequest.newBuilder(URI.create(server.url() + "/healthz")).build(),
                HttpResponse.BodyHandlers.ofString())).isInstanceOf(IOException.class);
    }

    @Test
    void server_reachableBy127001_whichTheCertificateNamesToo() throws Exception {
        start();

        HttpResponse<String> http = send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + server.port() + "/readyz"))
                .build());

        assertThat(http.statusCode()).isEqualTo(200);
    }
}
