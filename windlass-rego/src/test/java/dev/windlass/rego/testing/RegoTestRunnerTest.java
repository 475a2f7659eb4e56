package dev.windlass.rego.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.rego.RegoCompileException;
import dev.windlass.rego.RegoParseException;
import dev.windlass.rego.RegoParser;
import dev.windlass.rego.ast.Module;
import dev.windlass.rego.value.NumberValue;
import dev.windlass.rego.value.ObjectValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link RegoTestRunner} end to end: modules compiled and each test evaluated. */
class RegoTestRunnerTest {

    private static List<TestResult> run(String... sources) throws RegoParseException, RegoCompileException {
        return run(ObjectValue.EMPTY, sources);
    }

    private static List<TestResult> run(ObjectValue data, String... sources) throws RegoParseException, RegoCompileException {
        List<Module> modules = new java.util.ArrayList<>();
        for (int i = 0; i < sources.length; i++) {
            modules.add(RegoParser.parse("m" + i + ".rego", sources[i]));
        }
        return RegoTestRunner.create().run(modules, data);
    }

    private static TestOutcome outcome(List<TestResult> results, String name) {
        return results.stream().filter(r -> r.test().name().equals(name)).findFirst().orElseThrow().outcome();
    }

    @Test
    void run_judgesEachTestAsOpaDoes() throws Exception {
        List<TestResult> results = run("""
                package p
                import rego.v1
                allow if input.user == "alice"
                test_pass if allow with input as {"user": "alice"}
                test_false if { false }
                test_undefined if allow
                test_number := 5
                todo_test_later if { false }
                """);

        assertThat(results).extracting(r -> r.test().name())
                .containsExactly("test_pass", "test_false", "test_undefined", "test_number", "todo_test_later");
        assertThat(outcome(results, "test_pass")).isEqualTo(TestOutcome.PASS);
        assertThat(outcome(results, "test_false")).isEqualTo(TestOutcome.FAIL);
        assertThat(outcome(results, "test_undefined")).isEqualTo(TestOutcome.FAIL);
        assertThat(outcome(results, "test_number")).isEqualTo(TestOutcome.FAIL);
        assertThat(outcome(results, "todo_test_later")).isEqualTo(TestOutcome.SKIPPED);
    }

    @Test
    void run_evaluationErrorIsAnErrorWithOpasText() throws Exception {
        List<TestResult> results = run("""
                package p
                import rego.v1
                q := 1 if true
                q := 2 if true
                test_conflict if q == 1
                """);

        assertThat(results.get(0).outcome()).isEqualTo(TestOutcome.ERROR);
        assertThat(results.get(0).error()).startsWith("m0.rego:").contains("eval_conflict_error");
    }

    @Test
    void run_seesTheBaseDocuments() throws Exception {
        ObjectValue data = ObjectValue.ofStrings(Map.of("limit", NumberValue.of(3)));

        assertThat(run(data, "package p\ntest_limit if { data.limit == 3 }\n").get(0).outcome())
                .isEqualTo(TestOutcome.PASS);
    }

    @Test
    void run_testsInAnotherPackageUseImports() throws Exception {
        List<TestResult> results = run("package authz\nimport rego.v1\nallow if input.admin\n", """
                package authz_test
                import rego.v1
                import data.authz.allow
                test_admin if allow with input as {"admin": true}
                test_not_admin if not allow with input as {"admin": false}
                """);

        assertThat(results).extracting(TestResult::outcome).containsOnly(TestOutcome.PASS);
        assertThat(results).extracting(TestResult::fullName)
                .containsExactly("data.authz_test.test_admin", "data.authz_test.test_not_admin");
    }

    @Test
    void run_repeatedNamesRunEachRule() throws Exception {
        List<TestResult> results = run("package p\nimport rego.v1\ntest_a if { true }\ntest_a if { false }\n");

        assertThat(results).extracting(r -> r.test().name(), TestResult::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple("test_a", TestOutcome.PASS),
                org.assertj.core.groups.Tuple.tuple("test_a#01", TestOutcome.FAIL));
    }

    @Test
    void run_capturesPrintOutput() throws Exception {
        TestResult r = run("package p\nimport rego.v1\ntest_print if { print(\"hello\") }\n").get(0);

        assertThat(r.outcome()).isEqualTo(TestOutcome.PASS);
        assertThat(r.output()).isEqualTo("hello\n");
    }

    @Test
    void run_caseTableReportsEachCase() throws Exception {
        TestResult r = run("""
                package p
                import rego.v1
                test_double[note] := result if {
                    some c in [{"note": "one", "in": 1, "out": 2}, {"note": "two", "in": 2, "out": 5}]
                    note := c.note
                    result := c.in * 2 == c.out
                }
                """).get(0);

        assertThat(r.outcome()).isEqualTo(TestOutcome.FAIL);
        assertThat(r.subResults()).extracting(SubResult::name, SubResult::fail).containsExactly(
                org.assertj.core.groups.Tuple.tuple("one", false), org.assertj.core.groups.Tuple.tuple("two", true));
    }

    @Test
    void run_modulesThatDoNotCompileThrow() {
        assertThatThrownBy(() -> run("package p\nimport rego.v1\ntest_unsafe if { x > 1 }\n"))
                .isInstanceOf(RegoCompileException.class);
    }

    @Test
    void report_endToEnd() throws Exception {
        List<TestResult> results = run("package p\nimport rego.v1\ntest_ok if { true }\ntest_bad if { 1 == 2 }\n");

        assertThat(PrettyReporter.report(results, false)).matches("""
                m0.rego:
                data.p.test_bad: FAIL \\(.+\\)
                -{80}
                PASS: 1/2
                FAIL: 1/2
                """);
    }
}
