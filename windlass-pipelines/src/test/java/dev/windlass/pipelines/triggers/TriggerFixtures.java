package dev.windlass.pipelines.triggers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.KubeObject;
import dev.windlass.model.Result;
import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.ParsedDocument;
import dev.windlass.model.codec.ParsedStream;
import dev.windlass.model.codec.ScalarSchema;
import dev.windlass.model.codec.YamlReader;
import dev.windlass.model.tree.MapNode;
import dev.windlass.pipelines.run.ObjectLookup;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** YAML fixtures and helpers shared by the triggers tests. */
final class TriggerFixtures {

    static final String SECRET = "s3cr3t-token";

    /** A GitHub push listener like the seed scenario's, with its binding, template and Secret. */
    static final String GITHUB = """
            apiVersion: triggers.tekton.dev/v1beta1
            kind: EventListener
            metadata: {name: github-webhook-listener, namespace: ci-cd, uid: el-uid-1}
            spec:
              triggers:
              - name: github-push
                interceptors:
                - ref: {name: github}
                  params:
                  - name: secretRef
                    value: {secretName: github-webhook-secret, secretKey: token}
                  - name: eventTypes
                    value: [push]
                - ref: {name: cel}
                  params:
                  - name: filter
                    value: body.ref == 'refs/heads/main'
                  - name: overlays
                    value:
                    - key: short_sha
                      expression: body.after.truncate(7)
                bindings:
                - ref: github-push-binding
                template:
                  ref: build-template
            ---
            apiVersion: triggers.tekton.dev/v1beta1
            kind: TriggerBinding
            metadata: {name: github-push-binding, namespace: ci-cd}
            spec:
              params:
              - {name: git-url, value: $(body.repository.clone_url)}
              - {name: git-revision, value: $(body.after)}
              - {name: short-sha, value: $(extensions.short_sha)}
              - {name: event, value: $(header.x-github-event)}
            ---
            apiVersion: triggers.tekton.dev/v1beta1
            kind: TriggerTemplate
            metadata: {name: build-template, namespace: ci-cd}
            spec:
              params:
              - name: git-url
              - name: git-revision
              - name: short-sha
              - name: event
              - {name: image-repo, default: registry.local/app}
              resourcetemplates:
              - apiVersion: tekton.dev/v1
                kind: PipelineRun
                metadata:
                  generateName: build-$(tt.params.short-sha)-
                spec:
                  pipelineRef: {name: build}
                  params:
                  - {name: url, value: $(tt.params.git-url)}
                  - {name: revision, value: $(tt.params.git-revision)}
                  - {name: image, value: "$(tt.params.image-repo):$(tt.params.short-sha)"}
                  - {name: event, value: $(tt.params.event)}
                  - {name: run, value: $(uid)}
            ---
            apiVersion: v1
            kind: Secret
            metadata: {name: github-webhook-secret, namespace: ci-cd}
            stringData: {token: s3cr3t-token}
            """;

    static final String PUSH = """
            {"ref":"refs/heads/main","after":"0123456789abcdef","repository":{"clone_url":"https://github.com/acme/app.git"},
             "commits":[{"id":"a1"},{"id":"b2"}],"count":2}""";

    private TriggerFixtures() {
    }

    static List<KubeObject> objects(String yaml) {
        ParsedStream parsed = YamlReader.create(CodecLimits.DEFAULT, ScalarSchema.KUBERNETES).read("fixture.yaml", yaml);
        assertThat(parsed.issues()).isEmpty();
        List<KubeObject> out = new ArrayList<>();
        for (ParsedDocument d : parsed.documents()) {
            out.add(KubeObject.of((MapNode) d.content()));
        }
        return out;
    }

    static TriggerCatalog catalog(String yaml) {
        Result<TriggerCatalog> read = TriggerReader.read(objects(yaml));
        assertThat(read.errors()).isEmpty();
        return read.value();
    }

    static ObjectLookup lookup(String yaml) {
        List<KubeObject> objects = objects(yaml);
        return (kind, ns, name) -> objects.stream()
                .filter(o -> o.kind().equals(kind) && o.namespace().equals(ns) && o.name().equals(name)).findFirst();
    }

    /** A handler for the first listener in {@code yaml}, ids id-1, id-2, ..., launching into {@code launched}. */
    static EventListenerHandler handler(String yaml, List<KubeObject> launched) {
        TriggerCatalog catalog = catalog(yaml);
        AtomicInteger n = new AtomicInteger();
        return new EventListenerHandler(catalog.listeners().get(0), catalog, lookup(yaml), launched::add,
                () -> "id-" + n.incrementAndGet());
    }

    static String hmacHex(String algorithm, String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    /** A GitHub delivery of {@code body} signed with {@code secret}. */
    static Event githubPush(String body, String secret) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("x-github-event", "push");
        headers.put("X-Hub-Signature-256", "sha256=" + hmacHex("HmacSHA256", secret, bytes));
        return Event.post("/", headers, bytes);
    }

    static Optional<String> param(KubeObject run, String name) {
        return run.content().getMap("spec").flatMap(s -> s.getList("params")).flatMap(l -> l.items().stream()
                .map(i -> (MapNode) i).filter(m -> m.getText("name").orElse("").equals(name)).findFirst())
                .flatMap(m -> m.getText("value"));
    }
}
