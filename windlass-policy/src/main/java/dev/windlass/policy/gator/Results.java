package dev.windlass.policy.gator;

import java.util.List;

/** The results of running suites: per suite, per test, per case, as {@code gator verify} reports them. */
public final class Results {
    private Results() {
    }

    /**
      * One case's outcome.
      *
      * @param error what failed, or null when the case passed or was skipped
      */
    public record CaseResult(String name, boolean skipped, String error) {
        /** Whether the case failed. */
        public boolean failed() {
            return error != null;
        }
    }

    /**
      * One test's outcome.
      *
      * @param error what failed at the test level (template or constraint), or null
      */
    public record TestResult(String name, boolean skipped, String error, List<CaseResult> cases) {
        public TestResult {
            cases = List.copyOf(cases);
        }

        /** Whether the test or any of its cases failed. */
        public boolean failed() {
            return error != null || cases.stream().anyMatch(CaseResult::failed);
        }
    }

    /**
      * One suite's outcome.
      *
      * @param error what failed at the suite level (the file), or null
      */
    public record SuiteResult(String path, boolean skipped, String error, List<TestResult> tests) {
        public SuiteResult {
            tests = List.copyOf(tests);
        }

        /** Whether the suite or any of its tests failed. */
        public boolean failed() {
            return error != null || tests.stream().anyMatch(TestResult::failed);
        }

        /** The cases that ran and passed; a passing test without cases (an {@code invalid} test) counts as one. */
        public long passedCases() {
            long passed = 0;
            for (TestResult t : tests) {
                if (!t.skipped() && !t.failed() && t.cases().isEmpty()) {
                    passed++;
                }
                passed += t.cases().stream().filter(c -> !c.skipped() && !c.failed()).count();
            }
            return passed;
        }

        /** The cases that failed, counting a test that failed before its cases ran as failing all of them. */
        public long failedCases() {
            long failed = 0;
            for (TestResult t : tests) {
                if (t.error() != null && t.cases().isEmpty()) {
                    failed += 1;
                }
                failed += t.cases().stream().filter(CaseResult::failed).count();
            }
            return failed;
        }
    }
}
