package dev.windlass.model.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.Issue;
import dev.windlass.model.Position;
import dev.windlass.model.SourceMap;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonReaderTest {

    private static final JsonReader READER = JsonReader.create(CodecLimits.DEFAULT);

    private static Node content(String json) {
        ParsedStream stream = READER.read("t.json", json);
        assertThat(stream.issues()).isEmpty();
        assertThat(stream.documents()).hasSize(1);
        return stream.documents().get(0).content();
    }

    private static Issue onlyIssue(JsonReader reader, String json) {
        ParsedStream stream = reader.read("t.json", json);
        assertThat(stream.documents()).isEmpty();
        assertThat(stream.issues()).hasSize(1);
        assertThat(stream.hasErrors()).isTrue();
        return stream.issues().get(0);
    }

    @Test
    void read_buildsTreeKeepingKeyOrder() {
        Node tree = content("{\"kind\":\"Pod\",\"apiVersion\":\"v1\",\"spec\":{\"z\":1,\"a\":[true,false,null,\"s\",{}],\"e\":[]}}");
        assertThat(tree).isEqualTo(MapNode.of("kind", "Pod", "apiVersion", "v1", "spec", MapNode.of(
                "z", 1L, "a", Arrays.asList(true, false, null, "s", MapNode.empty()), "e", List.of())));
        assertThat(((MapNode) tree).keys()).containsExactly("kind", "apiVersion", "spec");
        assertThat(((MapNode) tree).getMap("spec").orElseThrow().keys()).containsExactly("z", "a", "e");
    }

    static Stream<Arguments> numbers() {
        return Stream.of(
                Arguments.of("42", Node.of(42L)),
                Arguments.of("-0", Node.of(0L)),
                Arguments.of("9223372036854775807", Node.of(Long.MAX_VALUE)),
                Arguments.of("-9223372036854775808", Node.of(Long.MIN_VALUE)),
                Arguments.of("9223372036854775808", Node.of(9.223372036854775808E18)),
                Arguments.of("123456789012345678901234567890", Node.of(1.2345678901234568E29)),
                Arguments.of("1.5", Node.of(1.5)),
                Arguments.of("1.0", Node.of(1.0)),
                Arguments.of("1e3", Node.of(1000.0)),
                Arguments.of("-2.5E-3", Node.of(-0.0025)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("numbers")
    void read_typesNumbersAsKubernetesDoes(String json, Node expected) {
        assertThat(content("[" + json + "]")).isEqualTo(Node.list(List.of(expected)));
    }

    @Test
    void read_reportsNumbersBeyondAFloat() {
        Issue issue = onlyIssue(READER, "{\"a\":\n  1e400}");
        assertThat(issue.code()).isEqualTo("NumberOutOfRange");
        assertThat(issue.location().toString()).isEqualTo("t.json:2:3");
        assertThat(issue.message()).contains("1e400");
        assertThat(onlyIssue(READER, "1" + "0".repeat(2000)).code()).isEqualTo("NumberOutOfRange");
    }

    @Test
    void read_emptyOrBlankFileHasNoDocuments() {
        for (String text : List.of("", "  \n\t\r\n", "\uFEFF")) {
            ParsedStream stream = READER.read("t.json", text);
            assertThat(stream.documents()).isEmpty();
            assertThat(stream.issues()).isEmpty();
        }
    }

    @Test
    void read_dropsByteOrderMarkAndReadsBytes() {
        byte[] bytes = "\uFEFF{\"a\":\"é\"}".getBytes(StandardCharsets.UTF_8);
        ParsedStream stream = READER.read("t.json", bytes);
        assertThat(stream.issues()).isEmpty();
        assertThat(stream.documents().get(0).content()).isEqualTo(MapNode.of("a", "é"));
        assertThat(stream.documents().get(0).start()).isEqualTo(new Position(1, 1));
    }

    @Test
    void read_skipsBinaryBytesWithWarning() {
        ParsedStream stream = READER.read("t.json", new byte[] {'{', 0, '}'});
        assertThat(stream.documents()).isEmpty();
        assertThat(stream.issues()).extracting(Issue::code).containsExactly(SourceText.BINARY);
    }

    @Test
    void read_warnsAboutDuplicateKeysAndKeepsTheLastValue() {
        String text = "{\n  \"name\": \"a\",\n  \"spec\": {},\n  \"name\": \"b\"\n}";
        assertThat(READER.read("t.json", text).documents().get(0).content())
                .isEqualTo(MapNode.of("name", "b", "spec", MapNode.empty()));
        Issue issue = READER.read("t.json", text).issues().get(0);
        assertThat(issue.code()).isEqualTo("DuplicateKey");
        assertThat(issue.severity()).isEqualTo(dev.windlass.model.Severity.WARNING);
        assertThat(issue.location().toString()).isEqualTo("t.json:4:3");
        assertThat(issue.message()).contains("\"name\"").contains("line 2");
    }

    @Test
    void read_allowsTheSameKeyInDifferentMaps() {
        assertThat(content("{\"a\":{\"x\":1},\"b\":{\"x\":2}}")).isEqualTo(
                MapNode.of("a", MapNode.of("x", 1L), "b", MapNode.of("x", 2L)));
    }

    @Test
    void read_refusesNestingDeeperThanTheLimit() {
        JsonReader reader = JsonReader.create(CodecLimits.DEFAULT.withMaxDepth(3));
        assertThat(reader.read("t.json", "{\"a\":[{\"b\":1}]}").issues()).isEmpty();
        Issue issue = onlyIssue(reader, "{\"a\":[{\"b\":\n[1]}]}");
        assertThat(issue.code()).isEqualTo("TooDeep");
        assertThat(issue.location().toString()).isEqualTo("t.json:2:1");
        assertThat(issue.message()).contains("3").contains(CodecLimits.Limit.DEPTH.option());
    }

    @Test
    void read_liftsJacksonLimitsBelowOurs() {
        int depth = 1500;
        JsonReader reader = JsonReader.create(CodecLimits.DEFAULT.withMaxDepth(depth));
        String deep = "[".repeat(depth) + "]".repeat(depth);
        assertThat(reader.read("t.json", deep).issues()).isEmpty();
        String longKey = "k".repeat(60_000);
        assertThat(content("{\"" + longKey + "\":1}")).isEqualTo(MapNode.of(longKey, 1L));
        assertThat(content("[0." + "1".repeat(1500) + "]")).isEqualTo(Node.list(List.of(Node.of(0.1111111111111111))));
    }

    @Test
    void read_refusesDocumentsOverTheSizeLimit() {
        JsonReader reader = JsonReader.create(CodecLimits.DEFAULT.withMaxDocumentBytes(10));
        assertThat(reader.read("t.json", "  {\"a\":12}  \n").issues()).isEmpty();
        assertThat(onlyIssue(reader, "{\"a\":123456}").code()).isEqualTo("DocumentTooLarge");
        JsonReader small = JsonReader.create(CodecLimits.DEFAULT.withMaxFileBytes(4));
        assertThat(onlyIssue(small, "[1, 2]").code()).isEqualTo(SourceText.FILE_TOO_LARGE);
    }

    static Stream<Arguments> syntaxErrors() {
        return Stream.of(
                Arguments.of("{\"a\" 1}", "1:6", "was expecting a colon to separate field name and value"),
                Arguments.of("{\n  \"a\": 1,\n}", "3:1", "was expecting double-quote to start field name"),
                Arguments.of("[1,]", "1:4", "expected a valid value"),
                Arguments.of("{\"a\":1", "1:7", "expected close marker for Object (opened at line 1, column 1)"),
                Arguments.of("{a:1}", "1:2", "was expecting double-quote to start field name"),
                Arguments.of("[tru]", "1:2", "unrecognized token 'tru'"),
                Arguments.of("\"abc", "1:5", "was expecting closing quote"),
                Arguments.of("[01]", "1:3", "Leading zeroes not allowed"),
                Arguments.of("[\"a\nb\"]", "1:4", "(control character 10)"),
                Arguments.of("[1}", "1:3", "expected ']' (for Array starting at line 1, column 1)"),
                Arguments.of("[NaN]", "1:5", "JSON has no NaN or Infinity"),
                Arguments.of("// c\n1", "1:1", "JSON has no comments"),
                Arguments.of("{\"a\":1}}", "1:8", "no open Object to close"),
                Arguments.of("[\"\uD83D\uDE00\", x]", "1:7", "unrecognized token 'x'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("syntaxErrors")
    void read_reportsSyntaxErrorsWhereTheyAre(String json, String position, String expected) {
        Issue issue = onlyIssue(READER, json);
        assertThat(issue.code()).isEqualTo("JsonSyntax");
        assertThat(issue.location().toString()).isEqualTo("t.json:" + position);
        assertThat(issue.message()).startsWith("invalid JSON: ").contains(expected)
                .doesNotContain("Source").doesNotContain("(code ").doesNotContain("REDACTED");
    }

    @Test
    void read_refusesContentAfterTheValue() {
        Issue issue = onlyIssue(READER, "{\"a\":1}\n{\"b\":2}");
        assertThat(issue.code()).isEqualTo("JsonSyntax");
        assertThat(issue.location().toString()).isEqualTo("t.json:2:1");
        assertThat(issue.message()).contains("after the value");
    }

    @Test
    void read_mapsEveryFieldToItsPosition() {
        String json = "{\r\n  \"metadata\": {\"name\": \"web\", \"a/b~c\": 1},\r\n  \"items\": [\n    \"\uD83D\uDE00\", 7\n  ]\n}";
        ParsedDocument document = READER.read("t.json", json).documents().get(0);
        SourceMap map = document.sourceMap();
        assertThat(document.start()).isEqualTo(new Position(1, 1));
        assertThat(map.exact(FieldPath.root())).contains(new Position(1, 1));
        assertThat(map.exact(FieldPath.of("metadata"))).contains(new Position(2, 3));
        assertThat(map.exact(FieldPath.of("metadata", "name"))).contains(new Position(2, 16));
        assertThat(map.exact(FieldPath.of("metadata", "a/b~c"))).contains(new Position(2, 31));
        assertThat(map.exact(FieldPath.of("items"))).contains(new Position(3, 3));
        assertThat(map.exact(FieldPath.of("items").index(0))).contains(new Position(4, 5));
        assertThat(map.exact(FieldPath.of("items").index(1))).contains(new Position(4, 10));
        assertThat(map.nearest(FieldPath.of("metadata", "missing"))).contains(new Position(2, 3));
    }

    @Test
    void read_startsTheDocumentAtItsValue() {
        ParsedDocument document = READER.read("t.json", "\n\n   [1]").documents().get(0);
        assertThat(document.start()).isEqualTo(new Position(3, 4));
        assertThat(document.index()).isZero();
    }
}
