package dev.windlass.gotemplate;

import static dev.windlass.gotemplate.GoTemplateConformanceTest.DATA;
import static dev.windlass.gotemplate.TemplateCase.fails;
import static dev.windlass.gotemplate.TemplateCase.map;
import static dev.windlass.gotemplate.TemplateCase.ok;

import java.util.stream.Stream;

/** Cases for text/template's built-in functions. */
final class GoTemplateBuiltinCases {

    private GoTemplateBuiltinCases() {
    }

    private static String at(String col, String node, String message) {
        return "template: t:1:" + col + ": executing \"t\" at <" + node + ">: " + message;
    }

    static Stream<TemplateCase> builtins() {
        return Stream.of(
                ok("and returns first false", "{{and 1 0 2}}", DATA, "0"),
                ok("and returns last", "{{and 1 2}}", DATA, "2"),
                ok("or returns first true", "{{or 0 \"\" \"x\"}}", DATA, "x"),
                ok("or returns last", "{{or 0 \"\"}}", DATA, ""),
                ok("and with fields", "{{and .t .s}}", DATA, "hello"),
                ok("or short-circuits", "{{or 1 (fail \"no\")}}", DATA, "1"),
                ok("and short-circuits", "{{and 0 (fail \"no\")}}", DATA, "0"),
                ok("and with piped final", "{{1 | and 2}}", DATA, "1"),
                ok("or with piped final", "{{0 | or 0}}", DATA, "0"),
                ok("or missing then value", "{{or .missing \"d\"}}", DATA, "d"),
                ok("and of missing is no value", "{{and .missing 1}}", DATA, "<no value>"),
                ok("not", "{{not 0}} {{not .s}} {{not .missing}}", DATA, "true false true"),
                fails("and needs an argument", "{{and}}", DATA,
                        at("2", "and", "wrong number of args for and: want at least 1 got 0")),
                fails("not needs one argument", "{{not 1 2}}", DATA,
                        at("2", "not", "wrong number of args for not: want 1 got 2")),
                ok("len of string counts bytes", "{{len .s}} {{len \"héllo\"}}", DATA, "5 6"),
                ok("len of list and map", "{{len .list}} {{len .m}} {{len .emap}}", DATA, "3 3 0"),
                fails("len of int", "{{len 3}}", DATA, at("2", "len 3", "error calling len: len of type int")),
                fails("len of nil", "{{len .nil}}", DATA, at("2", "len .nil", "error calling len: len of nil pointer")),
                fails("len of missing", "{{len .missing}}", DATA, at("2", "len .missing",
                        "error calling len: reflect: call of reflect.Value.Type on zero Value")),
                ok("index list", "{{index .list 1}}", DATA, "b"),
                ok("index map", "{{index .m \"b\"}}", DATA, "2"),
                ok("index nested", "{{index .nested \"inner\" \"x\"}}", DATA, "deep"),
                ok("index missing map key", "{{index .m \"zz\"}}", DATA, "<no value>"),
                ok("index string gives byte", "{{index .s 1}}", DATA, "101"),
                ok("index with int64", "{{index .list .one64}}", map("list", TemplateCase.list("a", "b"),
                        "one64", 1L), "b"),
                fails("index out of range", "{{index .list 5}}", DATA,
                        at("2", "index .list 5", "error calling index: index out of range: 5")),
                fails("index at length", "{{index .list 3}}", DATA,
                        at("2", "index .list 3", "error calling index: index out of range: 3")),
                fails("index negative", "{{index .list -1}}", DATA,
                        at("2", "index .list -1", "error calling index: index out of range: -1")),
                fails("index of nil", "{{index .nil 1}}", DATA,
                        at("2", "index .nil 1", "error calling index: index of untyped nil")),
                fails("index list with string", "{{index .list \"x\"}}", DATA, at("2", "index .list \"x\"",
                        "error calling index: cannot index slice/array with type string")),
                fails("index int", "{{index .n 1}}", DATA,
                        at("2", "index .n 1", "error calling index: can't index item of type int")),
                fails("index map with int", "{{index .m 1}}", DATA,
                        at("2", "index .m 1", "error calling index: value has type int; should be string")),
                fails("index through nil", "{{index .nested \"inner\" \"nil\" \"x\"}}", DATA,
                        at("2", "index .nested \"inner\" \"nil\" \"x\"", "error calling index: index of nil pointer")),
                ok("slice string", "{{slice .s 1 3}}", DATA, "el"),
                ok("slice string from", "{{slice .s 2}}", DATA, "llo"),
                ok("slice string whole", "{{slice .s}}", DATA, "hello"),
                ok("slice list", "{{index (slice .list 1) 0}} {{len (slice .list 1 2)}}", DATA, "b 1"),
                ok("slice list three indexes", "{{len (slice .list 0 1 2)}}", DATA, "1"),
                fails("slice inverted", "{{slice .s 3 1}}", DATA,
                        at("2", "slice .s 3 1", "error calling slice: invalid slice index: 3 > 1")),
                fails("slice string three indexes", "{{slice .s 1 2 3}}", DATA,
                        at("2", "slice .s 1 2 3", "error calling slice: cannot 3-index slice a string")),
                fails("slice int", "{{slice .n}}", DATA,
                        at("2", "slice .n", "error calling slice: can't slice item of type int")),
                fails("slice out of range", "{{slice .s 9}}", DATA,
                        at("2", "slice .s 9", "error calling slice: index out of range: 9")),
                fails("slice too many", "{{slice .list 1 1 1 1}}", DATA,
                        at("2", "slice .list 1 1 1 1", "error calling slice: too many slice indexes: 4")),
                ok("html escapes", "{{html \"<a href=\\\"x\\\">&'\"}}", DATA,
                        "&lt;a href=&#34;x&#34;&gt;&amp;&#39;"),
                ok("html of missing", "{{html .missing}}", DATA, "&lt;no value&gt;"),
                ok("html of several", "{{html 1 2}}", DATA, "1 2"),
                ok("html piped", "{{\"<b>\" | html}}", DATA, "&lt;b&gt;"),
                ok("js escapes", "{{js \"a'b\\\"c<d>&=\\\\\"}}", DATA, "a\\'b\\\"c\\u003Cd\\u003E\\u0026\\u003D\\\\"),
                ok("js control char", "{{js \"\\t\"}}", DATA, "\\u0009"),
                ok("js keeps unicode", "{{js \"é\"}}", DATA, "é"),
                ok("urlquery escapes", "{{urlquery \"a b&c=d/é~\"}}", DATA, "a+b%26c%3Dd%2F%C3%A9~"),
                ok("print spacing", "{{print \"a\" 1 2 \"b\"}}", DATA, "a1 2b"),
                ok("print nil", "{{print .nil}} {{print .missing}} {{print nil}}", DATA, "<nil> <nil> <nil>"),
                ok("print nothing", "{{print}}", DATA, ""),
                ok("println", "{{println \"a\" 1}}", DATA, "a 1\n"),
                ok("print bools", "{{print true false}}", DATA, "true false"),
                ok("call function value", "{{call adder 2 3}}", DATA, "5"),
                ok("call field function", "{{call .fn 4 5}}", map("fn", TestObjects.plus()), "9"),
                fails("call non-function", "{{call .n}}", DATA,
                        at("2", "call .n", "error calling call: non-function .n of type int")),
                fails("call nil", "{{call .nil}}", DATA, at("2", "call .nil", "error calling call: call of nil")),
                fails("call wrong arity", "{{call (adder) 1}}", DATA,
                        at("2", "call (adder) 1", "error calling call: wrong number of args for adder: got 1 want 2")),
                fails("call wrong arg type", "{{call adder 1 \"x\"}}", DATA, at("2", "call adder 1 \"x\"",
                        "error calling call: arg 1: value has type string; should be int")));
    }

    static Stream<TemplateCase> comparisons() {
        return Stream.of(
                ok("eq ints", "{{eq 1 1}} {{eq 1 2}}", DATA, "true false"),
                ok("eq strings", "{{eq \"a\" \"a\"}} {{eq .s \"hello\"}}", DATA, "true true"),
                ok("eq any of", "{{eq 1 2 3 1}} {{eq 1 2 3}}", DATA, "true false"),
                ok("eq int and int64", "{{eq .n .n64}} {{eq .n64 7}}", DATA, "true true"),
                ok("eq large constant", "{{eq .big 3000000000}}", DATA, "true"),
                ok("eq floats", "{{eq .f 1.5}}", DATA, "true"),
                ok("eq bools", "{{eq .t true}}", DATA, "true"),
                ok("eq missing with value", "{{eq .missing \"x\"}}", DATA, "false"),
                ok("eq missing with nil", "{{eq .missing nil}} {{eq .nil nil}}", DATA, "true true"),
                ok("eq value with nil", "{{eq .s nil}}", DATA, "false"),
                ok("eq struct", "{{eq .obj .obj}}", DATA, "true"),
                ok("ne", "{{ne 1 2}} {{ne \"a\" \"a\"}}", DATA, "true false"),
                ok("lt", "{{lt 1 2}} {{lt 2 1}} {{lt \"a\" \"b\"}} {{lt 1.5 2.5}}", DATA, "true false true true"),
                ok("le", "{{le 2 2}} {{le 3 2}}", DATA, "true false"),
                ok("gt", "{{gt 3 2}} {{gt 2 2}}", DATA, "true false"),
                ok("ge", "{{ge 2 2}} {{ge 2 3}}", DATA, "true false"),
                ok("lt int and int64", "{{lt .n .big}}", DATA, "true"),
                ok("comparison in if", "{{if gt (len .list) 2}}many{{end}}", DATA, "many"),
                fails("eq int and float", "{{eq 1 1.0}}", DATA,
                        at("2", "eq 1 1.0", "error calling eq: incompatible types for comparison")),
                fails("eq string and int", "{{eq \"x\" 1}}", DATA,
                        at("2", "eq \"x\" 1", "error calling eq: incompatible types for comparison")),
                fails("eq needs two", "{{eq 1}}", DATA,
                        at("2", "eq 1", "error calling eq: missing argument for comparison")),
                fails("eq map and int", "{{eq .m 1}}", DATA,
                        at("2", "eq .m 1", "error calling eq: incompatible types for comparison")),
                fails("lt bools", "{{lt true false}}", DATA,
                        at("2", "lt true false", "error calling lt: invalid type for comparison")),
                fails("lt list", "{{lt .list 1}}", DATA,
                        at("2", "lt .list 1", "error calling lt: invalid type for comparison")),
                fails("lt missing", "{{lt .missing 1}}", DATA,
                        at("2", "lt .missing 1", "error calling lt: invalid type for comparison")),
                fails("lt mixed", "{{lt 1 \"a\"}}", DATA,
                        at("2", "lt 1 \"a\"", "error calling lt: incompatible types for comparison")),
                fails("gt mixed", "{{gt 1 1.5}}", DATA,
                        at("2", "gt 1 1.5", "error calling gt: incompatible types for comparison")),
                fails("ne arity", "{{ne 1 2 3}}", DATA, at("2", "ne", "wrong number of args for ne: want 2 got 3")));
    }
}
