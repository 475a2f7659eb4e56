package dev.windlass.gotemplate;

import static dev.windlass.gotemplate.GoTemplateConformanceTest.DATA;
import static dev.windlass.gotemplate.TemplateCase.fails;
import static dev.windlass.gotemplate.TemplateCase.ok;

import java.util.stream.Stream;

/** Cases for parse errors, execution errors and calls of functions and methods. */
final class GoTemplateErrorCases {

    private GoTemplateErrorCases() {
    }

    private static String at(String col, String node, String message) {
        return "template: t:1:" + col + ": executing \"t\" at <" + node + ">: " + message;
    }

    private static TemplateCase parse(String name, String text, String message) {
        return fails(name, text, DATA, "template: t:1: " + message);
    }

    static Stream<TemplateCase> parseErrors() {
        return Stream.of(
                parse("unclosed action", "{{.s", "unclosed action"),
                fails("unclosed action over lines", "{{.s\n\n", DATA, "template: t:3: unclosed action started at t:1"),
                fails("error in action started earlier", "{{.s\n\"abc}}", DATA,
                        "template: t:2: unterminated quoted string in action started at t:1"),
                parse("unexpected EOF", "{{if .t}}x", "unexpected EOF"),
                parse("unexpected end", "{{end}}", "unexpected {{end}}"),
                parse("unexpected else", "{{else}}", "unexpected {{else}}"),
                parse("function not defined", "{{foo}}", "function \"foo\" not defined"),
                parse("unexpected brace in operand", "{{.s } }}", "unexpected \"}\" in operand"),
                parse("missing value for if", "{{if}}{{end}}", "missing value for if"),
                parse("missing value for range", "{{range}}{{end}}", "missing value for range"),
                parse("missing value for with", "{{with}}{{end}}", "missing value for with"),
                parse("missing value for command", "{{}}", "missing value for command"),
                parse("break outside range", "{{break}}", "{{break}} outside {{range}}"),
                parse("continue outside range", "{{if .t}}{{continue}}{{end}}", "{{continue}} outside {{range}}"),
                parse("break in range else", "{{range .list}}{{else}}{{break}}{{end}}", "{{break}} outside {{range}}"),
                parse("continue with argument", "{{range .list}}{{continue 1}}{{end}}",
                        "unexpected \"1\" in {{continue}}"),
                parse("non executable stage", "{{.s | \"x\"}}", "non executable command in pipeline stage 2"),
                parse("too many declarations", "{{$x, $y := .s}}", "too many declarations in command"),
                parse("too many range declarations", "{{range $a, $b, $c := .m}}{{end}}",
                        "too many declarations in range"),
                parse("range initializes variables only", "{{range $a, 1 := .m}}{{end}}",
                        "range can only initialize variables"),
                parse("bad number", "{{1.x}}", "bad number syntax: \"1.x\""),
                parse("integer overflow", "{{99999999999999999999}}", "integer overflow: \"99999999999999999999\""),
                parse("unterminated string", "{{\"abc}}", "unterminated quoted string"),
                parse("unterminated raw string", "{{`abc}}", "unterminated raw quoted string"),
                parse("unterminated char", "{{'a}}", "unterminated character constant"),
                parse("malformed char", "{{'ab'}}", "malformed character constant: 'ab'"),
                parse("multiple definition", "{{define \"a\"}}x{{end}}{{define \"a\"}}y{{end}}",
                        "template: multiple definition of template \"a\""),
                parse("template name must be string", "{{template .s}}", "unexpected \".s\" in template clause"),
                parse("define name must be string", "{{define a}}{{end}}", "unexpected \"a\" in define clause"),
                parse("define without end", "{{define \"a\"}}x", "unexpected EOF"),
                parse("else after else", "{{if .t}}{{else}}{{else}}{{end}}", "expected end; found {{else}}"),
                parse("else if inside with", "{{with .s}}{{else if .t}}{{end}}", "unexpected <if> in input"),
                parse("trailing dot", "{{.s.}}", "unexpected <.> in operand"),
                parse("field on nil", "{{nil.x}}", "unexpected . after term \"nil\""),
                parse("field on string constant", "{{\"a\".x}}", "unexpected . after term \"\\\"a\\\"\""),
                parse("unclosed left paren", "{{(.s}}", "unclosed left paren"),
                parse("unexpected right paren", "{{.s)}}", "unexpected right paren"),
                parse("unclosed comment", "{{/* x", "unclosed comment"),
                parse("comment before delimiter", "{{/* x */ .s}}", "comment ends before closing delimiter"),
                parse("bad character", "{{.s#}}", "bad character U+0023 '#'"),
                parse("expected declare", "{{:}}", "expected :="),
                parse("unrecognized character", "{{.s ☃}}", "unrecognized character in action: U+2603 '☃'"),
                parse("unexpected long string in define", "{{define \"a\" \"abcdefghijklmnop\"}}{{end}}",
                        "unexpected \"\\\"abcdefghi\"... in define clause"),
                parse("block needs pipeline", "{{block \"b\"}}{{end}}", "missing value for block clause"),
                fails("parse error line", "a\nb\n{{if}}", DATA, "template: t:3: missing value for if"),
                parse("undefined variable", "{{$x}}", "undefined variable \"$x\""));
    }

    static Stream<TemplateCase> execErrors() {
        return Stream.of(
                fails("field of string", "{{.s.x}}", DATA, at("4", ".s.x", "can't evaluate field x in type string")),
                fails("field of nil", "{{.nil.x}}", DATA, at("6", ".nil.x", "nil pointer evaluating interface {}.x")),
                fails("field of nil nested", "{{.nested.inner.nil.y}}", DATA,
                        at("9", ".nested.inner.nil.y", "nil pointer evaluating interface {}.y")),
                fails("field of int", "{{.n.x}}", DATA, at("4", ".n.x", "can't evaluate field x in type int")),
                fails("nil is not a command", "{{nil}}", DATA, at("2", "nil", "nil is not a command")),
                fails("map field with args", "{{.s 1}}", DATA, at("2", ".s", "s is not a method but has arguments")),
                fails("piped into map field", "{{1 | .s}}", DATA,
                        at("6", ".s", "s is not a method but has arguments")),
                fails("constant with argument", "{{1 2}}", DATA, at("2", "1", "can't give argument to non-function 1")),
                fails("variable with argument", "{{$ 1}}", DATA, at("2", "$", "can't give argument to non-function $")),
                fails("uint overflows int", "{{18446744073709551615}}", DATA,
                        at("2", "18446744073709551615", "18446744073709551615 overflows int")),
                fails("parenthesized nil chain", "{{(nil).x}}", DATA, at("3", "nil", "nil is not a command")),
                ok("method with argument", "{{.obj.Greet \"bob\"}}", DATA, "hi bob from pointer"),
                ok("method without argument", "{{.obj.Upper}}", DATA, "POINTER"),
                ok("variadic method", "{{.obj.Sum 1 2 3}} {{.obj.Sum}}", DATA, "6 0"),
                ok("struct field chain", "{{.obj.Child.Name}}", DATA, "child"),
                ok("piped into method", "{{\"x\" | .obj.Greet}}", DATA, "hi x from pointer"),
                ok("nil struct field", "{{.obj.Nothing}}", DATA, "<no value>"),
                fails("struct field with args", "{{\"x\" | .obj.Name}}", DATA,
                        at("12", ".obj.Name", "Name has arguments but cannot be invoked as function")),
                fails("unknown struct field", "{{.obj.Nope}}", DATA,
                        at("6", ".obj.Nope", "can't evaluate field Nope in type *test.Sample")),
                fails("method missing argument", "{{.obj.Greet}}", DATA,
                        at("6", ".obj.Greet", "wrong number of args for Greet: want 1 got 0")),
                fails("method extra argument", "{{.obj.Upper 1}}", DATA,
                        at("6", ".obj.Upper", "wrong number of args for Upper: want 0 got 1")),
                ok("function returning nil is no value", "{{nothing}}", DATA, "<no value>"),
                fails("field of function returning nil", "{{nothing.x}}", DATA,
                        at("2", "nothing", "nil pointer evaluating interface {}.x")),
                ok("field of parenthesized nil", "{{(nothing).x}}", DATA, "<no value>"));
    }

    static Stream<TemplateCase> calls() {
        return Stream.of(
                fails("string param given number", "{{printLen 1}}", DATA, at("11", "1", "expected string; found 1")),
                fails("string param given int", "{{printLen .n}}", DATA,
                        at("11", ".n", "wrong type for value; expected string; got int")),
                fails("string param given missing", "{{printLen .missing}}", DATA,
                        at("11", ".missing", "invalid value; expected string")),
                fails("string param given nil value", "{{printLen .nil}}", DATA,
                        at("11", ".nil", "wrong type for value; expected string; got interface {}")),
                fails("string param piped missing", "{{.missing | printLen}}", DATA,
                        at("13", "printLen", "invalid value; expected string")),
                fails("string param given nil", "{{printLen nil}}", DATA,
                        at("11", "nil", "cannot assign nil to string")),
                fails("too few args", "{{printLen}}", DATA,
                        at("2", "printLen", "wrong number of args for printLen: want 1 got 0")),
                fails("too many args", "{{printLen \"a\" \"b\"}}", DATA,
                        at("2", "printLen", "wrong number of args for printLen: want 1 got 2")),
                fails("too few variadic args", "{{join}}", DATA,
                        at("2", "join", "wrong number of args for join: want at least 1 got 0")),
                ok("variadic call", "{{join \"a\" \"b\" \"c\"}}", DATA, "a|b|c"),
                ok("variadic piped", "{{\"z\" | join \"a\"}}", DATA, "a|z"),
                ok("variadic only final", "{{\"z\" | join}}", DATA, "z"),
                fails("function error", "{{fail \"bad\"}}", DATA, at("2", "fail \"bad\"", "error calling fail: bad")),
                fails("function error in pipeline", "{{\"bad\" | fail}}", DATA,
                        at("10", "fail", "error calling fail: bad")),
                fails("function panic", "{{boom}}", DATA, at("2", "boom", "error calling boom: custom panic string")),
                ok("int params", "{{add 1 2}} {{add 2.0 1}} {{add .n 1}}", DATA, "3 3 8"),
                fails("int param given float", "{{add 1.5 2}}", DATA, at("6", "1.5", "expected integer; found 1.5")),
                fails("int param given int64", "{{add .big 1}}", DATA,
                        at("6", ".big", "wrong type for value; expected int; got int64")),
                ok("int64 param", "{{add64 5}}", DATA, "6"),
                fails("int64 param given int", "{{add64 .n}}", DATA,
                        at("8", ".n", "wrong type for value; expected int64; got int")),
                ok("float param from int constant", "{{half 3}} {{half 1.5}}", DATA, "big small"),
                fails("float param given int", "{{half .n}}", DATA,
                        at("7", ".n", "wrong type for value; expected float64; got int")),
                fails("float param given string", "{{half \"x\"}}", DATA, at("7", "\"x\"", "expected float; found \"x\"")),
                ok("bool param", "{{flip true}} {{flip .no}}", DATA, "false true"),
                fails("bool param given int", "{{flip 1}}", DATA, at("7", "1", "expected bool; found 1")),
                ok("list param", "{{count .list}} {{count .missing}}", DATA, "3 0"),
                fails("list param given string", "{{count .s}}", DATA,
                        at("8", ".s", "wrong type for value; expected []interface {}; got string")),
                fails("list param given constant", "{{count 1}}", DATA,
                        at("8", "1", "can't handle 1 for arg of type []interface {}")),
                ok("map param", "{{keys .m}}", DATA, "3"),
                ok("string list param", "{{words .list}}", DATA, "a+b+c"),
                fails("string list param given ints", "{{words .nums}}", DATA,
                        at("8", ".nums", "wrong type for value; expected []string; got []interface {}")),
                ok("untyped constants in interface", "{{typeOf 1}} {{typeOf 1.5}} {{typeOf 1e3}} {{typeOf 0x10}}",
                        DATA, "int float64 float64 int"),
                ok("char constant is int", "{{typeOf 'a'}}", DATA, "int"),
                ok("other constants in interface", "{{typeOf \"s\"}} {{typeOf true}} {{typeOf nil}}", DATA,
                        "string bool <nil>"),
                ok("missing value to interface is nil", "{{typeOf .missing}} {{isNil .missing}}", DATA,
                        "<nil> true"),
                ok("parenthesized argument", "{{printLen (concat \"ab\" \"c\")}}", DATA, "3"),
                ok("nested parens", "{{printLen (concat (concat \"a\" \"b\") \"c\")}}", DATA, "3"));
    }
}
