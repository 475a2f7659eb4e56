package dev.windlass.model.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class YamlWriterTest {

    private static final YamlReader KUBECTL = YamlReader.create(CodecLimits.DEFAULT, ScalarSchema.KUBERNETES);
    private static final YamlReader KUSTOMIZE = YamlReader.create(CodecLimits.DEFAULT, ScalarSchema.YAML_1_2);

    private static String value(String text) {
        return YamlWriter.write(MapNode.of("v", text));
    }

    static Stream<Arguments> strings() {
        return Stream.of(
                // plain
                Arguments.of("nginx:1.25", "v: nginx:1.25\n"),
                Arguments.of("hello world", "v: hello world\n"),
                Arguments.of("a#b", "v: a#b\n"),
                Arguments.of("-a", "v: -a\n"),
                Arguments.of("?a", "v: ?a\n"),
                Arguments.of(":a", "v: :a\n"),
                Arguments.of("a:b", "v: a:b\n"),
                Arguments.of("1.2.3", "v: 1.2.3\n"),
                Arguments.of("yes please", "v: yes please\n"),
                Arguments.of("café 日本", "v: café 日本\n"),
                Arguments.of("--a", "v: --a\n"),
                // double quotes: would be read as another type
                Arguments.of("yes", "v: \"yes\"\n"),
                Arguments.of("on", "v: \"on\"\n"),
                Arguments.of("N", "v: \"N\"\n"),
                Arguments.of("true", "v: \"true\"\n"),
                Arguments.of("123", "v: \"123\"\n"),
                Arguments.of("0123", "v: \"0123\"\n"),
                Arguments.of("0x1F", "v: \"0x1F\"\n"),
                Arguments.of("1e3", "v: \"1e3\"\n"),
                Arguments.of("-1.5", "v: \"-1.5\"\n"),
                Arguments.of(".5", "v: \".5\"\n"),
                Arguments.of("1_000", "v: \"1_000\"\n"),
                Arguments.of("12:30", "v: \"12:30\"\n"),
                Arguments.of("", "v: \"\"\n"),
                Arguments.of("null", "v: \"null\"\n"),
                Arguments.of("~", "v: \"~\"\n"),
                Arguments.of(".inf", "v: \".inf\"\n"),
                Arguments.of("-.Inf", "v: \"-.Inf\"\n"),
                Arguments.of(".NaN", "v: \".NaN\"\n"),
                Arguments.of("<<", "v: \"<<\"\n"),
                Arguments.of("2024-01-02", "v: \"2024-01-02\"\n"),
                Arguments.of("2024-01-02T03:04:05Z", "v: \"2024-01-02T03:04:05Z\"\n"),
                Arguments.of("2024-1-2t3:4:5.123+02:00", "v: \"2024-1-2t3:4:5.123+02:00\"\n"),
                Arguments.of("2024-01-02 03:04:05.5", "v: \"2024-01-02 03:04:05.5\"\n"),
                // double quotes: characters that need escapes
                Arguments.of("a\tb", "v: \"a\\tb\"\n"),
                Arguments.of("a\rb", "v: \"a\\rb\"\n"),
                Arguments.of("nul\0bell\u0007bs\bvt\u000Bff\fesc\u001B", "v: \"nul\\0bell\\abs\\bvt\\vff\\fesc\\e\"\n"),
                Arguments.of("\u0001\u007F", "v: \"\\x01\\x7F\"\n"),
                Arguments.of("nel\u0085ls\u2028ps\u2029", "v: \"nel\\Nls\\u2028ps\\u2029\"\n"),
                Arguments.of("\uFEFFbom", "v: \"\\uFEFFbom\"\n"),
                Arguments.of("\u0080c1", "v: \"\\x80c1\"\n"),
                Arguments.of("smile \uD83D\uDE00", "v: \"smile \\U0001F600\"\n"),
                Arguments.of("tab\t\"q\" \\ é", "v: \"tab\\t\\\"q\\\" \\\\ é\"\n"),
                // single quotes: YAML syntax
                Arguments.of(" lead", "v: ' lead'\n"),
                Arguments.of("trail ", "v: 'trail '\n"),
                Arguments.of("a: b", "v: 'a: b'\n"),
                Arguments.of("a #b", "v: 'a #b'\n"),
                Arguments.of("ends:", "v: 'ends:'\n"),
                Arguments.of("-", "v: '-'\n"),
                Arguments.of("- a", "v: '- a'\n"),
                Arguments.of("? a", "v: '? a'\n"),
                Arguments.of(":", "v: ':'\n"),
                Arguments.of("---", "v: '---'\n"),
                Arguments.of("--- a", "v: '--- a'\n"),
                Arguments.of("...", "v: '...'\n"),
                Arguments.of("*", "v: '*'\n"),
                Arguments.of("&a", "v: '&a'\n"),
                Arguments.of("!tag", "v: '!tag'\n"),
                Arguments.of("|", "v: '|'\n"),
                Arguments.of(">", "v: '>'\n"),
                Arguments.of("%x", "v: '%x'\n"),
                Arguments.of("@x", "v: '@x'\n"),
                Arguments.of("`x`", "v: '`x`'\n"),
                Arguments.of("#x", "v: '#x'\n"),
                Arguments.of(",x", "v: ',x'\n"),
                Arguments.of("[x]", "v: '[x]'\n"),
                Arguments.of("{x}", "v: '{x}'\n"),
                Arguments.of("\"x\"", "v: '\"x\"'\n"),
                Arguments.of("'x'", "v: '''x'''\n"),
                Arguments.of("it's: ok", "v: 'it''s: ok'\n"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("strings")
    void write_quotesStringsOnlyWhenNeeded(String text, String expected) {
        assertThat(value(text)).isEqualTo(expected);
        assertRoundTrip(MapNode.of("v", text));
    }

    static Stream<Arguments> blocks() {
        return Stream.of(
                Arguments.of("line1\nline2\n", "v: |\n  line1\n  line2\n"),
                Arguments.of("line1\nline2", "v: |-\n  line1\n  line2\n"),
                Arguments.of("line1\n\n", "v: |+\n  line1\n\n"),
                Arguments.of("a\n\nb\n", "v: |\n  a\n\n  b\n"),
                Arguments.of("  indented\nnext\n", "v: |2\n    indented\n  next\n"),
                Arguments.of(" x\ny", "v: |2-\n   x\n  y\n"),
                Arguments.of("\nafter blank\n", "v: |2\n\n  after blank\n"),
                Arguments.of("\n", "v: |2+\n\n"),
                Arguments.of("a\n  b\n", "v: |\n  a\n    b\n"),
                Arguments.of("#!/bin/sh\necho: hi # x\n---\n", "v: |\n  #!/bin/sh\n  echo: hi # x\n  ---\n"),
                Arguments.of("café\n日本\n", "v: |\n  café\n  日本\n"),
                // no block: trailing whitespace on a line, or characters that need escapes
                Arguments.of("trailing \nspace\n", "v: \"trailing \\nspace\\n\"\n"),
                Arguments.of("a\n \nb", "v: \"a\\n \\nb\"\n"),
                Arguments.of("a\nb ", "v: \"a\\nb \"\n"),
                Arguments.of("tab\n\tindent\n", "v: \"tab\\n\\tindent\\n\"\n"),
                Arguments.of("cr\r\nlf\n", "v: \"cr\\r\\nlf\\n\"\n"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("blocks")
    void write_usesLiteralBlocksForMultiLineText(String text, String expected) {
        assertThat(value(text)).isEqualTo(expected);
        assertRoundTrip(MapNode.of("v", text));
    }

    @Test
    void write_indentsBlockContentTwoDeeperThanItsKeyOrDash() {
        Node tree = MapNode.of("data", MapNode.of("script", "line1\nline2\n"),
                "args", List.of("one\ntwo", MapNode.of("run", "x\ny\n")));
        assertThat(YamlWriter.write(tree)).isEqualTo("""
                data:
                  script: |
                    line1
                    line2
                args:
                - |-
                  one
                  two
                - run: |
                    x
                    y
                """);
        assertRoundTrip(tree);
    }

    static Stream<Arguments> keys() {
        return Stream.of(
                Arguments.of("app.kubernetes.io/name", "app.kubernetes.io/name: x\n"),
                Arguments.of("yes", "\"yes\": x\n"),
                Arguments.of("123", "\"123\": x\n"),
                Arguments.of("", "\"\": x\n"),
                Arguments.of("<<", "\"<<\": x\n"),
                Arguments.of("a: b", "'a: b': x\n"),
                Arguments.of("key:", "'key:': x\n"),
                Arguments.of("- item", "'- item': x\n"),
                Arguments.of("multi\nline", "\"multi\\nline\": x\n"),
                Arguments.of("tab\tkey", "\"tab\\tkey\": x\n"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("keys")
    void write_quotesKeysLikeValuesButNeverAsBlocks(String key, String expected) {
        Node tree = MapNode.builder().put(key, Node.of("x")).build();
        assertThat(YamlWriter.write(tree)).isEqualTo(expected);
        assertRoundTrip(tree);
    }

    @Test
    void write_printsKubernetesObjectsLikeKubectl() {
        Node deployment = MapNode.of(
                "apiVersion", "apps/v1",
                "kind", "Deployment",
                "metadata", MapNode.of("name", "web", "labels", MapNode.of("app", "web", "tier", "on"),
                        "annotations", MapNode.empty(), "creationTimestamp", null),
                "spec", MapNode.of("replicas", 3L, "paused", false, "ratio", 0.25,
                        "selector", MapNode.of("matchLabels", MapNode.of("app", "web")),
                        "template", MapNode.of("spec", MapNode.of(
                                "containers", List.of(MapNode.of("name", "web", "image", "nginx:1.25",
                                        "args", List.of("--port", "8080"),
                                        "ports", List.of(MapNode.of("containerPort", 8080L)),
                                        "env", List.of())),
                                "tolerations", List.of()))));
        assertThat(YamlWriter.write(deployment)).isEqualTo("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                  labels:
                    app: web
                    tier: "on"
                  annotations: {}
                  creationTimestamp: null
                spec:
                  replicas: 3
                  paused: false
                  ratio: 0.25
                  selector:
                    matchLabels:
                      app: web
                  template:
                    spec:
                      containers:
                      - name: web
                        image: nginx:1.25
                        args:
                        - --port
                        - "8080"
                        ports:
                        - containerPort: 8080
                        env: []
                      tolerations: []
                """);
        assertRoundTrip(deployment);
    }

    @Test
    void write_nestsListsOnTheDashLine() {
        Node tree = MapNode.of("matrix", List.of(List.of("a", "b"), List.of(List.of(1L, 2L), MapNode.of("k", "v")),
                List.of(), MapNode.empty(), MapNode.of("a", List.of("x"), "b", MapNode.of("c", 1L))));
        assertThat(YamlWriter.write(tree)).isEqualTo("""
                matrix:
                - - a
                  - b
                - - - 1
                    - 2
                  - k: v
                - []
                - {}
                - a:
                  - x
                  b:
                    c: 1
                """);
        assertRoundTrip(tree);
    }

    @Test
    void write_printsRootListsAndScalars() {
        assertThat(YamlWriter.write(Node.from(List.of("a", MapNode.of("b", 1L))))).isEqualTo("- a\n- b: 1\n");
        assertThat(YamlWriter.write(Node.of("text"))).isEqualTo("text\n");
        assertThat(YamlWriter.write(Node.of("yes"))).isEqualTo("\"yes\"\n");
        assertThat(YamlWriter.write(Node.of("a\nb\n"))).isEqualTo("|\n  a\n  b\n");
        assertThat(YamlWriter.write(Node.nullNode())).isEqualTo("null\n");
        assertThat(YamlWriter.write(MapNode.empty())).isEqualTo("{}\n");
        assertThat(YamlWriter.write(ListNode.empty())).isEqualTo("[]\n");
        assertThat(YamlWriter.write(Node.of(-7L))).isEqualTo("-7\n");
    }

    @Test
    void write_formatsNumbersLikeGo() {
        Node tree = MapNode.of("i", Long.MIN_VALUE, "f", 1.5, "big", 1e21, "small", 1e-7, "whole", 3.0, "t", true);
        assertThat(YamlWriter.write(tree)).isEqualTo(
                "i: -9223372036854775808\nf: 1.5\nbig: 1e+21\nsmall: 1e-7\nwhole: 3\nt: true\n");
    }

    @Test
    void write_readsIntegralFloatsBackAsIntegers() {
        // Go prints 3.0 as 3 (so do kubectl and JSON), so the number keeps its value but not its float type.
        Node read = KUBECTL.read("t.yaml", YamlWriter.write(MapNode.of("whole", 3.0))).documents().get(0).content();
        assertThat(read).isEqualTo(MapNode.of("whole", 3L));
    }

    @Test
    void writeAll_joinsDocumentsWithSeparatorLines() {
        List<Node> documents = List.of(MapNode.of("a", 1L), MapNode.of("b", "keep\n\n"), Node.of(" root\n\n"), Node.of("x"));
        String text = YamlWriter.writeAll(documents);
        assertThat(text).isEqualTo("a: 1\n---\nb: |+\n  keep\n\n---\n|2+\n   root\n\n---\nx\n");
        ParsedStream stream = KUBECTL.read("t.yaml", text);
        assertThat(stream.issues()).isEmpty();
        assertThat(stream.documents()).extracting(ParsedDocument::content).containsExactlyElementsOf(documents);
        assertThat(YamlWriter.writeAll(List.of())).isEmpty();
    }

    @Test
    void write_foldsLongPlainValuesAtTheFirstSpacePastColumn80LikeGoYaml() {
        String text = "alpha beta gamma delta ".repeat(5).trim();
        String yaml = YamlWriter.write(MapNode.of("spec", MapNode.of("note", text)));
        // the line reaches column 82 with the fourth "alpha", so the next space becomes a line break
        assertThat(yaml).isEqualTo("spec:\n  note: alpha beta gamma delta alpha beta gamma delta alpha beta gamma delta alpha"
                + "\n    beta gamma delta alpha beta gamma delta\n");
        assertThat(KUBECTL.read("t.yaml", yaml).documents().get(0).content().at(FieldPath.of("spec", "note")))
                .contains(Node.of(text));
    }

    @Test
    void write_foldsQuotedValuesAndListItemsAtTheirIndent() {
        String json = "[{\"path\": \"/var/cache/segments\", \"maxSize\": 64000000000, \"freeSpacePercent\": 2.5, \"tier\": \"hot\"}]";
        String flag = "-hosts=localhost,127.0.0.1,$(hostname -f),$(hostname -f|cut -f 1-2 -d '.'),db-public,db-private -v";
        // a space before a line break rules out a literal block, so this one is double-quoted
        String escaped = "line one of a message \nline two of the message that keeps going and going past  the margin";
        Node tree = MapNode.of("data", MapNode.of("locations", json), "args", ListNode.of(Node.of(flag)), "msg", escaped);
        String yaml = YamlWriter.write(tree);
        assertThat(yaml).isEqualTo(String.join("\n",
                "data:",
                "  locations: '[{\"path\": \"/var/cache/segments\", \"maxSize\": 64000000000, \"freeSpacePercent\":",
                "    2.5, \"tier\": \"hot\"}]'",
                "args:",
                "- -hosts=localhost,127.0.0.1,$(hostname -f),$(hostname -f|cut -f 1-2 -d '.'),db-public,db-private",
                "  -v",
                "msg: \"line one of a message \\nline two of the message that keeps going and going past",
                "  \\ the margin\"",
                ""));
        assertThat(KUBECTL.read("t.yaml", yaml).documents().get(0).content()).isEqualTo(tree);
    }

    @Test
    void write_neverFoldsKeysOrWordsWithoutSpaces() {
        String longKey = "k".repeat(100) + " " + "k".repeat(10);
        String longWord = "x".repeat(200);
        assertThat(YamlWriter.write(MapNode.of(longKey, longWord))).isEqualTo(longKey + ": " + longWord + "\n");
    }

    @Test
    void write_roundTripsTrickyTrees() {
        List<String> tricky = new ArrayList<>();
        strings().forEach(arguments -> tricky.add((String) arguments.get()[0]));
        blocks().forEach(arguments -> tricky.add((String) arguments.get()[0]));
        tricky.addAll(List.of("\n\n", " \n", "a\n\n\n", "\n\na", "- - x", "x\n- y\n", "{a: 1}", "[1, 2]", "key: value\n",
                "\"\n'", "#\n#", "..."));
        MapNode.Builder asValues = MapNode.builder();
        MapNode.Builder asKeys = MapNode.builder();
        List<Node> inLists = new ArrayList<>();
        for (int i = 0; i < tricky.size(); i++) {
            asValues.put("k" + i, Node.of(tricky.get(i)));
            asKeys.put(tricky.get(i), Node.of(i));
            inLists.add(Node.list(List.of(Node.of(tricky.get(i)), MapNode.of("nested", tricky.get(i)))));
        }
        for (String text : tricky) {
            assertRoundTrip(Node.of(text));
        }
        MapNode values = asValues.build();
        assertRoundTrip(values);
        assertRoundTrip(asKeys.build());
        assertRoundTrip(Node.list(inLists));
        assertRoundTrip(MapNode.of("deep", MapNode.of("er", List.of(List.of(values)))));
    }

    @Test
    void write_roundTripsRandomTrees() {
        Random random = new Random(20240601);
        for (int i = 0; i < 300; i++) {
            assertRoundTrip(RandomTrees.tree(random, 4));
        }
    }

    private static void assertRoundTrip(Node tree) {
        String text = YamlWriter.write(tree);
        for (YamlReader reader : List.of(KUBECTL, KUSTOMIZE)) {
            ParsedStream stream = reader.read("t.yaml", text);
            assertThat(stream.issues()).as("issues reading:\n%s", text).isEmpty();
            assertThat(stream.documents()).hasSize(1);
            assertThat(stream.documents().get(0).content()).as("read back:\n%s", text).isEqualTo(tree);
        }
    }
}
