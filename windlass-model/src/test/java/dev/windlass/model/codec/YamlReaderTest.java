package dev.windlass.model.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.Issue;
import dev.windlass.model.Position;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class YamlReaderTest {

    private static final YamlReader KUBECTL = YamlReader.create(CodecLimits.DEFAULT, ScalarSchema.KUBERNETES);
    private static final YamlReader KUSTOMIZE = YamlReader.create(CodecLimits.DEFAULT, ScalarSchema.YAML_1_2);

    private static Node value(YamlReader reader, String scalar) {
        ParsedStream stream = reader.read("t.yaml", "v: " + scalar + "\n");
        assertThat(stream.issues()).isEmpty();
        return ((MapNode) stream.documents().get(0).content()).get("v").orElseThrow();
    }

    static Stream<Arguments> scalars() {
        return Stream.of(
                // text, as kubectl reads it, as kustomize reads it
                Arguments.of("yes", Node.of(true), Node.of("yes")),
                Arguments.of("No", Node.of(false), Node.of("No")),
                Arguments.of("on", Node.of(true), Node.of("on")),
                Arguments.of("OFF", Node.of(false), Node.of("OFF")),
                Arguments.of("y", Node.of(true), Node.of("y")),
                Arguments.of("n", Node.of(false), Node.of("n")),
                Arguments.of("True", Node.of(true), Node.of(true)),
                Arguments.of("false", Node.of(false), Node.of(false)),
                Arguments.of("0123", Node.of(83L), Node.of(83L)),
                Arguments.of("0o17", Node.of(15L), Node.of(15L)),
                Arguments.of("0x1F", Node.of(31L), Node.of(31L)),
                Arguments.of("0b101", Node.of(5L), Node.of(5L)),
                Arguments.of("1_000", Node.of(1000L), Node.of(1000L)),
                Arguments.of("-42", Node.of(-42L), Node.of(-42L)),
                Arguments.of("08", Node.of(8.0), Node.of(8.0)),
                Arguments.of("1e3", Node.of(1000.0), Node.of(1000.0)),
                Arguments.of("1.5", Node.of(1.5), Node.of(1.5)),
                Arguments.of(".5", Node.of(0.5), Node.of(0.5)),
                Arguments.of("18446744073709551615", Node.of(1.8446744073709552E19), Node.of(1.8446744073709552E19)),
                Arguments.of("~", Node.nullNode(), Node.nullNode()),
                Arguments.of("null", Node.nullNode(), Node.nullNode()),
                Arguments.of("", Node.nullNode(), Node.nullNode()),
                Arguments.of("2001-12-14", Node.of("2001-12-14"), Node.of("2001-12-14")),
                Arguments.of("1.2.3", Node.of("1.2.3"), Node.of("1.2.3")),
                Arguments.of("12:30", Node.of("12:30"), Node.of("12:30")),
                Arguments.of("\"yes\"", Node.of("yes"), Node.of("yes")),
                Arguments.of("'0123'", Node.of("0123"), Node.of("0123")),
                Arguments.of("!!str 123", Node.of("123"), Node.of("123")),
                Arguments.of("!!int \"42\"", Node.of(42L), Node.of(42L)),
                Arguments.of("!!float 1", Node.of(1.0), Node.of(1.0)),
                Arguments.of("yes please", Node.of("yes please"), Node.of("yes please")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scalars")
    void read_typesPlainScalarsLikeKubectlAndKustomize(String text, Node kubectl, Node kustomize) {
        assertThat(value(KUBECTL, text)).isEqualTo(kubectl);
        assertThat(value(KUSTOMIZE, text)).isEqualTo(kustomize);
    }

    @Test
    void read_keepsKeyOrderAndUnknownFields() {
        ParsedStream stream = KUBECTL.read("t.yaml", "kind: X\napiVersion: v1\nzeta: 1\nalpha: {b: 2, a: 1}\n");
        MapNode root = (MapNode) stream.documents().get(0).content();
        assertThat(root.keys()).containsExactly("kind", "apiVersion", "zeta", "alpha");
        assertThat(root.getMap("alpha").orElseThrow().keys()).containsExactly("b", "a");
    }

    @Test
    void read_typesKeysLikeSigsK8sYaml() {
        MapNode kubectl = (MapNode) KUBECTL.read("t.yaml", "on: push\n1: one\n").documents().get(0).content();
        assertThat(kubectl.keys()).containsExactly("true", "1");
        MapNode kustomize = (MapNode) KUSTOMIZE.read("t.yaml", "on: push\n1: one\n").documents().get(0).content();
        assertThat(kustomize.keys()).containsExactly("on", "1");
    }

    @Test
    void read_keepsEmptyDocumentsAsNullWithTheirIndex() {
        ParsedStream stream = KUBECTL.read("t.yaml", "---\n---\na: 1\n---\n# only a comment\n---\nb: 2\n");
        assertThat(stream.issues()).isEmpty();
        assertThat(stream.documents()).extracting(ParsedDocument::isEmpty).containsExactly(true, false, true, false);
        assertThat(stream.documents()).extracting(ParsedDocument::index).containsExactly(0, 1, 2, 3);
    }

    @Test
    void read_pointsOutTwoManifestsGluedWithoutADocumentMarker() {
        ParsedStream stream = KUBECTL.read("glued.yaml", "apiVersion: v1\nkind: A\napiVersion: v1\nkind: B\n");
        assertThat(stream.issues()).hasSize(2).allSatisfy(issue -> assertThat(issue.message()).contains("'---'"));
        assertThat(KUBECTL.read("t.yaml", "spec:\n  kind: a\n  kind: b\n").issues())
                .singleElement().satisfies(issue -> assertThat(issue.message()).endsWith("remove one of them"));
    }

    @Test
    void read_documentMarkerInsideBlockScalarIsContent() {
        ParsedStream stream = KUBECTL.read("t.yaml", "data:\n  script: |\n    ---\n    echo hi\nkind: A\n");
        assertThat(stream.documents()).hasSize(1);
        assertThat(stream.documents().get(0).content().at(FieldPath.of("data", "script")))
                .contains(Node.of("---\necho hi\n"));
    }

    @Test
    void read_resolvesAnchorsAliasesAndMergeKeys() {
        String text = String.join("\n",
                "defaults: &d {cpu: 1, memory: 1Gi}",
                "other: &o {memory: 2Gi, gpu: 1}",
                "a: *d",
                "b:",
                "  <<: [*d, *o]",
                "  cpu: 2",
                "c:",
                "  cpu: 3",
                "  <<: *d",
                "");
        MapNode root = (MapNode) KUBECTL.read("t.yaml", text).documents().get(0).content();
        assertThat(root.get("a")).contains(Node.from(java.util.Map.of("cpu", 1L, "memory", "1Gi")));
        MapNode b = root.getMap("b").orElseThrow();
        assertThat(b.keys()).containsExactly("cpu", "memory", "gpu");
        assertThat(b.get("cpu")).contains(Node.of(2L));
        assertThat(b.get("memory")).contains(Node.of("1Gi"));
        assertThat(root.getMap("c").orElseThrow().get("cpu")).contains(Node.of(3L));
    }

    @Test
    void read_warnsAboutDuplicateKeysAndKeepsTheLastValueLikeKubectl() {
        ParsedStream stream = KUBECTL.read("dup.yaml", "a: 1\nb: 2\na: 3\n");
        assertThat(stream.hasErrors()).isFalse();
        assertThat(stream.documents().get(0).content()).isEqualTo(MapNode.of("a", 3L, "b", 2L));
        Issue issue = stream.issues().get(0);
        assertThat(issue.code()).isEqualTo("DuplicateKey");
        assertThat(issue.format()).startsWith("dup.yaml:3:1: warning:").contains("\"a\"").contains("line 1");
    }

    @Test
    void read_reportsSyntaxErrorsWithLineAndColumn() {
        ParsedStream stream = KUBECTL.read("bad.yaml", "a: 1\nb: [1, 2\nc: 3\n");
        assertThat(stream.hasErrors()).isTrue();
        Issue issue = stream.issues().get(0);
        assertThat(issue.code()).isEqualTo("YamlSyntax");
        assertThat(issue.location().file()).isEqualTo("bad.yaml");
        assertThat(issue.location().position()).isNotNull();
    }

    @Test
    void read_explainsTabIndentation() {
        ParsedStream stream = KUBECTL.read("tab.yaml", "a:\n\tb: 1\n");
        assertThat(stream.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.format()).startsWith("tab.yaml:2:");
            assertThat(issue.message()).contains("indent with spaces");
        });
    }

    @Test
    void read_dropsByteOrderMark() {
        byte[] bytes = "\uFEFFa: 1\n".getBytes(StandardCharsets.UTF_8);
        ParsedStream stream = KUBECTL.read("bom.yaml", bytes);
        assertThat(stream.issues()).isEmpty();
        assertThat(((MapNode) stream.documents().get(0).content()).keys()).containsExactly("a");
    }

    @Test
    void read_refusesBillionLaughsQuickly() {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p);
            for (int i = 0; i < 8; i++) {
                bomb.append(", *").append(p);
            }
            bomb.append("]\n");
        }
        long start = System.nanoTime();
        ParsedStream stream = KUBECTL.read("bomb.yaml", bomb.toString());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(stream.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo("AliasExpansionLimit");
            assertThat(issue.message()).contains("--max-alias-nodes");
        });
        assertThat(millis).as("refused without expanding").isLessThan(5_000);
    }

    @Test
    void read_refusesDeepNestingNamingTheLimit() {
        YamlReader shallow = YamlReader.create(CodecLimits.DEFAULT.withMaxDepth(5), ScalarSchema.KUBERNETES);
        ParsedStream stream = shallow.read("deep.yaml", "a: [[[[[[1]]]]]]\n");
        assertThat(stream.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo("TooDeep");
            assertThat(issue.message()).contains("--max-depth");
        });
    }

    @Test
    void read_refusesTooManyDocuments() {
        YamlReader few = YamlReader.create(CodecLimits.DEFAULT.withMaxDocuments(2), ScalarSchema.KUBERNETES);
        ParsedStream stream = few.read("many.yaml", "a: 1\n---\nb: 2\n---\nc: 3\n");
        assertThat(stream.documents()).hasSize(2);
        assertThat(stream.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo("TooManyDocuments");
            assertThat(issue.format()).startsWith("many.yaml:4:1:");
        });
    }

    @Test
    void read_refusesOversizedDocumentsAndFiles() {
        String big = "data: \"" + "x".repeat(2000) + "\"\n";
        YamlReader small = YamlReader.create(CodecLimits.DEFAULT.withMaxDocumentBytes(1000), ScalarSchema.KUBERNETES);
        assertThat(small.read("big.yaml", big).issues()).extracting(Issue::code).containsExactly("DocumentTooLarge");
        YamlReader tiny = YamlReader.create(CodecLimits.DEFAULT.withMaxFileBytes(100), ScalarSchema.KUBERNETES);
        assertThat(tiny.read("big.yaml", big.getBytes(StandardCharsets.UTF_8)).issues())
                .singleElement().satisfies(issue -> assertThat(issue.message()).contains("--max-file-size"));
    }

    @Test
    void read_refusesValuesJsonCannotHold() {
        assertThat(KUBECTL.read("t.yaml", "a: .inf\n").issues()).extracting(Issue::code).containsExactly("UnrepresentableValue");
        assertThat(KUBECTL.read("t.yaml", "? [a, b]\n: c\n").issues()).extracting(Issue::code).containsExactly("UnsupportedKey");
        assertThat(KUBECTL.read("t.yaml", "a: !!set {x}\n").issues()).extracting(Issue::code).containsExactly("UnsupportedTag");
        assertThat(KUBECTL.read("t.yaml", "a: !!int abc\n").issues()).extracting(Issue::code).containsExactly("UnrepresentableValue");
    }

    @Test
    void read_refusesRecursiveAndUndefinedAliases() {
        assertThat(KUBECTL.read("t.yaml", "a: &x [*x]\n").issues()).extracting(Issue::code).containsExactly("UndefinedAlias");
        assertThat(KUBECTL.read("t.yaml", "a: *nope\n").issues()).extracting(Issue::code).containsExactly("UndefinedAlias");
    }

    @Test
    void read_warnsAboutLocalTagsAndKeepsTheValue() {
        ParsedStream stream = KUBECTL.read("t.yaml", "a: !custom 5\n");
        assertThat(stream.hasErrors()).isFalse();
        assertThat(stream.issues()).extracting(Issue::code).containsExactly("UnsupportedTag");
        assertThat(stream.documents().get(0).content().at(FieldPath.of("a"))).contains(Node.of(5L));
    }

    @Test
    void read_recordsFieldPositions() {
        String text = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: a\n    image: nginx\n";
        ParsedDocument doc = KUBECTL.read("pod.yaml", text).documents().get(0);
        assertThat(doc.start()).isEqualTo(new Position(1, 1));
        assertThat(doc.sourceMap().exact(FieldPath.of("metadata", "name"))).contains(new Position(4, 3));
        assertThat(doc.sourceMap().exact(FieldPath.of("spec", "containers").index(0))).contains(new Position(7, 5));
        assertThat(doc.sourceMap().nearest(FieldPath.of("spec", "containers").index(0).key("ports")))
                .contains(new Position(7, 5));
    }

    @Test
    void read_secondDocumentStartsAfterItsMarker() {
        ParsedStream stream = KUBECTL.read("two.yaml", "a: 1\n---\nb: 2\n");
        assertThat(stream.documents()).extracting(ParsedDocument::start)
                .containsExactly(new Position(1, 1), new Position(3, 1));
    }

    @Test
    void read_withoutPositionsStillReadsTheSameTree() {
        String text = "a: [1, {b: c}]\n";
        assertThat(KUBECTL.withoutPositions().read("t.yaml", text).documents().get(0).content())
                .isEqualTo(KUBECTL.read("t.yaml", text).documents().get(0).content());
    }

    @Test
    void read_topLevelListAndScalarDocumentsAreKept() {
        ParsedStream stream = KUBECTL.read("t.yaml", "- a\n- b\n---\njust text\n");
        assertThat(stream.documents().get(0).content()).isEqualTo(ListNode.of(Node.of("a"), Node.of("b")));
        assertThat(stream.documents().get(1).content()).isEqualTo(Node.of("just text"));
        assertThat(List.of(stream.issues())).containsExactly(List.of());
    }
    static Stream<Arguments> blockScalarsAtEndOfText() {
        return Stream.of(
                // text, the value kubectl (Go YAML) reads for k
                Arguments.of("k: |\n  abc\n  def", "abc\ndef"),
                Arguments.of("k: |\n  abc\n  def\n", "abc\ndef\n"),
                Arguments.of("k: |+\n  abc", "abc"),
                Arguments.of("k: >\n  abc\n  def", "abc def"),
                Arguments.of("k: |\n  abc\n# a comment", "abc\n"),
                Arguments.of("k: |\n  abc\nj: x", "abc\n"));
    }

    @ParameterizedTest
    @MethodSource("blockScalarsAtEndOfText")
    void read_blockScalarEndingTheTextWithoutLineBreakHasNoFinalLineBreak(String text, String expected) {
        ParsedStream stream = KUSTOMIZE.read("t.yaml", text);
        assertThat(((MapNode) stream.documents().get(0).content()).get("k")).contains(Node.of(expected));
    }
}
