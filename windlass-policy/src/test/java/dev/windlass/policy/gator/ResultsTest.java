package dev.windlass.policy.gator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.policy.gator.Results.CaseResult;
import dev.windlass.policy.gator.Results.SuiteResult;
import dev.windlass.policy.gator.Results.TestResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultsTest {
    private static final CaseResult PASS = new CaseResult("p", false, null);
    private static final CaseResult FAIL = new CaseResult("f", false, "boom");
    private static final CaseResult SKIP = new CaseResult("s", true, null);

    @Test
    void counts_skipSkippedCasesAndCountFailures() {
        SuiteResult r = new SuiteResult("s.yaml", false, null,
                List.of(new TestResult("t", false, null, List.of(PASS, FAIL, SKIP))));
        assertThat(r.passedCases()).isEqualTo(1);
        assertThat(r.failedCases()).isEqualTo(1);
        assertThat(r.failed()).isTrue();
    }

    @Test
    void testErrorWithoutCases_countsAsOneFailure() {
        SuiteResult r = new SuiteResult("s.yaml", false, null, List.of(new TestResult("t", false, "no template", List.of())));
        assertThat(r.failedCases()).isEqualTo(1);
        assertThat(r.passedCases()).isZero();
    }

    @Test
    void passingTestWithoutCases_countsAsOnePass() {
        SuiteResult r = new SuiteResult("s.yaml", false, null, List.of(new TestResult("invalid", false, null, List.of())));
        assertThat(r.passedCases()).isEqualTo(1);
        assertThat(r.failed()).isFalse();
    }

    @Test
    void skippedTests_countNothing() {
        SuiteResult r = new SuiteResult("s.yaml", false, null, List.of(new TestResult("t", true, null, List.of())));
        assertThat(r.passedCases()).isZero();
        assertThat(r.failedCases()).isZero();
    }

    @Test
    void suiteError_failsTheSuite() {
        assertThat(new SuiteResult("s.yaml", false, "unreadable", List.of()).failed()).isTrue();
    }
}
