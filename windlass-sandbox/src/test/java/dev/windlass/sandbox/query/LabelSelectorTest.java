package dev.windlass.sandbox.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.JsonReader;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.api.ApiException;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Expected texts are kube-apiserver's (apimachinery v0.34 {@code labels.Parse}, {@code LabelSelectorAsSelector}). */
class LabelSelectorTest {

    private static final String NAME_PART = "name part must consist of alphanumeric characters, '-', '_' or '.',"
            + " and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc',"
            + " regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
    private static final String VALUE = "a valid label must be an empty string or consist of alphanumeric characters,"
            + " '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or"
            + " 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";

    static Stream<Arguments> canonicalForms() {
        return Stream.of(
                Arguments.of("", ""),
                Arguments.of("  a = b  ,  c  ", "a=b,c"),
                Arguments.of("x in (b,a,a)", "x in (a,b)"),
                Arguments.of("b notin (x),a", "a,b notin (x)"),
                Arguments.of("!z,y!=1,x==2", "x==2,y!=1,!z"),
                Arguments.of("in in (in, notin)", "in in (in,notin)"),
                Arguments.of("a>5,b<3", "a>5,b<3"),
                Arguments.of("a in ()", "a in ()"),
                Arguments.of("a in (,x)", "a in (,x)"),
                Arguments.of("a==", "a=="),
                Arguments.of("example.com/app=web", "example.com/app=web"),
                Arguments.of("a\tin\n(x)", "a in (x)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("canonicalForms")
    void parse_printsTheCanonicalFormSortedByKey(String text, String canonical) {
        assertThat(LabelSelector.parse(text).toString()).isEqualTo(canonical);
    }

    static Stream<Arguments> parseErrors() {
        return Stream.of(
                Arguments.of("a in", "unable to parse requirement: found '' expected: '('"),
                Arguments.of("a in b", "unable to parse requirement: found 'b' expected: '('"),
                Arguments.of("a in (b", "unable to parse requirement: found '', expected: ',' or ')'"),
                Arguments.of("a in (x,,)", "unable to parse requirement: found ')', expected: ',', or identifier"),
                Arguments.of("a=b c", "found 'c', expected: ',' or 'end of string'"),
                Arguments.of("a,", "found '', expected: identifier after ','"),
                Arguments.of(",a", "found ',', expected: !, identifier, or 'end of string'"),
                Arguments.of("a b", "unable to parse requirement: found 'b', expected: in, notin, =, ==, !=, >, <"),
                Arguments.of("a!", "unable to parse requirement: found '!', expected: in, notin, =, ==, !=, >, <"),
                Arguments.of("!a=b", "found '=', expected: ',' or 'end of string'"),
                Arguments.of("x=a=b", "found '=', expected: ',' or 'end of string'"),
                Arguments.of("A_", "unable to parse requirement: <nil>: Invalid value: \"A_\": " + NAME_PART),
                Arguments.of("a=b_", "unable to parse requirement: values[0][a]: Invalid value: \"b_\": " + VALUE),
                Arguments.of("a>b", "unable to parse requirement: values[0]: Invalid value: \"b\": for 'Gt', 'Lt'"
                        + " operators, the value must be an integer"),
                Arguments.of("!", "unable to parse requirement: found '', expected: identifier"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("parseErrors")
    void parse_rejectsBadSyntaxWithTheServersMessageAsBadRequest(String text, String message) {
        assertThatThrownBy(() -> LabelSelector.parse(text))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(400);
                    assertThat(e.reason()).isEqualTo("BadRequest");
                    assertThat(e.getMessage()).isEqualTo(message);
                });
    }

    static Stream<Arguments> matching() {
        return Stream.of(
                Arguments.of("a=b", Map.of("a", "b"), true),
                Arguments.of("a=b", Map.of("a", "c"), false),
                Arguments.of("a=b", Map.of(), false),
                Arguments.of("a!=b", Map.of(), true),
                Arguments.of("a!=b", Map.of("a", "b"), false),
                Arguments.of("a in (x,y)", Map.of("a", "y"), true),
                Arguments.of("a notin (x)", Map.of(), true),
                Arguments.of("a notin (x)", Map.of("a", "x"), false),
                Arguments.of("a", Map.of("a", ""), true),
                Arguments.of("a", Map.of(), false),
                Arguments.of("!a", Map.of(), true),
                Arguments.of("!a", Map.of("a", "x"), false),
                Arguments.of("a>5", Map.of("a", "7"), true),
                Arguments.of("a>5", Map.of("a", "5"), false),
                Arguments.of("a>5", Map.of("a", "x"), false),
                Arguments.of("a<5", Map.of("a", "-1"), true),
                Arguments.of("a=b,c", Map.of("a", "b", "c", "z"), true),
                Arguments.of("a=b,c", Map.of("a", "b"), false),
                Arguments.of("", Map.of("any", "thing"), true));
    }

    @ParameterizedTest(name = "{0} on {1} = {2}")
    @MethodSource("matching")
    void matches_andsEveryRequirement(String selector, Map<String, String> labels, boolean expected) {
        assertThat(LabelSelector.parse(selector).matches(labels)).isEqualTo(expected);
    }

    @Test
    void fromNode_nullSelectsNothingAndEmptySelectsEverything() {
        assertThat(LabelSelector.fromNode(null).matches(Map.of())).isFalse();
        assertThat(LabelSelector.fromNode(Node.nullNode()).isNothing()).isTrue();
        assertThat(LabelSelector.fromNode(json("{}")).matches(Map.of("a", "b"))).isTrue();
        assertThat(LabelSelector.fromNode(json("{'matchLabels':{}}")).isEverything()).isTrue();
    }

    @Test
    void fromNode_combinesMatchLabelsAndExpressionsSortedByKey() {
        LabelSelector selector = LabelSelector.fromNode(json("{'matchLabels':{'tier':'web'},'matchExpressions':["
                + "{'key':'env','operator':'In','values':['prod','dev']},{'key':'canary','operator':'DoesNotExist'},"
                + "{'key':'zone','operator':'Exists'},{'key':'x','operator':'NotIn','values':['1']}]}"));

        assertThat(selector.toString()).isEqualTo("!canary,env in (dev,prod),tier=web,x notin (1),zone");
        assertThat(selector.matches(Map.of("tier", "web", "env", "dev", "zone", "a"))).isTrue();
        assertThat(selector.matches(Map.of("tier", "web", "env", "dev", "zone", "a", "canary", "y"))).isFalse();
    }

    static Stream<Arguments> nodeErrors() {
        return Stream.of(
                Arguments.of("{'matchExpressions':[{'key':'a','operator':'Foo'}]}",
                        "\"Foo\" is not a valid label selector operator"),
                Arguments.of("{'matchExpressions':[{'key':'a','operator':'In'}]}",
                        "values: Invalid value: null: for 'in', 'notin' operators, values set can't be empty"),
                Arguments.of("{'matchExpressions':[{'key':'a','operator':'Exists','values':['x']}]}",
                        "values: Invalid value: [\"x\"]: values set must be empty for exists and does not exist"),
                Arguments.of("{'matchLabels':{'a/b/c':'x'}}", "key: Invalid value: \"a/b/c\": a qualified name must"
                        + " consist of alphanumeric characters, '-', '_' or '.', and must start and end with an"
                        + " alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for"
                        + " validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain"
                        + " prefix and '/' (e.g. 'example.com/MyName')"),
                Arguments.of("{'matchLabels':{'c_':'d_'}}", "[key: Invalid value: \"c_\": " + NAME_PART
                        + ", values[0][c_]: Invalid value: \"d_\": " + VALUE + "]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nodeErrors")
    void fromNode_rejectsInvalidSelectorsWithTheServersMessage(String selector, String message) {
        assertThatThrownBy(() -> LabelSelector.fromNode(json(selector)))
                .isInstanceOf(ApiException.class)
                .hasMessage(message);
    }

    @Test
    void requirementOf_checksLikeTheServer() {
        assertThat(LabelSelector.Requirement.of("a", LabelSelector.Operator.IN, java.util.List.of("y", "x")).toString())
                .isEqualTo("a in (x,y)");
        assertThatThrownBy(() -> LabelSelector.Requirement.of("a", LabelSelector.Operator.EQUALS,
                java.util.List.of("x", "y")))
                .hasMessage("values: Invalid value: [\"x\",\"y\"]: exact-match compatibility requires one single value");
    }

    static Node json(String text) {
        return JsonReader.create(CodecLimits.DEFAULT).read("test.json", text.replace('\'', '"'))
                .documents().get(0).content();
    }
}
