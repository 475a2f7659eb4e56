package dev.windlass.rego;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.rego.builtins.Builtin;
import dev.windlass.rego.builtins.BuiltinException;
import dev.windlass.rego.value.NumberValue;
import dev.windlass.rego.value.StringValue;
import dev.windlass.rego.value.Value;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Compile errors, evaluation errors, budgets, print, caching and the query result shape. */
class RegoEvalErrorsTest {
    private static Rego rego(String module) throws Exception {
        return Rego.builder().builtins(TestBuiltins.table()).module("t.rego", "package t\n" + module + "\n").build();
    }

    private static QueryResult eval(String module, String query) throws Exception {
        return rego(module).prepare(query).eval((Value) null);
    }

    @Test
    void unsafeVar_isCompileError() {
        assertThatThrownBy(() -> rego("p if { x > 1 }"))
                .isInstanceOf(RegoCompileException.class)
                .hasMessageContaining("rego_unsafe_var_error: var x is unsafe");
    }

    @Test
    void unsafeHeadVar_isCompileError() {
        assertThatThrownBy(() -> rego("p contains x if { true }"))
                .hasMessageContaining("var x is unsafe");
    }

    @Test
    void negatedUnboundVar_isUnsafe() {
        assertThatThrownBy(() -> rego("q contains 1\np if { not q[x] }"))
                .hasMessageContaining("var x is unsafe");
    }

    @Test
    void redeclaredVar_isCompileError() {
        assertThatThrownBy(() -> rego("p if { x := 1; x := 2 }"))
                .hasMessageContaining("rego_compile_error: var x assigned above");
    }

    @Test
    void ruleAtDataPath_isConflict() {
        assertThatThrownBy(() -> Rego.builder().module("c.rego", "package base\nk := 1")
                .data((dev.windlass.rego.value.ObjectValue) dev.windlass.rego.value.Values.parseJson("{\"base\":{\"k\":\"v\"}}"))
                .build())
                .hasMessageContaining("rego_compile_error: conflicting rule for data path base/k found");
    }

    @Test
    void ruleUnderScalarData_isConflict() {
        assertThatThrownBy(() -> Rego.builder().module("c.rego", "package base.k\nx := 1")
                .data((dev.windlass.rego.value.ObjectValue) dev.windlass.rego.value.Values.parseJson("{\"base\":{\"k\":\"v\"}}"))
                .build())
                .hasMessageContaining("conflicting rule for data path base/k/x found");
    }

    @Test
    void numberKeyIntoOwnPackage_isNotRecursion() throws Exception {
        assertThat(eval("a := [data.t[2]]", "data.t.a").isUndefined()).isTrue();
    }

    @Test
    void recursion_isCompileError() {
        assertThatThrownBy(() -> rego("p if { q }\nq if { p }"))
                .hasMessageContaining("rego_recursion_error: rule data.t.p is recursive");
    }

    @Test
    void unknownFunction_isCompileError() {
        assertThatThrownBy(() -> rego("p := nope(1)"))
                .hasMessageContaining("rego_type_error: undefined function nope");
    }

    @Test
    void compileError_namesFileLineAndColumn() {
        assertThatThrownBy(() -> rego("p if { x > 1 }"))
                .isInstanceOfSatisfying(RegoCompileException.class,
                        e -> assertThat(e.errors().get(0).location().toString()).isEqualTo("t.rego:2:8"));
    }

    @Test
    void unifyOfArraysOfOtherLength_isMatchError() {
        assertThatThrownBy(() -> rego("p if { [x, y] = [1, 2, 3] }"))
                .hasMessageContaining("rego_type_error: match error");
    }

    @Test
    void arrayPatternAgainstObject_isMatchError() {
        assertThatThrownBy(() -> rego("p if { [x] = {\"k\": 1} }"))
                .hasMessageContaining("rego_type_error: match error");
    }

    @Test
    void objectPatternWithOtherConstantKeys_isMatchError() {
        assertThatThrownBy(() -> rego("p if { {\"a\": x} = {\"b\": 1} }"))
                .hasMessageContaining("rego_type_error: match error");
    }

    @Test
    void withOnLocalVariable_isCompileError() {
        assertThatThrownBy(() -> rego("q := 1\np if { x := 1; q with x as 2 }"))
                .hasMessageContaining("with keyword target must reference existing input, data, or a function");
    }

    @Test
    void completeRuleConflict_isEvalConflictError() throws Exception {
        PreparedQuery q = rego("p := 1\np := 2").prepare("data.t.p");
        assertThatThrownBy(() -> q.eval((Value) null))
                .isInstanceOfSatisfying(RegoEvalException.class, e -> {
                    assertThat(e.code()).isEqualTo("eval_conflict_error");
                    assertThat(e.detail()).isEqualTo("complete rules must not produce multiple outputs");
                });
    }

    @Test
    void functionConflict_isEvalConflictError() throws Exception {
        PreparedQuery q = rego("f(x) := 1\nf(x) := 2\np := f(0)").prepare("data.t.p");
        assertThatThrownBy(() -> q.eval((Value) null))
                .hasMessageContaining("functions must not produce multiple outputs for same inputs");
    }

    @Test
    void partialObjectConflict_isEvalConflictError() throws Exception {
        PreparedQuery q = rego("o[k] := v if { some v in [1, 2]; k := \"a\" }").prepare("data.t.o");
        assertThatThrownBy(() -> q.eval((Value) null)).hasMessageContaining("object keys must be unique");
    }

    @Test
    void objectComprehensionConflict_isEvalConflictError() throws Exception {
        PreparedQuery q = rego("p := {\"a\": v | some v in [1, 2]}").prepare("data.t.p");
        assertThatThrownBy(() -> q.eval((Value) null)).hasMessageContaining("object keys must be unique");
    }

    @Test
    void builtinTypeError_isUndefinedByDefault() throws Exception {
        assertThat(eval("p := count(1)", "data.t.p").isUndefined()).isTrue();
    }

    @Test
    void builtinTypeError_failsWhenStrict() throws Exception {
        Rego rego = Rego.builder().builtins(TestBuiltins.table()).strictBuiltinErrors(true)
                .module("t.rego", "package t\np := count(1)").build();
        assertThatThrownBy(() -> rego.prepare("data.t.p").eval((Value) null))
                .isInstanceOfSatisfying(RegoEvalException.class, e -> {
                    assertThat(e.code()).isEqualTo("eval_type_error");
                    assertThat(e.location().line()).isEqualTo(2);
                });
    }

    @Test
    @Timeout(30) // hang guard: the loop must be stopped by the evaluation's own budget
    void timeout_isEvalCancelError() throws Exception {
        String module = "p := count([1 | some a in numbers; some b in numbers; some c in numbers])\n"
                + "numbers := [x | some x in [0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,"
                + "26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49]]";
        PreparedQuery q = rego(module).prepare("data.t.p");
        assertThatThrownBy(() -> q.eval(EvalRequest.of(null).withTimeout(Duration.ofNanos(1))))
                .isInstanceOfSatisfying(RegoEvalException.class,
                        e -> assertThat(e.getMessage()).contains("eval_cancel_error: timed out"));
    }

    @Test
    void depthBound_isEvalDepthError() throws Exception {
        PreparedQuery q = rego(chain(20)).prepare("data.t.p0");
        assertThatThrownBy(() -> q.eval(EvalRequest.of(null).withMaxDepth(10)))
                .isInstanceOfSatisfying(RegoEvalException.class, e -> assertThat(e.code()).isEqualTo("eval_depth_error"));
    }

    @Test
    void deepRecursion_doesNotOverflowTheStack() throws Exception {
        PreparedQuery q = rego(chain(3000)).prepare("data.t.p0");
        QueryResult r = q.eval(EvalRequest.of(null).withMaxDepth(100_000));
        assertThat(r.solutions().get(0).expressions().get(0)).isEqualTo(NumberValue.of(3000));
    }

    /** Rules p0 .. pN where each adds one to the next: N nested rule evaluations. */
    private static String chain(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("p").append(i).append(" := p").append(i + 1).append(" + 1\n");
        }
        return sb.append("p").append(n).append(" := 0\n").toString();
    }

    @Test
    void print_writesToSinkWithUndefinedMarker() throws Exception {
        List<String> lines = new ArrayList<>();
        rego("p if { print(\"hi\", 1, input.nope) }").prepare("data.t.p")
                .eval(EvalRequest.of(null).withPrint(lines::add));
        assertThat(lines).containsExactly("hi 1 <undefined>");
    }

    @Test
    void print_outputBeforeAnErrorIsKept() throws Exception {
        List<String> lines = new ArrayList<>();
        PreparedQuery q = rego("a := 1 if { print(\"before\") }\np := 1 if { a }\np := 2 if { a }").prepare("data.t.p");
        assertThatThrownBy(() -> q.eval(EvalRequest.of(null).withPrint(lines::add)))
                .isInstanceOf(RegoEvalException.class);
        assertThat(lines).containsExactly("before");
    }

    @Test
    void print_writesCompositeValuesAsRegoLiterals() throws Exception {
        List<String> lines = new ArrayList<>();
        rego("p if { print({\"a\": [1, \"x\"]}, {2, 1}, set()) }").prepare("data.t.p")
                .eval(EvalRequest.of(null).withPrint(lines::add));
        assertThat(lines).containsExactly("{\"a\": [1, \"x\"]} {1, 2} set()");
    }

    @Test
    void trace_isTrueAndPrintsNothing() throws Exception {
        List<String> lines = new ArrayList<>();
        QueryResult r = rego("p if { trace(\"note\") }").prepare("data.t.p").eval(EvalRequest.of(null).withPrint(lines::add));
        assertThat(r.solutions().get(0).expressions().get(0)).isEqualTo(dev.windlass.rego.value.BoolValue.TRUE);
        assertThat(lines).isEmpty();
    }

    @Test
    void nondeterministicBuiltin_isCachedPerEvaluation() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        Builtin counter = new Builtin("test.next", 1, (ctx, a) -> NumberValue.of(calls.incrementAndGet()), false);
        Rego rego = Rego.builder().builtins(TestBuiltins.table().with(counter))
                .module("t.rego", "package t\np := [test.next(\"a\"), test.next(\"a\"), test.next(\"b\")]").build();
        PreparedQuery q = rego.prepare("data.t.p");
        assertThat(q.eval((Value) null).solutions().get(0).expressions().get(0).toJson()).isEqualTo("[1,1,2]");
        assertThat(q.eval((Value) null).solutions().get(0).expressions().get(0).toJson()).isEqualTo("[3,3,4]");
    }

    @Test
    void completeRule_isComputedOncePerEvaluation() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        Builtin counter = new Builtin("test.count", 1, (ctx, a) -> NumberValue.of(calls.incrementAndGet()), true);
        Rego rego = Rego.builder().builtins(TestBuiltins.table().with(counter))
                .module("t.rego", "package t\nq := test.count(1)\np := [q, q, q]").build();
        rego.prepare("data.t.p").eval((Value) null);
        assertThat(calls.get()).isEqualTo(1);
    }

    @Test
    void constantRule_stopsAtFirstSolutionLikeOpa() throws Exception {
        Rego rego = Rego.builder().builtins(TestBuiltins.table()).strictBuiltinErrors(true)
                .module("t.rego", "package t\na := [1, \"x\"]\np if { a[_] + 1 }").build();
        QueryResult r = rego.prepare("data.t.p").eval((Value) null);
        assertThat(r.solutions().get(0).expressions().get(0)).isEqualTo(dev.windlass.rego.value.BoolValue.TRUE);
    }

    @Test
    void builtinContext_seesRequestClock() throws Exception {
        Builtin now = new Builtin("test.now", 0, (ctx, a) -> StringValue.of(ctx.now().toString()), true);
        Rego rego = Rego.builder().builtins(TestBuiltins.table().with(now))
                .module("t.rego", "package t\np := test.now()").build();
        QueryResult r = rego.prepare("data.t.p").eval(EvalRequest.of(null).withNow(Instant.EPOCH));
        assertThat(r.solutions().get(0).expressions().get(0)).isEqualTo(StringValue.of("1970-01-01T00:00:00Z"));
    }

    @Test
    void builtinFailure_carriesCallLocationWhenStrict() throws Exception {
        Builtin boom = new Builtin("test.boom", 1, (ctx, a) -> {
            throw BuiltinException.failed("test.boom", "no");
        }, true);
        Rego rego = Rego.builder().builtins(TestBuiltins.table().with(boom)).strictBuiltinErrors(true)
                .module("t.rego", "package t\np := 1 if {\n  test.boom(1)\n}").build();
        assertThatThrownBy(() -> rego.prepare("data.t.p").eval((Value) null))
                .hasMessage("t.rego:3:3: eval_builtin_error: test.boom: no");
    }

    @Test
    void query_bindingsAndExpressionValues() throws Exception {
        QueryResult r = eval("p := [1, 2]", "x := data.t.p[i]; x > 1");
        assertThat(r.solutions()).hasSize(1);
        QueryResult.Solution s = r.solutions().get(0);
        assertThat(s.bindings().keySet()).containsExactly("x", "i");
        assertThat(s.bindings().get("i")).isEqualTo(NumberValue.of(1));
        assertThat(s.expressions()).extracting(Value::toJson).containsExactly("true", "true");
    }

    @Test
    void query_wildcardsAreNotBindings() throws Exception {
        QueryResult r = eval("p := [1, 2]", "data.t.p[_] = x");
        assertThat(r.solutions()).hasSize(2);
        assertThat(r.solutions().get(0).bindings().keySet()).containsExactly("x");
    }

    @Test
    void query_refExpressionValueIsKeptEvenWhenFalse() throws Exception {
        QueryResult r = eval("p := false", "data.t.p");
        assertThat(r.solutions().get(0).expressions().get(0).toJson()).isEqualTo("false");
    }

    @Test
    void query_loneFalseComparisonAnswersFalse() throws Exception {
        QueryResult r = eval("p := 1", "data.t.p == 2");
        assertThat(r.solutions().get(0).expressions().get(0).toJson()).isEqualTo("false");
    }

    @Test
    void query_falseExpressionAmongOthersFails() throws Exception {
        assertThat(eval("p := false", "x := 1; data.t.p").isUndefined()).isTrue();
    }

    @Test
    void query_falseWithIterationFails() throws Exception {
        assertThat(eval("p := [false]", "data.t.p[_]").isUndefined()).isTrue();
    }

    @Test
    void query_inputUndefinedWhenNull() throws Exception {
        assertThat(eval("p := input", "data.t.p").isUndefined()).isTrue();
    }

    @Test
    void query_expressionTextsFromSource() throws Exception {
        PreparedQuery q = rego("p := 1").prepare("x := data.t.p; x > 0");
        assertThat(q.expressionTexts()).containsExactly("x := data.t.p", "x > 0");
    }

    @Test
    void requestData_isMergedOverBaseAtRoot() throws Exception {
        Rego rego = Rego.builder().builtins(TestBuiltins.table())
                .data((dev.windlass.rego.value.ObjectValue) dev.windlass.rego.value.Values.parseJson("{\"a\":{\"x\":1}}"))
                .module("t.rego", "package t\np := [data.a.x, data.inventory.n]").build();
        QueryResult r = rego.prepare("data.t.p").eval(EvalRequest.of(null).withData(
                (dev.windlass.rego.value.ObjectValue) dev.windlass.rego.value.Values.parseJson("{\"inventory\":{\"n\":2}}")));
        assertThat(r.solutions().get(0).expressions().get(0).toJson()).isEqualTo("[1,2]");
    }

    @Test
    void preparedQuery_isSafeAcrossThreads() throws Exception {
        PreparedQuery q = rego("p := count([x | some x in input.xs])").prepare("data.t.p");
        List<Thread> threads = new ArrayList<>();
        AtomicInteger wrong = new AtomicInteger();
        for (int t = 0; t < 4; t++) {
            int n = t;
            threads.add(new Thread(() -> {
                for (int i = 0; i < 200; i++) {
                    try {
                        Value in = dev.windlass.rego.value.Values.parseJson("{\"xs\":" + List.of(1, 2, 3).subList(0, n % 3 + 1) + "}");
                        Value got = q.eval(in).solutions().get(0).expressions().get(0);
                        if (!got.equals(NumberValue.of(n % 3 + 1))) {
                            wrong.incrementAndGet();
                        }
                    } catch (Exception e) {
                        wrong.incrementAndGet();
                    }
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        assertThat(wrong.get()).isZero();
    }
}
