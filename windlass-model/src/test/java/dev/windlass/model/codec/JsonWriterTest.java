package dev.windlass.model.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonWriterTest {

    private static final Node POD = MapNode.of(
            "kind", "Pod",
            "metadata", MapNode.of("name", "web", "labels", MapNode.empty(), "uid", null),
            "spec", MapNode.of("containers", List.of(MapNode.of("name", "app", "ports", List.of(80L, 443L),
                    "env", List.of(), "cpu", 0.5, "privileged", false))));

    @Test
    void write_compactPrintsOneLineWithoutSpaces() {
        assertThat(JsonWriter.write(POD, 0)).isEqualTo("{\"kind\":\"Pod\",\"metadata\":{\"name\":\"web\",\"labels\":{},"
                + "\"uid\":null},\"spec\":{\"containers\":[{\"name\":\"app\",\"ports\":[80,443],\"env\":[],\"cpu\":0.5,"
                + "\"privileged\":false}]}}");
    }

    @Test
    void write_prettyIndentsLikeKubectl() {
        assertThat(JsonWriter.write(POD, 4)).isEqualTo("""
                {
                    "kind": "Pod",
                    "metadata": {
                        "name": "web",
                        "labels": {},
                        "uid": null
                    },
                    "spec": {
                        "containers": [
                            {
                                "name": "app",
                                "ports": [
                                    80,
                                    443
                                ],
                                "env": [],
                                "cpu": 0.5,
                                "privileged": false
                            }
                        ]
                    }
                }
                """);
    }

    @Test
    void write_prettyHonoursTheIndentWidth() {
        assertThat(JsonWriter.write(MapNode.of("a", List.of(1L)), 2)).isEqualTo("{\n  \"a\": [\n    1\n  ]\n}\n");
    }

    @Test
    void write_printsRootScalarsAndEmptyCollections() {
        assertThat(JsonWriter.write(Node.of("x"), 0)).isEqualTo("\"x\"");
        assertThat(JsonWriter.write(Node.of("x"), 4)).isEqualTo("\"x\"\n");
        assertThat(JsonWriter.write(MapNode.empty(), 4)).isEqualTo("{}\n");
        assertThat(JsonWriter.write(ListNode.empty(), 0)).isEqualTo("[]");
        assertThat(JsonWriter.write(Node.nullNode(), 0)).isEqualTo("null");
    }

    @Test
    void write_formatsNumbersLikeGo() {
        Node numbers = Node.from(List.of(Long.MAX_VALUE, -1L, 1.0, 1.5, 1e21, 1e20, 1e-7, 0.000001, -0.0));
        assertThat(JsonWriter.write(numbers, 0))
                .isEqualTo("[9223372036854775807,-1,1,1.5,1e+21,100000000000000000000,1e-7,0.000001,0]");
    }

    static Stream<Arguments> escapes() {
        return Stream.of(
                Arguments.of("plain", "\"plain\""),
                Arguments.of("quote \" backslash \\", "\"quote \\\" backslash \\\\\""),
                Arguments.of("\n\r\t\b\f", "\"\\n\\r\\t\\b\\f\""),
                Arguments.of("\u0000\u0001\u001F", "\"\\u0000\\u0001\\u001f\""),
                Arguments.of("\u007F", "\"\u007F\""),
                Arguments.of("<a href='x'>&amp;</a>", "\"<a href='x'>&amp;</a>\""),
                Arguments.of("/slash", "\"/slash\""),
                Arguments.of("café 日本 \uD83D\uDE00", "\"café 日本 \uD83D\uDE00\""),
                Arguments.of("line\u2028para\u2029", "\"line\\u2028para\\u2029\""),
                Arguments.of("lone \uD800 surrogate \uDC00", "\"lone \\ufffd surrogate \\ufffd\""));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("escapes")
    void write_escapesStringsPerRfc8259WithoutHtmlEscaping(String text, String expected) {
        assertThat(JsonWriter.write(Node.of(text), 0)).isEqualTo(expected);
        assertThat(JsonWriter.write(MapNode.builder().put(text, Node.of(1L)).build(), 0))
                .isEqualTo("{" + expected + ":1}");
    }

    @Test
    void write_refusesNegativeIndent() {
        assertThatThrownBy(() -> JsonWriter.write(POD, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void write_roundTripsThroughTheJsonReader() {
        JsonReader reader = JsonReader.create(CodecLimits.DEFAULT);
        Random random = new Random(42);
        for (int i = 0; i < 300; i++) {
            Node tree = RandomTrees.tree(random, 5);
            for (int indent : new int[] {0, 4}) {
                ParsedStream stream = reader.read("t.json", JsonWriter.write(tree, indent));
                assertThat(stream.issues()).isEmpty();
                assertThat(stream.documents().get(0).content()).isEqualTo(tree);
            }
        }
    }
}
