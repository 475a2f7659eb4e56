package dev.windlass.server.admission;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.JsonReader;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.policy.Inventory;
import dev.windlass.policy.PolicySet;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The webhook with a real PolicySet (Rego evaluated by windlass-rego) over HTTPS. */
class AdmissionEndToEndTest {

    private AdmissionServer server;
    private HttpClient client;

    @BeforeEach
    void start() throws Exception {
        PolicySet policies = PolicySet.of(RequiredLabelsPolicy.objects());
        AdmissionHandler handler = new AdmissionHandler(AdmissionPolicy.of(() -> policies, Inventory::empty),
                ErrorPolicy.DENY, Set.of("kube-system"), NamespaceLookup.NONE);
        server = AdmissionServer.start(handler, TestTls.localhost(),
                AdmissionOptions.DEFAULT.withHost("127.0.0.1").withPort(0), line -> { });
        client = HttpClient.newBuilder().sslContext(TestTls.localhost().clientContext()).build();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private MapNode admit(String body) throws Exception {
        HttpResponse<String> http = client.send(HttpRequest.newBuilder(URI.create(server.url() + "/v1/admit"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(http.statusCode()).isEqualTo(200);
        MapNode review = (MapNode) JsonReader.create(CodecLimits.DEFAULT).read("r", http.body()).documents().get(0).content();
        return review.getMap("response").orElseThrow();
    }

    private static MapNode labelledPod(String namespace, String... labels) {
        MapNode.Builder map = MapNode.builder();
        for (int i = 0; i < labels.length; i += 2) {
            map.put(labels[i], Node.of(labels[i + 1]));
        }
        return MapNode.of("apiVersion", "v1", "kind", "Pod", "metadata",
                MapNode.of("name", "web", "namespace", namespace, "labels", map.build()));
    }

    @Test
    void podWithoutOwner_isDeniedWithGatekeepersMessage_andWarnedAboutTeam() throws Exception {
        MapNode response = admit(Reviews.review("u1", "CREATE", "team-a", labelledPod("team-a"), null));

        assertThat(response.get("allowed")).contains(Node.of(false));
        assertThat(response.getMap("status").orElseThrow()).isEqualTo(MapNode.of("code", 403L, "reason", "Forbidden",
                "message", "[must-have-owner] you must provide labels: {\"owner\"}"));
        assertThat(response.get("warnings")).contains(Node.from(List.of("[should-have-team] you must provide labels: {\"team\"}")));
    }

    @Test
    void podWithBothLabels_isAllowed() throws Exception {
        MapNode response = admit(Reviews.review("u2", "CREATE", "team-a", labelledPod("team-a", "owner", "me", "team", "a"), null));

        assertThat(response.get("allowed")).contains(Node.of(true));
        assertThat(response.containsKey("warnings")).isFalse();
    }

    @Test
    void podWithOwnerOnly_isAllowedWithAWarning() throws Exception {
        MapNode response = admit(Reviews.review("u3", "UPDATE", "team-a", labelledPod("team-a", "owner", "me"),
                labelledPod("team-a")));

        assertThat(response.get("allowed")).contains(Node.of(true));
        assertThat(response.getMap("status").orElseThrow().get("code")).contains(Node.of(299));
    }

    @Test
    void deleteOfAnUnlabelledPod_reviewsTheOldObject() throws Exception {
        MapNode response = admit(Reviews.review("u4", "DELETE", "team-a", null, labelledPod("team-a")));

        assertThat(response.get("allowed")).contains(Node.of(false));
    }

    @Test
    void exemptNamespace_isAllowedUnreviewed() throws Exception {
        MapNode response = admit(Reviews.review("u5", "CREATE", "kube-system", labelledPod("kube-system"), null));

        assertThat(response.get("allowed")).contains(Node.of(true));
    }
}
