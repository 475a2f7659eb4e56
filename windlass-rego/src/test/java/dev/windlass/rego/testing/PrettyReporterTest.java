package dev.windlass.rego.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.rego.ast.Location;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrettyReporterTest {

    private static TestResult result(String file, String name, TestOutcome outcome, String error, String output,
            List<SubResult> subs) {
        TestCase test = new TestCase("data.foo.bar", name, new Location(file, 1, 1),
                outcome == TestOutcome.SKIPPED, List.of("foo", "bar", name), !subs.isEmpty());
        Duration d = outcome == TestOutcome.SKIPPED ? Duration.ZERO : Duration.ofNanos(1500);
        return new TestResult(test, outcome, d, error, output, subs);
    }

    private static TestResult pass(String file, String name) {
        return result(file, name, TestOutcome.PASS, null, "", List.of());
    }

    @Test
    void report_allPassingPrintsOnlyTheCount() {
        String out = PrettyReporter.report(List.of(pass("a.rego", "test_a"), pass("a.rego", "test_b")), false);

        assertThat(out).isEqualTo("PASS: 2/2\n");
    }

    @Test
    void report_noTestsPrintsNothing() {
        assertThat(PrettyReporter.report(List.of(), false)).isEmpty();
    }

    @Test
    void report_listsWhatDidNotPassGroupedByFile() {
        List<TestResult> results = List.of(
                pass("policy1.rego", "test_baz"),
                result("policy1.rego", "test_qux", TestOutcome.ERROR, "some err", "", List.of()),
                result("policy1.rego", "test_corge", TestOutcome.FAIL, null, "", List.of()),
                result("policy1.rego", "todo_test_qux", TestOutcome.SKIPPED, null, "", List.of()),
                result("policy2.rego", "test_print_fail", TestOutcome.FAIL, null, "fake print output2\n", List.of()),
                result("policy3.rego", "test_quz", TestOutcome.FAIL, null, "", List.of()));

        assertThat(PrettyReporter.report(results, false)).isEqualTo("""
                policy1.rego:
                data.foo.bar.test_qux: ERROR (1.5µs)
                  some err
                data.foo.bar.test_corge: FAIL (1.5µs)
                data.foo.bar.todo_test_qux: SKIPPED

                policy2.rego:
                data.foo.bar.test_print_fail: FAIL (1.5µs)

                  fake print output2


                policy3.rego:
                data.foo.bar.test_quz: FAIL (1.5µs)
                --------------------------------------------------------------------------------
                PASS: 1/6
                FAIL: 3/6
                SKIPPED: 1/6
                ERROR: 1/6
                """);
    }

    @Test
    void report_verboseListsEveryTestAfterAFailuresSection() {
        List<TestResult> results = List.of(
                pass("p.rego", "test_ok"),
                result("p.rego", "test_bad", TestOutcome.FAIL, null, "", List.of()));

        assertThat(PrettyReporter.report(results, true)).isEqualTo("""
                FAILURES
                --------------------------------------------------------------------------------
                data.foo.bar.test_bad: FAIL (1.5µs)


                SUMMARY
                --------------------------------------------------------------------------------
                p.rego:
                data.foo.bar.test_ok: PASS (1.5µs)
                data.foo.bar.test_bad: FAIL (1.5µs)
                --------------------------------------------------------------------------------
                PASS: 1/2
                FAIL: 1/2
                """);
    }

    @Test
    void report_verboseWithoutFailuresHasNoFailuresSection() {
        assertThat(PrettyReporter.report(List.of(pass("p.rego", "test_ok")), true)).isEqualTo("""
                p.rego:
                data.foo.bar.test_ok: PASS (1.5µs)
                --------------------------------------------------------------------------------
                PASS: 1/1
                """);
    }

    @Test
    void report_verboseFailuresNameEveryLevelAboveAFailedCase() {
        List<SubResult> subs = List.of(new SubResult("two", true, List.of(
                new SubResult("foo", true, List.of()), new SubResult("bar", true, List.of()))));
        List<TestResult> results = List.of(result("p.rego", "test_nested", TestOutcome.FAIL, null, "", subs));

        assertThat(PrettyReporter.report(results, true)).startsWith("""
                FAILURES
                --------------------------------------------------------------------------------
                data.foo.bar.test_nested: FAIL (1.5µs)


                  two: FAIL
                    foo: FAIL
                  two: FAIL
                    bar: FAIL

                SUMMARY
                """);
    }

    @Test
    void report_caseTableCountsLeavesAndShowsFailedCases() {
        List<SubResult> subs = List.of(
                new SubResult("bar", true, List.of()),
                new SubResult("baz", false, List.of()),
                new SubResult("two", true, List.of(new SubResult("foo", true, List.of()),
                        new SubResult("qux", false, List.of()))));
        List<TestResult> results = List.of(result("p.rego", "test_cases", TestOutcome.FAIL, null, "", subs));

        assertThat(PrettyReporter.report(results, false)).isEqualTo("""
                p.rego:
                data.foo.bar.test_cases: FAIL (1.5µs)
                  bar: FAIL
                  two: FAIL
                    foo: FAIL
                --------------------------------------------------------------------------------
                PASS: 2/4
                FAIL: 2/4
                """);
    }
}
