package dev.windlass.pipelines.triggers;

import static dev.windlass.pipelines.triggers.TriggerFixtures.GITHUB;
import static dev.windlass.pipelines.triggers.TriggerFixtures.PUSH;
import static dev.windlass.pipelines.triggers.TriggerFixtures.SECRET;
import static dev.windlass.pipelines.triggers.TriggerFixtures.githubPush;
import static dev.windlass.pipelines.triggers.TriggerFixtures.param;
import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.KubeObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventListenerHandlerTest {

    private final List<KubeObject> launched = new ArrayList<>();
    private final EventListenerHandler handler = TriggerFixtures.handler(GITHUB, launched);

    @Test
    void signedPush_launchesRenderedPipelineRun() {
        Response response = handler.handle(githubPush(PUSH, SECRET));

        assertThat(response.status()).isEqualTo(202);
        assertThat(launched).hasSize(1);
        KubeObject run = launched.get(0);
        assertThat(run.kind()).isEqualTo("PipelineRun");
        assertThat(run.generateName()).isEqualTo("build-0123456-");
        assertThat(run.namespace()).isEqualTo("ci-cd");
        assertThat(param(run, "url")).contains("https://github.com/acme/app.git");
        assertThat(param(run, "revision")).contains("0123456789abcdef");
        assertThat(param(run, "image")).contains("registry.local/app:0123456");
        assertThat(param(run, "event")).contains("push");
        assertThat(param(run, "run")).contains("id-2");
        assertThat(run.labels()).containsEntry("triggers.tekton.dev/eventlistener", "github-webhook-listener")
                .containsEntry("triggers.tekton.dev/trigger", "github-push")
                .containsEntry("triggers.tekton.dev/triggers-eventid", "id-1");
    }

    @Test
    void response_isTektonSinkBody() {
        Response response = handler.handle(githubPush(PUSH, SECRET));

        assertThat(response.json()).isEqualTo("{\"eventListener\":\"github-webhook-listener\",\"namespace\":\"ci-cd\","
                + "\"eventListenerUID\":\"el-uid-1\",\"eventID\":\"id-1\"}\n");
    }

    @Test
    void wrongSignature_is401AndLaunchesNothing() {
        Response response = handler.handle(githubPush(PUSH, "not-the-secret"));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json()).contains("payload signature check failed");
        assertThat(launched).isEmpty();
    }

    @Test
    void missingSignature_is401() {
        byte[] body = PUSH.getBytes(StandardCharsets.UTF_8);
        Response response = handler.handle(Event.post("/", Map.of("X-GitHub-Event", "push"), body));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.outcomes().get(0).message()).isEqualTo("no X-Hub-Signature-256 header set");
        assertThat(launched).isEmpty();
    }

    @Test
    void filteredOutEvent_isAcceptedWithNothingLaunched() {
        String branch = PUSH.replace("refs/heads/main", "refs/heads/feature");
        Response response = handler.handle(githubPush(branch, SECRET));

        assertThat(response.status()).isEqualTo(202);
        assertThat(response.outcomes()).singleElement()
                .satisfies(o -> assertThat(o.status()).isEqualTo(TriggerOutcome.Status.REJECTED));
        assertThat(launched).isEmpty();
    }

    @Test
    void bodyThatIsNotJson_is400() {
        Response response = handler.handle(Event.post("/", Map.of(), "not json".getBytes(StandardCharsets.UTF_8)));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json()).contains("\"errorMessage\":\"Invalid event body format");
        assertThat(launched).isEmpty();
    }

    @Test
    void missingBodyField_failsOnlyThatTrigger() {
        String noRepo = "{\"ref\":\"refs/heads/main\",\"after\":\"0123456789abcdef\"}";
        Response response = handler.handle(githubPush(noRepo, SECRET));

        assertThat(response.status()).isEqualTo(202);
        assertThat(response.outcomes().get(0).status()).isEqualTo(TriggerOutcome.Status.FAILED);
        assertThat(response.outcomes().get(0).message()).contains("git-url").contains("repository is not found");
        assertThat(launched).isEmpty();
    }

    @Test
    void eachEvent_getsItsOwnId() {
        String first = handler.handle(githubPush(PUSH, SECRET)).eventId();
        String second = handler.handle(githubPush(PUSH, SECRET)).eventId();

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void badSignatureOnOneTrigger_launchesNothingFromTheOthers() {
        String unsigned = String.join("\n",
                "  - name: unsigned",
                "    bindings: [{name: rev, value: $(body.after)}]",
                "    template:",
                "      spec:",
                "        params: [{name: rev}]",
                "        resourcetemplates:",
                "        - {apiVersion: v1, kind: ConfigMap, metadata: {name: c-$(tt.params.rev)}}",
                "  - name: github-push");
        String yaml = GITHUB.replace("  - name: github-push", unsigned);
        assertThat(yaml).contains("name: unsigned");
        List<KubeObject> mine = new ArrayList<>();
        EventListenerHandler two = TriggerFixtures.handler(yaml, mine);

        Response wrong = two.handle(githubPush(PUSH, "not-the-secret"));
        Response right = two.handle(githubPush(PUSH, SECRET));

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.outcomes()).extracting(TriggerOutcome::status)
                .containsExactly(TriggerOutcome.Status.ACCEPTED, TriggerOutcome.Status.UNAUTHORIZED);
        assertThat(right.status()).isEqualTo(202);
        assertThat(mine).extracting(KubeObject::kind).containsExactly("ConfigMap", "PipelineRun");
    }
}
