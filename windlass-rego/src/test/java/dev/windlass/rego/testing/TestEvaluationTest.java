package dev.windlass.rego.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.rego.QueryResult;
import dev.windlass.rego.ast.Literal;
import dev.windlass.rego.ast.Location;
import dev.windlass.rego.ast.Term;
import dev.windlass.rego.value.BoolValue;
import dev.windlass.rego.value.NumberValue;
import dev.windlass.rego.value.ObjectValue;
import dev.windlass.rego.value.Value;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TestEvaluationTest {
    private static final TestCase TEST = new TestCase("data.p", "test_x", new Location("p.rego", 2, 1), false,
            List.of("p", "test_x"), false);
    private static final TestCase CASES = new TestCase("data.p", "test_cases", new Location("p.rego", 2, 1), false,
            List.of("p", "test_cases"), true);

    private static QueryResult answer(Value value) {
        return new QueryResult(List.of(new QueryResult.Solution(Map.of(), List.of(value))));
    }

    private static TestOutcome judge(TestCase test, QueryResult result) {
        return TestEvaluation.judge(test, result, Duration.ZERO, "").outcome();
    }

    @Test
    void judge_trueIsAPass() {
        assertThat(judge(TEST, answer(BoolValue.TRUE))).isEqualTo(TestOutcome.PASS);
    }

    @Test
    void judge_undefinedIsAFailure() {
        assertThat(judge(TEST, new QueryResult(List.of()))).isEqualTo(TestOutcome.FAIL);
    }

    @Test
    void judge_falseOrANonBooleanIsAFailure() {
        assertThat(judge(TEST, answer(BoolValue.FALSE))).isEqualTo(TestOutcome.FAIL);
        assertThat(judge(TEST, answer(NumberValue.of(1)))).isEqualTo(TestOutcome.FAIL);
        assertThat(judge(TEST, answer(ObjectValue.ofStrings(Map.of("a", BoolValue.TRUE))))).isEqualTo(TestOutcome.FAIL);
    }

    @Test
    void judge_caseTablePassesWhenEveryCaseIsTrue() {
        ObjectValue all = ObjectValue.ofStrings(Map.of("a", BoolValue.TRUE, "b", BoolValue.TRUE));
        ObjectValue oneBad = ObjectValue.ofStrings(Map.of("a", BoolValue.TRUE, "b", NumberValue.of(2)));

        assertThat(judge(CASES, answer(all))).isEqualTo(TestOutcome.PASS);
        TestResult bad = TestEvaluation.judge(CASES, answer(oneBad), Duration.ZERO, "");
        assertThat(bad.outcome()).isEqualTo(TestOutcome.FAIL);
        assertThat(bad.subResults()).extracting(SubResult::name, SubResult::fail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", false), org.assertj.core.groups.Tuple.tuple("b", true));
    }

    @Test
    void judge_keepsPrintedOutput() {
        assertThat(TestEvaluation.judge(TEST, answer(BoolValue.TRUE), Duration.ZERO, "hello\n").output())
                .isEqualTo("hello\n");
    }

    @Test
    void query_isADataReferenceWithOneStringPerPathPart() {
        Literal.Expr expr = (Literal.Expr) TestEvaluation.query(List.of("p", "test_a#01")).literals().get(0);
        Term.Ref ref = (Term.Ref) expr.term();

        assertThat(((Term.Var) ref.head()).name()).isEqualTo("data");
        assertThat(ref.path()).extracting(t -> ((Term.Str) t).value()).containsExactly("p", "test_a#01");
    }
}
