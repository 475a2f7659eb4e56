package dev.windlass.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.controller.api.OperationException;
import dev.windlass.controller.api.OperationException.Reason;
import dev.windlass.controller.api.ResourceDifference;
import dev.windlass.controller.api.SyncRequest;
import dev.windlass.model.KubeObject;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client against a real server with a fake behind it: every operation both ways, and each failure. */
class LocalApiClientTest {

    private final FakeApplications fake = new FakeApplications().add("argocd", "guestbook").add("team-a", "podinfo");
    private LocalApiServer server;
    private LocalApiClient client;

    @BeforeEach
    void start() throws IOException {
        server = LocalApiServer.start(fake);
        client = new LocalApiClient(server.endpoint());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void list_andGet_returnTheObjectsTheServerHolds() {
        assertThat(client.list()).containsExactlyElementsOf(fake.apps.values());
        assertThat(client.get("guestbook")).contains(fake.apps.get("argocd/guestbook"));
    }

    @Test
    void get_namespaceSlashName_travelsAsAppNamespace() {
        assertThat(client.get("team-a/podinfo")).map(KubeObject::name).contains("podinfo");
        assertThat(fake.calls).containsExactly("get team-a/podinfo");
    }

    @Test
    void get_unknown_isEmpty() {
        assertThat(client.get("nope")).isEmpty();
    }

    @Test
    void diff_roundTripsEveryField() throws OperationException {
        ResourceDifference d = new ResourceDifference("", "Service", "default", "guestbook-ui", "live: \"é\"\n", "", "-live\n");
        fake.diffs.put("argocd/guestbook", List.of(d));

        assertThat(client.diff("guestbook")).containsExactly(d);
    }

    @Test
    void sync_rollback_refresh_delete_reachTheOperationsWithTheirArguments() throws OperationException {
        client.sync("guestbook", new SyncRequest(true, true, "abc123"));
        client.rollback("team-a/podinfo", 4);
        client.refresh("guestbook");
        client.delete("guestbook", false);

        assertThat(fake.calls).containsExactly(
                "sync guestbook SyncRequest[prune=true, dryRun=true, revision=abc123]",
                "rollback team-a/podinfo 4",
                "refresh guestbook",
                "delete guestbook cascade=false");
    }

    @Test
    void errorAnswer_becomesOperationException_withTheServersReasonAndMessage() {
        fake.next = new OperationException(Reason.CONFLICT, "another operation is already in progress");

        assertThatThrownBy(() -> client.sync("guestbook", SyncRequest.defaults()))
                .isInstanceOfSatisfying(OperationException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.CONFLICT);
                    assertThat(e.getMessage()).isEqualTo("another operation is already in progress");
                });
    }

    @Test
    void unknownApplication_onAnOperation_isNotFound() {
        assertThatThrownBy(() -> client.delete("nope", true))
                .isInstanceOfSatisfying(OperationException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND));
    }

    @Test
    void wrongToken_isALocalApiException_sayingTheTokenWasRefused() {
        LocalApiClient wrong = new LocalApiClient(new Endpoint(server.url(), "not-the-token"));

        assertThatThrownBy(wrong::list).isInstanceOf(LocalApiException.class)
                .hasMessageContaining("refused the auth token").hasMessageContaining(server.url());
    }

    @Test
    void stoppedServer_saysWindlassUpIsNotRunningAtTheUrl_andHowToStartIt() {
        String url = server.url();
        server.close();

        assertThatThrownBy(() -> client.get("guestbook")).isInstanceOf(LocalApiException.class)
                .hasMessage("windlass up is not running at " + url + " (connection refused); start it with "
                        + "'windlass up' in another terminal, or pass --server with the URL it printed");
    }
}
