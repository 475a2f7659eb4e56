package dev.windlass.pipelines.triggers;

import static dev.windlass.pipelines.triggers.TriggerFixtures.hmacHex;
import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignatureInterceptorsTest {

    private static final String SECRETS = """
            apiVersion: v1
            kind: Secret
            metadata: {name: hook, namespace: ci}
            data: {token: %s}
            """.formatted(java.util.Base64.getEncoder().encodeToString("tok3n".getBytes(StandardCharsets.UTF_8)));
    private static final byte[] BODY = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
    private static final MapNode PARAMS = MapNode.builder()
            .put("secretRef", MapNode.builder().put("secretName", Node.of("hook")).put("secretKey", Node.of("token")).build())
            .put("eventTypes", Node.list(List.of(Node.of("push"), Node.of("Push Hook"), Node.of("repo:refs_changed"))))
            .build();

    private final SecretValues secrets = new SecretValues(TriggerFixtures.lookup(SECRETS));

    private static InterceptorRequest request(Map<String, String> headers) {
        Map<String, List<String>> multi = new java.util.HashMap<>();
        headers.forEach((k, v) -> multi.put(k, List.of(v)));
        return new InterceptorRequest(Headers.canonical(multi), BODY, Node.nullNode(), "/", MapNode.empty(), "ci");
    }

    @ParameterizedTest(name = "{0} -> passes={1} unauthorized={2}")
    @CsvSource(delimiter = '|', value = {
        "good sha256     | true  | false",
        "good sha1       | true  | false",
        "wrong secret    | false | true",
        "missing         | false | true",
        "not hex         | false | true",
        "unknown prefix  | false | true",
        "wrong event     | false | false"})
    void github_checksSignatureAndEventType(String name, boolean passes, boolean unauthorized) {
        String event = name.equals("wrong event") ? "issues" : "push";
        String signature = switch (name.trim()) {
            case "good sha1" -> "sha1=" + hmacHex("HmacSHA1", "tok3n", BODY);
            case "wrong secret" -> "sha256=" + hmacHex("HmacSHA256", "other", BODY);
            case "not hex" -> "sha256=zz";
            case "unknown prefix" -> "md5=00";
            default -> "sha256=" + hmacHex("HmacSHA256", "tok3n", BODY);
        };
        Map<String, String> headers = name.trim().equals("missing") ? Map.of("X-GitHub-Event", event)
                : Map.of("X-GitHub-Event", event, "X-Hub-Signature-256", signature);
        InterceptorResult result = new GithubInterceptor(InterceptorParams.of(PARAMS), secrets, false).process(request(headers));

        assertThat(result.passes()).isEqualTo(passes);
        assertThat(result.unauthorized()).isEqualTo(unauthorized);
    }

    @Test
    void github_refusesFormEncodedPayloads() {
        InterceptorResult result = new GithubInterceptor(InterceptorParams.of(MapNode.empty()), secrets, false)
                .process(request(Map.of("Content-Type", "application/x-www-form-urlencoded")));

        assertThat(result.passes()).isFalse();
        assertThat(result.message()).contains("form parameter encoding not supported");
    }

    @Test
    void github_withoutSecretRef_passesUnsigned() {
        InterceptorResult result = new GithubInterceptor(InterceptorParams.of(MapNode.empty()), secrets, false).process(request(Map.of()));

        assertThat(result.passes()).isTrue();
    }

    @Test
    void github_missingSecret_stopsWithoutRevealingAnything() {
        MapNode params = MapNode.builder().put("secretRef", MapNode.builder().put("secretName", Node.of("absent"))
                .put("secretKey", Node.of("token")).build()).build();
        InterceptorResult result = new GithubInterceptor(InterceptorParams.of(params), secrets, false)
                .process(request(Map.of("X-Hub-Signature-256", "sha256=00")));

        assertThat(result.passes()).isFalse();
        assertThat(result.unauthorized()).isFalse();
        assertThat(result.message()).contains("Secret ci/absent not found");
    }

    @ParameterizedTest(name = "token {0} event {1} -> passes={2} unauthorized={3}")
    @CsvSource(delimiter = '|', value = {
        "tok3n  | Push Hook | true  | false",
        "wrong  | Push Hook | false | true",
        "''     | Push Hook | false | true",
        "tok3n  | Tag Hook  | false | false"})
    void gitlab_checksTokenAndEventType(String token, String event, boolean passes, boolean unauthorized) {
        Map<String, String> headers = token.isEmpty() ? Map.of("X-Gitlab-Event", event)
                : Map.of("X-Gitlab-Event", event, "X-Gitlab-Token", token);
        InterceptorResult result = SharedSecretInterceptor.gitlab(InterceptorParams.of(PARAMS), secrets).process(request(headers));

        assertThat(result.passes()).isEqualTo(passes);
        assertThat(result.unauthorized()).isEqualTo(unauthorized);
    }

    @ParameterizedTest(name = "{0} -> passes={1} unauthorized={2}")
    @CsvSource(delimiter = '|', value = {
        "good        | true  | false",
        "bad         | false | true",
        "missing     | false | true",
        "wrong event | false | false"})
    void bitbucket_checksSignatureAndEventKey(String name, boolean passes, boolean unauthorized) {
        String secret = name.equals("bad") ? "nope" : "tok3n";
        String event = name.equals("wrong event") ? "pr:opened" : "repo:refs_changed";
        Map<String, String> headers = name.equals("missing") ? Map.of("X-Event-Key", event)
                : Map.of("X-Event-Key", event, "X-Hub-Signature", "sha256=" + hmacHex("HmacSHA256", secret, BODY));
        InterceptorResult result = SharedSecretInterceptor.bitbucket(InterceptorParams.of(PARAMS), secrets).process(request(headers));

        assertThat(result.passes()).isEqualTo(passes);
        assertThat(result.unauthorized()).isEqualTo(unauthorized);
    }

    @Test
    void hubSignature_emptySecretStillSigns() {
        String header = "sha256=e0baad27ae5335a93e2979e6693e7630de7d66b4d5bfd687cdbf1f0018f79cb8";

        assertThat(HubSignature.check(header, BODY, new byte[0])).isEmpty();
    }

    @Test
    void github_addChangedFiles_listsThePushCommitsFiles() {
        Node push = dev.windlass.model.codec.JsonReader.create(dev.windlass.model.codec.CodecLimits.DEFAULT).read("b", """
                {"repository":{"full_name":"acme/app"},"commits":[
                 {"added":["a.go"],"modified":["b.go"],"removed":[]},{"added":[],"modified":["c.md"],"removed":["d"]}]}
                """).documents().get(0).content();
        InterceptorRequest request = new InterceptorRequest(Headers.canonical(Map.of("X-GitHub-Event", List.of("push"))),
                BODY, push, "/", MapNode.empty(), "ci");

        InterceptorResult result = new GithubInterceptor(InterceptorParams.of(MapNode.empty()), secrets, true).process(request);

        assertThat(result.passes()).isTrue();
        assertThat(result.extensions().getText("changed_files")).contains("a.go,b.go,c.md,d");
    }

    @Test
    void github_addChangedFiles_needsTheRepositoryName() {
        InterceptorRequest request = new InterceptorRequest(Headers.canonical(Map.of("X-GitHub-Event", List.of("push"))),
                BODY, MapNode.empty(), "/", MapNode.empty(), "ci");

        InterceptorResult result = new GithubInterceptor(InterceptorParams.of(MapNode.empty()), secrets, true).process(request);

        assertThat(result.passes()).isFalse();
        assertThat(result.message()).contains("repository.full_name");
    }
}
