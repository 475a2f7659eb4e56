package dev.windlass.rego.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.rego.RegoCompileException;
import dev.windlass.rego.RegoParser;
import dev.windlass.rego.TestBuiltins;
import dev.windlass.rego.ast.Literal;
import dev.windlass.rego.value.ObjectValue;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Literal reordering and unsafe-variable detection, checked on the schedule the compiler stores. */
class SafetyTest {
    /** Compiles {@code p if { BODY }} and returns the body's literals as source text in scheduled order. */
    private static List<String> order(String body) throws Exception {
        String line = "p if { " + body + " }";
        String src = "package t\nq contains 1\n" + line + "\n";
        Policy policy = Compiler.compile(List.of(RegoParser.parse("t.rego", src)), ObjectValue.EMPTY,
                TestBuiltins.table(), false);
        RuleGroup g = policy.groups.get("t.p");
        List<Literal> scheduled = policy.schedules.get(g.rules.get(0).body());
        List<String> out = new ArrayList<>();
        for (Literal l : scheduled) {
            int start = l.location().column() - 1;
            int end = line.indexOf(';', start);
            end = end < 0 ? line.lastIndexOf('}') : end;
            out.add(line.substring(start, end).strip());
        }
        return out;
    }

    @Test
    void safeBody_keepsSourceOrder() throws Exception {
        assertThat(order("x := 1; y := x + 1; y > 1")).containsExactly("x := 1", "y := x + 1", "y > 1");
    }

    @Test
    void negation_movesAfterTheBindingOfItsVar() throws Exception {
        assertThat(order("not q[x]; x = 1")).containsExactly("x = 1", "not q[x]");
    }

    @Test
    void comparison_movesAfterBothOperandsAreBound() throws Exception {
        assertThat(order("x > y; x = 2; y = 1")).containsExactly("x = 2", "y = 1", "x > y");
    }

    @Test
    void comprehension_waitsForOuterVarsItUses() throws Exception {
        assertThat(order("ys := [z | z := n]; n := 1")).containsExactly("n := 1", "ys := [z | z := n]");
    }

    @Test
    void unifyOfTwoVars_waitsForOneSide() throws Exception {
        assertThat(order("a = b; b = 1")).containsExactly("b = 1", "a = b");
    }

    @Test
    void refKeyVar_isBoundByIteration() throws Exception {
        assertThat(order("x == 1; [1, 2][x]")).containsExactly("[1, 2][x]", "x == 1");
    }

    @Test
    void outputArgument_bindsLikeAssignment() throws Exception {
        assertThat(order("n > 1; count([1, 2], n)")).containsExactly("count([1, 2], n)", "n > 1");
    }

    @Test
    void declarationAfterUse_isReferencedAboveError() {
        assertThatThrownBy(() -> order("v > 1; some v in [1, 2]"))
                .hasMessageContaining("rego_compile_error: var v referenced above");
    }

    @Test
    void someIn_bindsItsPatternVarsForLaterLiterals() throws Exception {
        assertThat(order("some v in [1, 2]; v > 1")).containsExactly("some v in [1, 2]", "v > 1");
    }

    @Test
    void neverBoundVar_isReportedOnce() {
        assertThatThrownBy(() -> order("x > 1; x < 5"))
                .isInstanceOfSatisfying(RegoCompileException.class, e -> assertThat(e.errors())
                        .extracting(err -> err.code() + ": " + err.message())
                        .containsExactly("rego_unsafe_var_error: var x is unsafe"));
    }

    @Test
    void nestedDeclaredVar_isReportedByItsSourceName() {
        assertThatThrownBy(() -> order("ys := [z | some z; w > z]"))
                .hasMessageContaining("var w is unsafe");
    }

    @Test
    void bindings_undoRestoresEarlierState() {
        Bindings b = new Bindings();
        b.bind("x", dev.windlass.rego.value.NumberValue.of(1));
        int mark = b.mark();
        b.bind("y", dev.windlass.rego.value.NumberValue.of(2));
        b.undo(mark);
        assertThat(b.isBound("x")).isTrue();
        assertThat(b.isBound("y")).isFalse();
    }

    @Test
    void varDisplay_stripsGeneratedSuffixes() {
        assertThat(Vars.display("x$12")).isEqualTo("x");
        assertThat(Vars.display("$_3")).isEqualTo("_");
        assertThat(Vars.display("plain")).isEqualTo("plain");
    }
}
