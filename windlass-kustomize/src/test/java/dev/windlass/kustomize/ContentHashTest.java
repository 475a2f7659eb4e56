package dev.windlass.kustomize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.ScalarSchema;
import dev.windlass.model.codec.YamlReader;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Expected suffixes are those kubectl kustomize (v5.5.0) appended to the same objects. */
class ContentHashTest {

    private static final YamlReader YAML = YamlReader.create(CodecLimits.DEFAULT, ScalarSchema.YAML_1_2);

    private static MapNode object(String yaml) {
        return YAML.read("test.yaml", yaml).documents().get(0).content().asMap().orElseThrow();
    }

    static Stream<Arguments> objects() {
        return Stream.of(
                Arguments.of("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: empty\n", "6ct58987ht"),
                Arguments.of("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: literals\ndata:\n  a: \"1\"\n", "h29d89cmmt"),
                Arguments.of("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: patched\ndata:\n  a: \"2\"\n", "6gtghh96k8"),
                Arguments.of("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: html\ndata:\n  page: <b>&</b>\n", "6thmchk7hf"),
                Arguments.of("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: blob\nbinaryData:\n  blob.bin: //4AYmlu\n",
                        "fdmfcm288f"),
                Arguments.of("apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\ntype: Opaque\ndata:\n  k: dg==\n", "ftgtgc4t9f"),
                Arguments.of("apiVersion: v1\nkind: Secret\nmetadata:\n  name: s2\ntype: Opaque\ndata: {}\n", "46f8b28mk5"),
                Arguments.of("apiVersion: v1\nkind: Secret\nmetadata:\n  name: tls\ntype: kubernetes.io/tls\ndata:\n"
                        + "  tls.crt: Q0VSVA==\n  tls.key: S0VZ\n", "4b255hm948"));
    }

    @ParameterizedTest
    @MethodSource("objects")
    void of_equalsKustomizesSuffix(String yaml, String hash) {
        assertThat(ContentHash.of(object(yaml))).isEqualTo(hash);
    }

    @Test
    void of_ignoresTheNameAsKustomizeDoes() {
        String a = ContentHash.of(object("kind: ConfigMap\nmetadata:\n  name: a\ndata:\n  k: v\n"));
        String b = ContentHash.of(object("kind: ConfigMap\nmetadata:\n  name: b\ndata:\n  k: v\n"));

        assertThat(a).isEqualTo(b);
    }

    @Test
    void of_changesWithTheSecretType() {
        String opaque = ContentHash.of(object("kind: Secret\ntype: Opaque\ndata: {}\n"));
        String tls = ContentHash.of(object("kind: Secret\ntype: kubernetes.io/tls\ndata: {}\n"));

        assertThat(opaque).isNotEqualTo(tls);
    }

    @Test
    void json_escapesAsGoEncodingJsonDoes() {
        Node text = Node.of("<&> \"q\" \\ \n\r\t\b\f\u0001\u2028\u2029 é 😀");

        assertThat(ContentHash.json(text)).isEqualTo(
                "\"\\u003c\\u0026\\u003e \\\"q\\\" \\\\ \\n\\r\\t\\b\\f\\u0001\\u2028\\u2029 é 😀\"");
    }

    @Test
    void json_sortsKeysAndPrintsNumbersLikeGo() {
        MapNode map = MapNode.of("b", Node.of(2L), "a", Node.of(1.5), "c", MapNode.of("z", Node.of(true), "y",
                Node.nullNode()));

        assertThat(ContentHash.json(map)).isEqualTo("{\"a\":1.5,\"b\":2,\"c\":{\"y\":null,\"z\":true}}");
    }

    @Test
    void encode_replacesLettersAndDigitsKustomizeAvoids() {
        assertThat(ContentHash.encode("0123456789abcdef")).isEqualTo("gh2k456789");
        assertThat(ContentHash.encode("abcdeabcde")).isEqualTo("mbcdtmbcdt");
    }
}
