package dev.windlass.pipelines.triggers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.codec.JsonWriter;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CelInterceptorTest {

    private static final String BODY = """
            {"ref":"refs/heads/main","count":2,"measure":1.5,"sha":"0123456789",
             "labels":[{"name":"test-a"},{"name":"test-b"}],"b64":"aGVsbG8=","nested":"{\\"k\\":\\"v\\"}",
             "yaml":"k: v","url":"https://user:pw@example.com:8443/a/b?x=1&x=2&y=3#frag"}""";
    private static final String SECRETS = """
            apiVersion: v1
            kind: Secret
            metadata: {name: hook, namespace: ci}
            stringData: {token: tok3n}
            """;

    private final TriggersCel cel = new TriggersCel(new SecretValues(TriggerFixtures.lookup(SECRETS)), "ci");

    private InterceptorResult run(String filter, String... overlays) {
        MapNode.Builder params = MapNode.builder();
        if (!filter.isEmpty()) {
            params.put("filter", Node.of(filter));
        }
        java.util.List<Node> list = new java.util.ArrayList<>();
        for (int i = 0; i < overlays.length; i += 2) {
            list.add(MapNode.builder().put("key", Node.of(overlays[i])).put("expression", Node.of(overlays[i + 1])).build());
        }
        params.put("overlays", Node.list(list));
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
        Node json = dev.windlass.model.codec.JsonReader.create(dev.windlass.model.codec.CodecLimits.DEFAULT)
                .read("b", BODY).documents().get(0).content();
        Map<String, List<String>> headers = Headers.canonical(Map.of("x-test", List.of("test-value"),
                "X-Secret-Token", List.of("tok3n")));
        InterceptorRequest request = new InterceptorRequest(headers, body, json, "/hook?x=1",
                MapNode.builder().put("earlier", Node.of("e")).build(), "ci");
        return CelInterceptor.compile(CelSpec.of(params.build()), cel).process(request);
    }

    private String overlay(String expression) {
        InterceptorResult result = run("", "out", expression);
        assertThat(result.passes()).as(result.message()).isTrue();
        return JsonWriter.write(result.extensions().get("out").orElseThrow(), 0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "body.ref == 'refs/heads/main'                                     | true",
        "body.ref.startsWith('refs/tags/')                                 | false",
        "header.match('X-TEST', 'test-value')                              | true",
        "header['X-Test'][0] == 'test-value'                               | true",
        "header.canonical('x-test') == 'test-value'                        | true",
        "body.count == 2.0                                                 | true",
        "body.labels.exists(x, x.name == 'test-b')                         | true",
        "body.labels.exists_one(x, x.name.startsWith('test-'))             | false",
        "header.canonical('X-Secret-Token').compareSecret('token', 'hook') | true",
        "'nope'.compareSecret('token', 'hook', 'ci')                       | false",
        "requestURL.parseURL().path == '/hook'                             | true",
        "extensions.earlier == 'e'                                         | true",
        "base64.decode(body.b64) == b'hello'                               | true"})
    void filter_decidesWhetherTheEventPasses(String filter, boolean passes) {
        InterceptorResult result = run(filter);

        assertThat(result.passes()).as(result.message()).isEqualTo(passes);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "body.sha.truncate(5)                          | `\"01234\"`",
        "body.sha.truncate(50)                         | `\"0123456789\"`",
        "body.ref.split('/')                           | `[\"refs\",\"heads\",\"main\"]`",
        "body.ref.split('/').last()                    | `\"main\"`",
        "body.ref.split('/').first()                   | `\"refs\"`",
        "body.count + 1.0                              | 3",
        "int(body.count) + 2                           | 4",
        "body.nested.parseJSON().k                     | `\"v\"`",
        "body.yaml.parseYAML().k                       | `\"v\"`",
        "body.url.parseURL().host                      | `\"example.com:8443\"`",
        "body.url.parseURL().query['x']                | `\"1,2\"`",
        "body.url.parseURL().auth.username             | `\"user\"`",
        "body.labels.marshalJSON()                     | `\"[{\\\"name\\\":\\\"test-a\\\"},{\\\"name\\\":\\\"test-b\\\"}]\"`",
        "body.b64.decodeb64()                          | `\"hello\"`",
        "string(base64.decode(body.b64))               | `\"hello\"`",
        "body.labels.map(x, x.name.substring(5))       | `[\"a\",\"b\"]`",
        "body.ref.translate('[/]', '-')                | `\"refs-heads-main\"`"})
    void overlay_valueIsSetUnderExtensions(String expression, String json) {
        assertThat(overlay(expression)).isEqualTo(json);
    }

    @Test
    void overlay_dottedKeyNestsAndEarlierExtensionsAreNotReturned() {
        InterceptorResult result = run("", "a.b", "'x'", "c", "true");

        assertThat(JsonWriter.write(result.extensions(), 0)).isEqualTo("{\"a\":{\"b\":\"x\"},\"c\":true}");
    }

    @Test
    void evaluationError_stopsTheTrigger() {
        InterceptorResult result = run("body.missing == 'x'");

        assertThat(result.passes()).isFalse();
        assertThat(result.message()).startsWith("error evaluating cel expression");
    }

    @Test
    void badExpression_stopsWithTheCompileError() {
        InterceptorResult result = run("body.ref ==");

        assertThat(result.passes()).isFalse();
        assertThat(result.message()).contains("filter").contains("does not compile");
    }

    @Test
    void nonBooleanFilter_doesNotPass() {
        InterceptorResult result = run("body.ref");

        assertThat(result.passes()).isFalse();
        assertThat(result.message()).isEqualTo("expression body.ref did not return true");
    }
}
