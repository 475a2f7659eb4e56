package dev.windlass.pipelines.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.KubeObject;
import dev.windlass.model.Result;
import dev.windlass.pipelines.run.ObjectLookup;
import dev.windlass.pipelines.triggers.Event;
import dev.windlass.pipelines.triggers.EventListenerHandler;
import dev.windlass.pipelines.triggers.Response;
import dev.windlass.pipelines.triggers.TriggerCatalog;
import dev.windlass.pipelines.triggers.TriggerReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seed scenario 3 from the webhook on: the seed's EventListener (github interceptor with the webhook
 * Secret, cel filter on main, the example's binding, the seed's TriggerTemplate) given the example's
 * GitHub push, signed as GitHub signs it, renders the PipelineRun of pipelinerun.yaml; that run,
 * launched, deploys the pushed commit to the GitOps repository.
 */
@Timeout(120)
class SeedTriggerTest {

    /** The token in secrets.yaml (github-webhook-secret, key secretToken). */
    private static final String TOKEN = "example-webhook-token-change-me";

    @TempDir
    Path dir;

    private final List<KubeObject> launched = Collections.synchronizedList(new ArrayList<>());
    private List<KubeObject> objects;
    private EventListenerHandler handler;

    @BeforeEach
    void listener() throws IOException {
        Path example = SeedRepos.example();
        objects = ExampleFiles.read(List.of(example.resolve("triggers.yaml"), example.resolve("trigger-binding.yaml"),
                example.resolve("secrets.yaml")));
        Result<TriggerCatalog> catalog = TriggerReader.read(objects);
        assertThat(catalog.errors()).isEmpty();
        ObjectLookup lookup = (kind, namespace, name) -> objects.stream()
                .filter(o -> o.kind().equals(kind) && o.namespace().equals(namespace) && o.name().equals(name))
                .findFirst();
        handler = new EventListenerHandler(catalog.value().listeners().get(0), catalog.value(), lookup, launched::add);
    }

    @Test
    void signedPush_rendersThePipelineRunOfTheExample() throws IOException {
        Response response = handler.handle(push(pushEvent(), sign(pushEvent(), TOKEN)));

        assertThat(response.status()).isEqualTo(202);
        assertThat(launched).hasSize(1);
        KubeObject run = launched.get(0);
        KubeObject expected = ExampleFiles.read(List.of(SeedRepos.example().resolve("pipelinerun.yaml"))).get(0);
        assertThat(run.kind()).isEqualTo("PipelineRun");
        assertThat(run.name()).isEqualTo(expected.name());
        assertThat(run.namespace()).isEqualTo("ci-cd");
        assertThat(run.content().getMap("spec")).isEqualTo(expected.content().getMap("spec"));
    }

    @Test
    void wrongSignature_isRefusedAndLaunchesNothing() throws IOException {
        Response response = handler.handle(push(pushEvent(), sign(pushEvent(), "not-the-token")));

        assertThat(response.status()).isEqualTo(401);
        assertThat(launched).isEmpty();
    }

    @Test
    void pushToAnotherBranch_isAcceptedButLaunchesNothing() throws IOException {
        byte[] body = new String(pushEvent(), StandardCharsets.UTF_8)
                .replace("\"ref\": \"refs/heads/main\"", "\"ref\": \"refs/heads/feature\"").getBytes(StandardCharsets.UTF_8);

        Response response = handler.handle(push(body, sign(body, TOKEN)));

        assertThat(response.status()).isEqualTo(202);
        assertThat(launched).isEmpty();
    }

    @Test
    void signedPush_launchedRun_deploysThePushedCommit() throws IOException {
        Assumptions.assumeTrue(SeedRepos.gitAvailable(), "git is not installed: the seed scenario clones and pushes with it");
        SeedRepos repos = SeedRepos.create(dir.resolve("repos"));
        handler.handle(push(pushEvent(), sign(pushEvent(), TOKEN)));

        LocalRunHarness.Outcome outcome = new LocalRunHarness(dir.resolve("run"), repos.environment())
                .run(pipelineAndTasks(), launched.get(0));

        assertThat(outcome.succeeded()).as(outcome.summary() + "\n" + outcome.log()).isTrue();
        assertThat(repos.gitopsSubject()).isEqualTo("Update staging image to " + repos.commit());
    }

    private static byte[] pushEvent() throws IOException {
        return Files.readAllBytes(SeedRepos.example().resolve("push-event.json"));
    }

    private List<KubeObject> pipelineAndTasks() throws IOException {
        Path example = SeedRepos.example();
        List<Path> files = new ArrayList<>(List.of(example.resolve("pipeline.yaml")));
        try (Stream<Path> tasks = Files.list(example.resolve("tasks"))) {
            files.addAll(tasks.sorted().toList());
        }
        List<KubeObject> all = new ArrayList<>(ExampleFiles.read(files));
        all.addAll(objects);
        return all;
    }

    private static Event push(byte[] body, String signature) {
        return Event.post("/", Map.of("Content-Type", "application/json", "X-GitHub-Event", "push",
                "X-Hub-Signature-256", signature), body);
    }

    private static String sign(byte[] body, String token) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
