package dev.windlass.rego;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.rego.value.ObjectValue;
import dev.windlass.rego.value.Value;
import dev.windlass.rego.value.Values;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Evaluation semantics, one row per point: a module, a query, and the value OPA gives (compact JSON, sets as arrays). */
class RegoEvalTest {
    static final String INPUT = "{\"user\":\"alice\",\"roles\":[\"admin\",\"dev\"],\"n\":3,"
            + "\"items\":[{\"name\":\"a\",\"tags\":{\"x\":1}},{\"name\":\"b\",\"tags\":{\"y\":2}}]}";

    static Stream<Arguments> cases() {
        return Stream.of(
                row("complete_assign", "p := 7", "data.t.p", "7"),
                row("complete_unify", "p = 7", "data.t.p", "7"),
                row("complete_ifTrue", "p if { 1 < 2 }", "data.t.p", "true"),
                row("complete_undefinedBody", "p if { 1 > 2 }", "data.t.p", "undefined"),
                row("default_usedWhenUndefined", "default p := 0\np := 1 if { false }", "data.t.p", "0"),
                row("default_notUsedWhenDefined", "default p := 0\np := 1 if { true }", "data.t.p", "1"),
                row("multipleBodies_sameValue", "p if { false }\np if { true }", "data.t.p", "true"),
                row("else_firstMatchingClause", "p := 1 if { false } else := 2 if { true } else := 3", "data.t.p", "2"),
                row("else_lastFallback", "p := 1 if { false } else := 2 if { false } else := 3", "data.t.p", "3"),
                row("partialSet_contains", "s contains x if { some x in [3, 1, 2] }", "data.t.s", "[1,2,3]"),
                row("partialSet_emptyIsDefined", "s contains x if { some x in [] }", "data.t.s", "[]"),
                row("partialSet_v0Brackets", "s[x] { x := [1, 2][_] }", "data.t.s", "[1,2]"),
                row("partialObject_keys", "o[k] := v if { some k, v in {\"a\": 1, \"b\": 2} }", "data.t.o", "{\"a\":1,\"b\":2}"),
                row("partialObject_lookup", "o[k] := v if { some k, v in {\"a\": 1} }", "data.t.o.a", "1"),
                row("refHead_nestedKeys", "a.b[c] := 1 if { some c in [\"x\", \"y\"] }", "data.t.a", "{\"b\":{\"x\":1,\"y\":1}}"),
                row("refHead_groundPath", "a.b.c := 5", "data.t.a.b", "{\"c\":5}"),
                row("refHead_setContains", "p.q contains x if { some x in [1] }", "data.t.p", "{\"q\":[1]}"),
                row("package_allRulesDefined", "p := 1\nq if { false }\nf(x) := x", "data.t", "{\"p\":1}"),
                row("package_emptyIsObject", "q if { false }", "data.t", "{}"),
                row("data_wholeTreeWithBase", "p := 1", "data.base", "{\"k\":\"v\"}"),
                row("function_call", "f(x) := x * 2\np := f(4)", "data.t.p", "8"),
                row("function_constantArgs", "f(1) := \"one\"\nf(2) := \"two\"\np := f(2)", "data.t.p", "\"two\""),
                row("function_patternArg", "f([a, b]) := a + b\np := f([1, 2])", "data.t.p", "3"),
                row("function_else", "f(x) := \"big\" if { x > 10 } else := \"small\"\np := f(3)", "data.t.p", "\"small\""),
                row("function_undefined", "f(x) := 1 if { x > 10 }\np := f(3)", "data.t.p", "undefined"),
                row("function_booleanFalseFails", "f(x) if { x > 1 }\np if { not f(0) }", "data.t.p", "true"),
                row("function_outputArg", "f(x) := x + 1\np := y if { f(1, y) }", "data.t.p", "2"),
                row("function_recursionBuiltinOutputArg", "p := n if { count([1, 2], n) }", "data.t.p", "2"),
                row("undefined_propagatesThroughRef", "p := input.missing.deeper", "data.t.p", "undefined"),
                row("ref_intoScalarIsUndefined", "p := input.n.x", "data.t.p", "undefined"),
                row("ref_arrayIndex", "p := input.roles[1]", "data.t.p", "\"dev\""),
                row("ref_iterationOrder", "p := [r | r := input.roles[_]]", "data.t.p", "[\"admin\",\"dev\"]"),
                row("ref_nestedIteration", "p contains k if { input.items[_].tags[k] }", "data.t.p", "[\"x\",\"y\"]"),
                row("ref_objectKeysSorted", "p := [k | some k, _ in {\"b\": 1, \"a\": 2}]", "data.t.p", "[\"a\",\"b\"]"),
                row("not_negationAsFailure", "p if { not input.nope }", "data.t.p", "true"),
                row("not_failsWhenTrue", "p if { not input.n }", "data.t.p", "undefined"),
                row("not_withBoundVar", "deny contains r if { some r in input.roles; not r == \"admin\" }", "data.t.deny", "[\"dev\"]"),
                row("not_reorderedAfterBinding", "q contains 2\np := x if { not q[x]; x = 1 }", "data.t.p", "1"),
                row("some_declares", "p := x if { some x; x = 3 }", "data.t.p", "3"),
                row("someIn_values", "p := [x | some x in {5, 4}]", "data.t.p", "[4,5]"),
                row("someIn_keyValue", "p := [[k, v] | some k, v in [\"a\"]]", "data.t.p", "[[0,\"a\"]]"),
                row("every_trueOverEmpty", "p if { every x in [] { x > 100 } }", "data.t.p", "true"),
                row("every_allHold", "p if { every x in [1, 2] { x > 0 } }", "data.t.p", "true"),
                row("every_oneFails", "p if { every x in [1, 2] { x > 1 } }", "data.t.p", "undefined"),
                row("every_keyValue", "p if { every k, v in [10, 11] { v - k == 10 } }", "data.t.p", "true"),
                row("in_membership", "p := 2 in [1, 2]", "data.t.p", "true"),
                row("in_objectValues", "p := 1 in {\"a\": 1}", "data.t.p", "true"),
                row("in_keyValue", "p if { \"a\", 1 in {\"a\": 1} }", "data.t.p", "true"),
                row("in_notMember", "p := 3 in {1, 2}", "data.t.p", "false"),
                row("unify_bindsLeft", "p := x if { x = 1 }", "data.t.p", "1"),
                row("unify_bindsRight", "p := x if { 1 = x }", "data.t.p", "1"),
                row("unify_arrayPattern", "p := [b, a] if { [a, b] = [1, 2] }", "data.t.p", "[2,1]"),
                row("unify_objectPattern", "p := v if { {\"k\": v} = {\"k\": 9} }", "data.t.p", "9"),
                row("unify_objectPatternNeedsSameKeys", "p := v if { {\"x\": v} = input.items[1].tags }", "data.t.p", "undefined"),
                row("unify_bothSidesPatterns", "p := [a, b] if { [a, 2] = [1, b] }", "data.t.p", "[1,2]"),
                row("unify_varToVarReordered", "p := y if { y = x; x = 4 }", "data.t.p", "4"),
                row("assign_destructures", "p := b if { [_, b] := [1, 2] }", "data.t.p", "2"),
                row("eq_compares", "p if { 1 == 1.0 }", "data.t.p", "true"),
                row("neq_mixedTypes", "p if { 1 != \"1\" }", "data.t.p", "true"),
                row("lt_crossTypeOrder", "p if { null < false }", "data.t.p", "true"),
                row("arith_precedence", "p := 1 + 2 * 3", "data.t.p", "7"),
                row("arith_unaryMinus", "x := 3\np := -x", "data.t.p", "-3"),
                row("set_union", "p := {1} | {2}", "data.t.p", "[1,2]"),
                row("set_intersection", "p := {1, 2} & {2, 3}", "data.t.p", "[2]"),
                row("set_difference", "p := {1, 2} - {2}", "data.t.p", "[1]"),
                row("compr_array", "p := [(x * 2) | some x in [1, 2]]", "data.t.p", "[2,4]"),
                row("compr_set", "p := {x | some x in [1, 1, 2]}", "data.t.p", "[1,2]"),
                row("compr_object", "p := {k: 1 | some k in [\"a\", \"b\"]}", "data.t.p", "{\"a\":1,\"b\":1}"),
                row("compr_closesOverOuterVar", "p := ys if { y := 10; ys := [(x + y) | some x in [1]] }", "data.t.p", "[11]"),
                row("compr_localShadowsOuter", "p := [x, ys] if { x := 1; ys := [x | x := 5] }", "data.t.p", "[1,[5]]"),
                row("compr_emptyIsDefined", "p := [x | some x in []]", "data.t.p", "[]"),
                row("import_dataAlias", "import data.lib.helper as h\np := h.v", "data.t.p", "\"lib\""),
                row("import_input", "import input.user\np := user", "data.t.p", "\"alice\""),
                row("import_functionThroughAlias", "import data.lib.helper\np := helper.twice(2)", "data.t.p", "4"),
                row("import_futureKeywords", "import future.keywords.in\np { 1 in [1] }", "data.t.p", "true"),
                row("walk_pairs", "p := [x | walk([7], x)]", "data.t.p", "[[[],[7]],[[0],7]]"),
                row("walk_outputPattern", "p := {k | walk({\"a\": {\"b\": 1}}, [k, _])}", "data.t.p", "[[],[\"a\"],[\"a\",\"b\"]]"),
                row("with_input", "p := input.user", "data.t.p with input as {\"user\": \"bob\"}", "\"bob\""),
                row("with_inputPath", "p := input.user", "data.t.p with input.user as \"carol\"", "\"carol\""),
                row("with_dataBase", "p := data.base.k", "data.t.p with data.base.k as \"w\"", "\"w\""),
                row("with_dataRule", "q := 1\np := q + 1", "data.t.p with data.t.q as 10", "11"),
                row("with_builtinMockValue", "p := count([1, 2, 3])", "data.t.p with count as 0", "0"),
                row("with_functionMockByFunction", "f(x) := 1\ng(x) := 2\np := f(0)", "data.t.p with data.t.f as data.t.g", "2"),
                row("with_appliesOnlyToLiteral", "q := input.user\np := [a, b] if { a := q with input.user as \"z\"; b := q }", "data.t.p", "[\"z\",\"alice\"]"),
                row("nestedWith_cacheIsolated", "q := input.n\nr := q\np := [a, b, c] if { b := r; a := r with input.n as 1; c := r }", "data.t.p", "[1,3,3]"),
                row("refHead_siblingsMerge", "a.b.c := 1\na.b.d := 2", "data.t.a", "{\"b\":{\"c\":1,\"d\":2}}"),
                row("function_default", "default f(_) := \"none\"\nf(x) := \"big\" if { x > 10 }\np := f(1)", "data.t.p", "\"none\""),
                row("function_memoisedConflictFree", "f(x) := x\np := [f(1), f(1), f(2)]", "data.t.p", "[1,1,2]"),
                row("with_builtinMockedByUserFunction", "mock(_) := 42\np := count([1])", "data.t.p with count as data.t.mock", "42"),
                row("with_functionThroughImportAlias", "import data.lib.helper\np := helper.twice(2)", "data.t.p with data.lib.helper.twice as 7", "7"),
                row("zeroArgFunction_isCompleteRule", "f() := 3\np := f()", "data.t", "{\"f\":3,\"p\":3}"),
                row("query_dataRoot", "p := 1", "data.t.p == data[\"t\"].p", "true"),
                row("compr_operatorHeadIsArrayOfUnion", "x := {1}\np := [x - {10} | {2}]", "data.t.p", "[[1,2]]"),
                row("compr_singleTermHeadBeforeBar", "p := {1 | 1}", "data.t.p", "[1]"),
                row("ifLiteral_setComprehensionIsTruthy", "p if { 1 | 1 }", "data.t.p", "true"),
                row("twoRulesOnOneLine", "r[\"s\"] q { true }", "[data.t.r, data.t.q]", "[[\"s\"],true]"),
                row("data_numberKeyReadsBaseDocument", "p := data[1]", "data.t.p", "\"one\""),
                row("data_numberKeyNamesNoRule", "a := [data.t[2]]", "data.t.a", "undefined"));
    }

    private static Arguments row(String name, String module, String query, String expected) {
        return Arguments.of(name, module, query, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void evaluatesLikeOpa(String name, String module, String query, String expected) throws Exception {
        assertThat(eval(module, query)).as(name).isEqualTo(expected);
    }

    static String eval(String module, String query) throws Exception {
        Value v = evalValue(module, query);
        return v == null ? "undefined" : v.toJson();
    }

    static Value evalValue(String module, String query) throws Exception {
        QueryResult r = rego(module).prepare(query).eval(Values.parseJson(INPUT));
        return r.isUndefined() ? null : r.solutions().get(0).expressions().get(0);
    }

    static Rego rego(String module) throws Exception {
        String lib = "package lib.helper\nv := \"lib\"\ntwice(x) := x * 2\n";
        return Rego.builder().builtins(TestBuiltins.table())
                .data((ObjectValue) Values.parseJson("{\"base\":{\"k\":\"v\"},\"1\":\"one\"}"))
                .module("lib.rego", lib)
                .module("t.rego", "package t\n" + module + "\n")
                .build();
    }
}
