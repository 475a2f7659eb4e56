package dev.windlass.cli.policy;

import dev.windlass.policy.gator.Results.CaseResult;
import dev.windlass.policy.gator.Results.SuiteResult;
import dev.windlass.policy.gator.Results.TestResult;
import java.io.PrintWriter;
import java.util.List;

/**
  * Prints suite results as {@code gator verify} does (its Go-test-like report, without timings so
  * that output is reproducible): failed cases and tests with their reasons, {@code ok} or
  * {@code FAIL} per suite, then {@code PASS} or {@code FAIL} and a case count.
  */
final class VerifyReport {
    private final PrintWriter out;
    private final boolean verbose;

    VerifyReport(PrintWriter out, boolean verbose) {
        this.out = out;
        this.verbose = verbose;
    }

    void suite(SuiteResult r) {
        r.tests().forEach(this::test);
        if (r.failed()) {
            out.println("FAIL\t" + r.path());
            if (r.error() != null) {
                out.println("  " + r.error());
            }
        } else {
            out.println("ok\t" + r.path() + (r.skipped() ? "\t(skipped)" : ""));
        }
    }

    private void test(TestResult t) {
        if (verbose) {
            out.println((t.skipped() ? "=== SKIP  " : "=== RUN   ") + t.name());
            if (t.skipped()) {
                return;
            }
        }
        t.cases().forEach(this::testCase);
        if (t.failed()) {
            out.println("--- FAIL: " + t.name());
            if (t.error() != null) {
                out.println("  " + t.error());
            }
        } else if (verbose) {
            out.println("--- PASS: " + t.name());
        }
    }

    private void testCase(CaseResult c) {
        if (verbose) {
            out.println((c.skipped() ? "    === SKIP  " : "    === RUN   ") + c.name());
            if (c.skipped()) {
                return;
            }
        }
        if (c.failed()) {
            out.println("    --- FAIL: " + c.name());
            out.println("        " + c.error());
        } else if (verbose) {
            out.println("    --- PASS: " + c.name());
        }
    }

    void summary(List<SuiteResult> results) {
        boolean failed = results.stream().anyMatch(SuiteResult::failed);
        out.println(failed ? "FAIL" : "PASS");
        long passed = results.stream().mapToLong(SuiteResult::passedCases).sum();
        long failures = results.stream().mapToLong(SuiteResult::failedCases).sum();
        out.println(passed + " passed, " + failures + " failed");
    }
}
