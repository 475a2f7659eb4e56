package dev.windlass.server.triggers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.KubeObject;
import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.ParsedDocument;
import dev.windlass.model.codec.ScalarSchema;
import dev.windlass.model.codec.YamlReader;
import dev.windlass.model.tree.MapNode;
import dev.windlass.pipelines.run.ObjectLookup;
import dev.windlass.pipelines.triggers.EventListener;
import dev.windlass.pipelines.triggers.EventListenerHandler;
import dev.windlass.pipelines.triggers.TriggerCatalog;
import dev.windlass.pipelines.triggers.TriggerReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class TriggerServerTest {

    private static final String YAML = """
            apiVersion: triggers.tekton.dev/v1beta1
            kind: EventListener
            metadata: {name: listener, namespace: ci}
            spec:
              triggers:
              - name: push
                interceptors:
                - ref: {name: github}
                  params:
                  - {name: secretRef, value: {secretName: hook, secretKey: token}}
                bindings:
                - {name: rev, value: $(body.after)}
                template:
                  spec:
                    params: [{name: rev}]
                    resourcetemplates:
                    - apiVersion: tekton.dev/v1
                      kind: PipelineRun
                      metadata: {generateName: build-}
                      spec: {params: [{name: rev, value: $(tt.params.rev)}]}
            ---
            apiVersion: triggers.tekton.dev/v1beta1
            kind: EventListener
            metadata: {name: second, namespace: ci}
            spec: {triggers: []}
            ---
            apiVersion: v1
            kind: Secret
            metadata: {name: hook, namespace: ci}
            stringData: {token: tok3n}
            """;
    private static final String BODY = "{\"after\":\"abc123\"}";

    private final List<KubeObject> launched = new CopyOnWriteArrayList<>();
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final HttpClient client = HttpClient.newHttpClient();
    private TriggerServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private TriggerServer start(int listeners, TriggerServerOptions options) throws Exception {
        List<KubeObject> objects = new ArrayList<>();
        for (ParsedDocument d : YamlReader.create(CodecLimits.DEFAULT, ScalarSchema.KUBERNETES).read("t.yaml", YAML).documents()) {
            objects.add(KubeObject.of((MapNode) d.content()));
        }
        TriggerCatalog catalog = TriggerReader.read(objects).value();
        ObjectLookup lookup = (kind, ns, name) -> objects.stream()
                .filter(o -> o.kind().equals(kind) && o.namespace().equals(ns) && o.name().equals(name)).findFirst();
        List<EventListenerHandler> handlers = new ArrayList<>();
        for (EventListener l : catalog.listeners().subList(0, listeners)) {
            handlers.add(new EventListenerHandler(l, catalog, lookup, launched::add));
        }
        server = TriggerServer.start(handlers, options.withPort(0), log::add);
        return server;
    }

    private HttpResponse<String> post(String path, String body, String secret) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + path))
                .header("Content-Type", "application/json").header("X-GitHub-Event", "push")
                .header("X-Hub-Signature-256", "sha256=" + HexFormat.of().formatHex(mac.doFinal(bytes)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void signedEvent_isAcceptedAndLaunched() throws Exception {
        start(1, TriggerServerOptions.DEFAULT);

        HttpResponse<String> response = post("/", BODY, "tok3n");

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.body()).startsWith("{\"eventListener\":\"listener\",\"namespace\":\"ci\"");
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(launched).singleElement().satisfies(r -> assertThat(r.generateName()).isEqualTo("build-"));
        assertThat(log).singleElement().satisfies(l -> assertThat(l).contains("202: push accepted (PipelineRun build-)"));
        assertThat(server.paths()).containsExactly("/", "/ci/listener");
    }

    @Test
    void badSignature_is401AndLaunchesNothing() throws Exception {
        start(1, TriggerServerOptions.DEFAULT);

        HttpResponse<String> response = post("/", BODY, "wrong");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(launched).isEmpty();
    }

    @Test
    void get_is405() throws Exception {
        start(1, TriggerServerOptions.DEFAULT);

        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(server.url() + "/")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).contains("POST");
    }

    @Test
    void bodyOverTheLimit_is413() throws Exception {
        start(1, TriggerServerOptions.DEFAULT.withMaxBodyBytes(10));

        HttpResponse<String> response = post("/", BODY, "tok3n");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(launched).isEmpty();
    }

    @Test
    void eventsOverTheRate_are429WithRetryAfter() throws Exception {
        start(1, TriggerServerOptions.DEFAULT.withRate(0.001, 1));

        assertThat(post("/", BODY, "tok3n").statusCode()).isEqualTo(202);
        HttpResponse<String> limited = post("/", BODY, "tok3n");

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
        assertThat(launched).hasSize(1);
    }

    @Test
    void severalListeners_areServedByNamespaceAndName() throws Exception {
        start(2, TriggerServerOptions.DEFAULT);

        assertThat(post("/ci/listener", BODY, "tok3n").statusCode()).isEqualTo(202);
        assertThat(post("/ci/second", BODY, "tok3n").statusCode()).isEqualTo(202);
        assertThat(post("/", BODY, "tok3n").statusCode()).isEqualTo(404);
        assertThat(launched).hasSize(1);
        assertThat(server.paths()).containsExactly("/ci/listener", "/ci/second");
    }

    @Test
    void tokenBucket_refillsAtTheRate() {
        AtomicLong now = new AtomicLong();
        TokenBucket bucket = new TokenBucket(2, 2, now::get);

        assertThat(List.of(bucket.take(), bucket.take())).containsOnly(0L);
        assertThat(bucket.take()).isEqualTo(500_000_000L);
        now.addAndGet(500_000_000L);
        assertThat(bucket.take()).isZero();
    }
}
