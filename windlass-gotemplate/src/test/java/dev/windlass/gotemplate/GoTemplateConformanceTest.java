package dev.windlass.gotemplate;

import static dev.windlass.gotemplate.TemplateCase.fails;
import static dev.windlass.gotemplate.TemplateCase.list;
import static dev.windlass.gotemplate.TemplateCase.map;
import static dev.windlass.gotemplate.TemplateCase.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Go text/template behaviour, table-driven: each case parses its text as template {@code t} with
 * a few test functions and executes it with its data, expecting Go's output or Go's error text.
 */
class GoTemplateConformanceTest {

    static final Map<String, Object> DATA = map(
            "s", "hello", "n", 7, "n64", 7L, "big", 3_000_000_000L, "f", 1.5, "t", true, "no", false, "nil", null,
            "empty", "", "zero", 0,
            "list", list("a", "b", "c"), "nums", list(1, 2, 3), "elist", list(), "nlist", list("x", null),
            "m", map("b", 2, "a", 1, "c", 3), "emap", map(),
            "nested", map("inner", map("x", "deep", "nil", null)),
            "obj", TestObjects.sample());

    static Stream<TemplateCase> text() {
        return Stream.of(
                ok("plain text", "hello, world", DATA, "hello, world"),
                ok("empty template", "", DATA, ""),
                ok("dot field", "{{.s}}", DATA, "hello"),
                ok("int field", "{{.n}}", DATA, "7"),
                ok("int64 field", "{{.big}}", DATA, "3000000000"),
                ok("bool field", "{{.t}} {{.no}}", DATA, "true false"),
                ok("nested field", "{{.nested.inner.x}}", DATA, "deep"),
                ok("string constant", "{{\"a\\tb\"}}", DATA, "a\tb"),
                ok("raw string constant", "{{`a\\tb`}}", DATA, "a\\tb"),
                ok("int constant", "{{42}}", DATA, "42"),
                ok("negative constant", "{{-3}}", DATA, "-3"),
                ok("hex constant", "{{0x1F}}", DATA, "31"),
                ok("octal constant", "{{0o17}} {{017}}", DATA, "15 15"),
                ok("binary constant", "{{0b101}}", DATA, "5"),
                ok("underscored constant", "{{1_000_000}}", DATA, "1000000"),
                ok("char constant", "{{'a'}} {{'\\n'}}", DATA, "97 10"),
                ok("bool constants", "{{true}} {{false}}", DATA, "true false"),
                ok("missing key prints no value", "{{.missing}}", DATA, "<no value>"),
                ok("nil map value prints no value", "{{.nil}}", DATA, "<no value>"),
                ok("missing key of missing key", "{{.missing.deeper}}", DATA, "<no value>"),
                ok("nil data", "{{.}}", null, "<no value>"),
                ok("field of nil data", "{{.x}}", null, "<no value>"),
                ok("comment", "a{{/* a comment */}}b", DATA, "ab"),
                ok("comment with trim", "a  {{- /* c */ -}}  b", DATA, "ab"),
                ok("multi-line comment", "a{{/* one\ntwo */}}b", DATA, "ab"),
                ok("trim left", "a  \n\t{{- .s}}", DATA, "ahello"),
                ok("trim right", "{{.s -}} \n  b", DATA, "hellob"),
                ok("trim both", "x {{- .s -}} y", DATA, "xhelloy"),
                ok("minus number not trim", "{{-1}}", DATA, "-1"),
                ok("trim with newline after marker", "a {{-\n.s}}", DATA, "ahello"),
                ok("newline inside action", "{{.s\n}}", DATA, "hello"),
                ok("parens", "{{(.s)}}", DATA, "hello"),
                ok("paren field", "{{(.nested).inner.x}}", DATA, "deep"),
                ok("pipeline to function", "{{.s | printLen}}", DATA, "5"),
                ok("pipeline final arg last", "{{\"b\" | concat \"a\"}}", DATA, "ab"),
                ok("chained pipeline", "{{.s | concat \"x\" | concat \"y\"}}", DATA, "yxhello"),
                ok("dot in root", "{{with .nested}}{{$.s}}{{end}}", DATA, "hello"),
                ok("dollar alone", "{{$.n}}", DATA, "7"),
                ok("unicode text kept", "héllo {{.s}} ✓", DATA, "héllo hello ✓"));
    }

    static Stream<TemplateCase> control() {
        return Stream.of(
                ok("if true", "{{if .t}}yes{{end}}", DATA, "yes"),
                ok("if false", "{{if .no}}yes{{end}}", DATA, ""),
                ok("if else", "{{if .no}}yes{{else}}no{{end}}", DATA, "no"),
                ok("if else if", "{{if .no}}1{{else if .t}}2{{else}}3{{end}}", DATA, "2"),
                ok("if else if chain to else", "{{if .no}}1{{else if .zero}}2{{else if .empty}}3{{else}}4{{end}}",
                        DATA, "4"),
                ok("if empty string false", "{{if .empty}}y{{else}}n{{end}}", DATA, "n"),
                ok("if zero false", "{{if .zero}}y{{else}}n{{end}}", DATA, "n"),
                ok("if empty list false", "{{if .elist}}y{{else}}n{{end}}", DATA, "n"),
                ok("if empty map false", "{{if .emap}}y{{else}}n{{end}}", DATA, "n"),
                ok("if nil false", "{{if .nil}}y{{else}}n{{end}}", DATA, "n"),
                ok("if missing false", "{{if .missing}}y{{else}}n{{end}}", DATA, "n"),
                ok("if struct true", "{{if .obj}}y{{else}}n{{end}}", DATA, "y"),
                ok("if float true", "{{if .f}}y{{end}}", DATA, "y"),
                ok("with sets dot", "{{with .nested.inner}}{{.x}}{{end}}", DATA, "deep"),
                ok("with false runs else", "{{with .empty}}a{{else}}b{{end}}", DATA, "b"),
                ok("with missing runs else", "{{with .missing}}a{{else}}{{.s}}{{end}}", DATA, "hello"),
                ok("else with", "{{with .empty}}a{{else with .s}}{{.}}{{else}}c{{end}}", DATA, "hello"),
                ok("else with to else", "{{with .empty}}a{{else with .zero}}b{{else}}c{{end}}", DATA, "c"),
                ok("range list", "{{range .list}}[{{.}}]{{end}}", DATA, "[a][b][c]"),
                ok("range list index", "{{range $i, $e := .list}}{{$i}}={{$e}} {{end}}", DATA, "0=a 1=b 2=c "),
                ok("range one var is element", "{{range $e := .list}}{{$e}}{{end}}", DATA, "abc"),
                ok("range map sorted", "{{range $k, $v := .m}}{{$k}}{{$v}}{{end}}", DATA, "a1b2c3"),
                ok("range map dot is value", "{{range .m}}{{.}}{{end}}", DATA, "123"),
                ok("range empty else", "{{range .elist}}x{{else}}empty{{end}}", DATA, "empty"),
                ok("range missing else", "{{range .missing}}x{{else}}none{{end}}", DATA, "none"),
                ok("range nil element no value", "{{range .nlist}}[{{.}}]{{end}}", DATA, "[x][<no value>]"),
                ok("range int", "{{range 3}}{{.}}{{end}}", DATA, "012"),
                ok("range int var", "{{range $i := 4}}{{$i}}{{end}}", DATA, "0123"),
                ok("range zero int else", "{{range 0}}x{{else}}none{{end}}", DATA, "none"),
                ok("range negative int", "{{range -2}}x{{end}}", DATA, ""),
                ok("range break", "{{range .nums}}{{if eq . 2}}{{break}}{{end}}{{.}}{{end}}", DATA, "1"),
                ok("range continue", "{{range .nums}}{{if eq . 2}}{{continue}}{{end}}{{.}}{{end}}", DATA, "13"),
                ok("nested range break inner only",
                        "{{range .nums}}{{range $.list}}{{break}}{{end}}{{.}}{{end}}", DATA, "123"),
                ok("range keeps dollar", "{{range .list}}{{$.n}}{{end}}", DATA, "777"),
                ok("range assign existing vars",
                        "{{$i := 0}}{{$e := 0}}{{range $i, $e = .list}}{{end}}{{$i}}{{$e}}", DATA, "2c"),
                ok("range over bytes", "{{range .bytes}}{{.}},{{end}}", map("bytes", new byte[] {1, 2}), "1,2,"),
                ok("range map with else not run", "{{range .m}}{{else}}e{{end}}", DATA, ""),
                fails("range over int two vars", "{{range $i, $e := 3}}{{end}}", DATA,
                        "template: t:1:18: executing \"t\" at <3>: can't use 3 to iterate over more than one "
                                + "variable"),
                fails("range over bool", "{{range .t}}{{end}}", DATA,
                        "template: t:1:8: executing \"t\" at <.t>: range can't iterate over true"));
    }

    static Stream<TemplateCase> variables() {
        return Stream.of(
                ok("declare and use", "{{$x := .s}}{{$x}}", DATA, "hello"),
                ok("declaration prints nothing", "{{$x := 5}}", DATA, ""),
                ok("assign", "{{$x := 1}}{{$x = 2}}{{$x}}", DATA, "2"),
                ok("assign in if changes outer", "{{$x := 1}}{{if .t}}{{$x = 2}}{{end}}{{$x}}", DATA, "2"),
                ok("declare in if is scoped", "{{$x := 1}}{{if .t}}{{$x := 2}}{{$x}}{{end}}{{$x}}", DATA, "21"),
                ok("assign in range persists", "{{$last := \"\"}}{{range .list}}{{$last = .}}{{end}}{{$last}}",
                        DATA, "c"),
                ok("variable in if pipeline visible in else", "{{if $x := .empty}}{{else}}[{{$x}}]{{end}}", DATA,
                        "[]"),
                ok("variable fields", "{{$n := .nested}}{{$n.inner.x}}", DATA, "deep"),
                ok("variable of missing", "{{$x := .missing}}{{$x}}", DATA, "<no value>"),
                ok("variable field of missing", "{{$x := .missing}}{{$x.y}}", DATA, "<no value>"),
                ok("dollar is data", "{{$}}", "root", "root"),
                ok("template call resets variables", "{{define \"x\"}}{{$}}{{end}}{{$y := 1}}{{template \"x\" 5}}",
                        DATA, "5"),
                fails("undefined variable", "{{$x}}", DATA, "template: t:1: undefined variable \"$x\""),
                fails("variable out of scope", "{{if .t}}{{$x := 1}}{{end}}{{$x}}", DATA,
                        "template: t:1: undefined variable \"$x\""),
                fails("assign undeclared", "{{$x = 1}}", DATA,
                        "template: t:1:7: executing \"t\" at <1>: undefined variable: $x"),
                fails("variable in define not visible", "{{$x := 1}}{{define \"d\"}}{{$x}}{{end}}", DATA,
                        "template: t:1: undefined variable \"$x\""));
    }

    static Stream<TemplateCase> templates() {
        return Stream.of(
                ok("define and template", "{{define \"a\"}}A{{.}}{{end}}{{template \"a\" \"x\"}}", DATA, "Ax"),
                ok("template without pipeline has no dot", "{{define \"a\"}}[{{.}}]{{end}}{{template \"a\"}}",
                        DATA, "[<no value>]"),
                ok("template with dot", "{{define \"a\"}}{{.s}}{{end}}{{template \"a\" .}}", DATA, "hello"),
                ok("block defines and runs", "{{block \"b\" .s}}<{{.}}>{{end}}", DATA, "<hello>"),
                ok("recursive template", "{{define \"r\"}}{{if .}}{{len .}}{{template \"r\" (slice . 1)}}{{end}}"
                        + "{{end}}{{template \"r\" .list}}", DATA, "321"),
                ok("template raw string name", "{{define `a`}}A{{end}}{{template `a`}}", DATA, "A"),
                fails("template not defined", "{{template \"nope\"}}", DATA,
                        "template: t:1:11: executing \"t\" at <{{template \"nope\"}}>: template \"nope\" not defined"),
                fails("error inside defined template names it",
                        "{{define \"d\"}}\n  {{.x.y}}{{end}}{{template \"d\" .}}", map("x", null),
                        "template: t:2:6: executing \"d\" at <.x.y>: nil pointer evaluating interface {}.y"));
    }

    static Stream<TemplateCase> all() {
        return Stream.of(text(), control(), variables(), templates(), GoTemplateBuiltinCases.builtins(),
                GoTemplateBuiltinCases.comparisons(), GoTemplateErrorCases.parseErrors(),
                GoTemplateErrorCases.execErrors(), GoTemplateErrorCases.calls()).flatMap(s -> s);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("all")
    void template_behavesAsGo(TemplateCase c) throws Exception {
        if (c.error() == null) {
            assertThat(run(c.text(), c.data())).isEqualTo(c.output());
        } else {
            assertThatThrownBy(() -> run(c.text(), c.data())).isInstanceOf(TemplateException.class)
                    .hasMessage(c.error());
        }
    }

    static String run(String text, Object data) throws TemplateException {
        TemplateSet set = new TemplateSet(TemplateOptions.defaults()).addFuncs(TestObjects.funcs());
        set.parse("t", text);
        return set.execute("t", data);
    }

    static List<Object> listOf(Object... values) {
        return list(values);
    }
}
