package dev.windlass.helm.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.helm.HelmException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@SuppressWarnings("unchecked")
class GoYamlParseTest {

    static Stream<Arguments> scalars() {
        return Stream.of(
                Arguments.of("1", 1.0), Arguments.of("-7", -7.0), Arguments.of("1.5", 1.5),
                Arguments.of("1e3", 1000.0), Arguments.of("0x1F", 31.0), Arguments.of("0123", 83.0),
                Arguments.of("1_000", 1000.0), Arguments.of("yes", true), Arguments.of("No", false),
                Arguments.of("on", true), Arguments.of("OFF", false), Arguments.of("y", true),
                Arguments.of("true", true), Arguments.of("~", null), Arguments.of("null", null),
                Arguments.of("", null), Arguments.of("\"yes\"", "yes"), Arguments.of("'1'", "1"),
                Arguments.of("2001-12-14", "2001-12-14"), Arguments.of("1.2.3", "1.2.3"),
                Arguments.of("!!str 12", "12"), Arguments.of("!!float 3", 3.0), Arguments.of("hello", "hello"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scalars")
    void parse_typesScalarsAsGoYamlV2ThenJson(String text, Object expected) throws HelmException {
        Object value = ((Map<?, ?>) GoYaml.parse("v: " + text + "\n")).get("v");
        assertThat(value).isEqualTo(expected);
    }

    @Test
    void parse_emptyDocumentIsEmptyMap() throws HelmException {
        assertThat(GoYaml.parse("")).isEqualTo(Map.of());
        assertThat(GoYaml.parse("# only a comment\n")).isEqualTo(Map.of());
    }

    @Test
    void parse_keysAreStringified() throws HelmException {
        Map<String, Object> map = (Map<String, Object>) GoYaml.parse("1: a\non: b\n1.5: c\nfalse: d\n");
        assertThat(map).containsOnlyKeys("1", "true", "1.5", "false");
    }

    @Test
    void parse_floatKeysUseFloat32ShortestG() throws HelmException {
        Map<String, Object> map = (Map<String, Object>) GoYaml.parse("1e7: a\n0.1: b\n100.0: c\n");
        assertThat(map).containsOnlyKeys("1e+07", "0.1", "100");
    }

    @Test
    void parse_keepsNullsAndNesting() throws HelmException {
        Object value = GoYaml.parse("a:\n  b: null\n  c: [1, two, {d: 3}]\n");
        assertThat(value).isEqualTo(Map.of("a", mapOf("b", null, "c", List.of(1.0, "two", Map.of("d", 3.0)))));
    }

    @Test
    void parse_readsOnlyTheFirstDocument() throws HelmException {
        assertThat(GoYaml.parse("a: 1\n---\nb: 2\n---\n: : bad [\n")).isEqualTo(Map.of("a", 1.0));
    }

    @Test
    void parse_aliasesAndMergeKeys() throws HelmException {
        String text = "base: &b {x: 1, w: 2}\nchild:\n  x: 0\n  <<: *b\n  z: 3\nlist: [*b]\n";
        Map<?, ?> map = (Map<?, ?>) GoYaml.parse(text);
        assertThat(map.get("child")).isEqualTo(Map.of("x", 1.0, "w", 2.0, "z", 3.0));
        assertThat(map.get("list")).isEqualTo(List.of(Map.of("x", 1.0, "w", 2.0)));
    }

    @Test
    void parse_mergeListEarlierMapsWin() throws HelmException {
        String text = "a: &a {k: 1}\nb: &b {k: 2, j: 2}\nc:\n  <<: [*a, *b]\n";
        assertThat(((Map<?, ?>) GoYaml.parse(text)).get("c")).isEqualTo(Map.of("k", 1.0, "j", 2.0));
    }

    @Test
    void parse_mergeOfScalarFails() {
        assertThatThrownBy(() -> GoYaml.parse("a: &a 1\nb:\n  <<: *a\n")).hasMessage(
                "error converting YAML to JSON: yaml: map merge requires map or sequence of maps as the value");
    }

    @Test
    void parse_unknownAnchorFails() {
        assertThatThrownBy(() -> GoYaml.parse("a: *nope\n"))
                .hasMessage("error converting YAML to JSON: yaml: unknown anchor 'nope' referenced");
    }

    @Test
    void parse_literalBlockKeepsText() throws HelmException {
        assertThat(((Map<?, ?>) GoYaml.parse("a: |\n  x\n  y\n")).get("a")).isEqualTo("x\ny\n");
        assertThat(((Map<?, ?>) GoYaml.parse("a: |\n  x")).get("a")).isEqualTo("x");
    }

    @Test
    void parse_infinityCannotBecomeJson() {
        assertThatThrownBy(() -> GoYaml.parse("a: .inf\n"))
                .hasMessage("error converting YAML to JSON: json: unsupported value: +Inf");
    }

    @Test
    void parse_yesNoKeysBecomeBooleanWords() throws HelmException {
        assertThat(GoYaml.parse("y: 1\nno: 2\n")).isEqualTo(Map.of("true", 1.0, "false", 2.0));
    }

    @Test
    void parse_duplicateKeysLastWins() throws HelmException {
        assertThat(GoYaml.parse("a: 1\na: 2\n")).isEqualTo(Map.of("a", 2.0));
    }

    @Test
    void parse_topLevelListAndScalar() throws HelmException {
        assertThat(GoYaml.parse("- 1\n- b\n")).isEqualTo(List.of(1.0, "b"));
        assertThat(GoYaml.parse("hello\n")).isEqualTo("hello");
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of("apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  containers:\n  - name: w\n"
                        + "    image: \"a\"\n    command: [\"a\"]\ninvalid\n", "yaml: line 11: could not find expected ':'"),
                Arguments.of("a: b: c\n", "yaml: mapping values are not allowed in this context"),
                Arguments.of("a:\n  b: 1\n c: 2\n", "yaml: line 2: did not find expected key"),
                Arguments.of("a: [1, 2\n", "yaml: line 1: did not find expected ',' or ']'"),
                Arguments.of("a: \"x\n", "yaml: line 2: found unexpected end of stream"),
                Arguments.of("a: 1\n\tb: 2\n", "yaml: line 2: found character that cannot start any token"),
                Arguments.of("- a\nb: c\n", "yaml: line 1: did not find expected '-' indicator"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("errors")
    void parse_syntaxErrorsReadAsGoYaml(String text, String message) {
        assertThatThrownBy(() -> GoYaml.parse(text)).isInstanceOf(HelmException.class)
                .hasMessage("error converting YAML to JSON: " + message);
    }

    @Test
    void parseMap_refusesNonMapDocuments() {
        assertThatThrownBy(() -> GoYaml.parseMap("- a\n")).hasMessage("error unmarshaling JSON: while decoding JSON: "
                + "json: cannot unmarshal array into Go value of type map[string]interface {}");
    }

    @Test
    void decode_keepsGoYamlTypes() throws HelmException {
        Map<?, ?> map = (Map<?, ?>) GoYaml.decode("i: 12\nf: 1.0\n3: x\n");
        assertThat(map.get("i")).isEqualTo(12L);
        assertThat(map.get("f")).isEqualTo(1.0);
        assertThat(map.get(3L)).isEqualTo("x");
    }

    @Test
    void formatG_matchesGoShortestFloat32() {
        assertThat(GoYamlJson.formatG(1.5f)).isEqualTo("1.5");
        assertThat(GoYamlJson.formatG(1e6f)).isEqualTo("1e+06");
        assertThat(GoYamlJson.formatG(123456f)).isEqualTo("123456");
        assertThat(GoYamlJson.formatG(0.0001f)).isEqualTo("0.0001");
        assertThat(GoYamlJson.formatG(0.00001f)).isEqualTo("1e-05");
    }

    private static Map<String, Object> mapOf(Object... kv) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
