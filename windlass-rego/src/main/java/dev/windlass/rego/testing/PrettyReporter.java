package dev.windlass.rego.testing;

import java.util.ArrayList;
import java.util.List;

/**
  * Writes test results as {@code opa test}'s pretty reporter does. Without verbose, only tests that
  * did not pass are listed (grouped under their file), then a line of dashes and the counts
  * ({@code PASS: n/m}, {@code FAIL: …}, {@code SKIPPED: …}, {@code ERROR: …}); when every test
  * passed only {@code PASS: n/m} is printed. Verbose lists every test with its duration, after a
  * {@code FAILURES} section when some failed. (OPA also prints an evaluation trace under each
  * failure in verbose mode; Windlass has no tracer, so that part is empty.)
  */
public final class PrettyReporter {
    private static final String RULE = "-".repeat(80);

    private PrettyReporter() {}

    /** The report text, ending with a newline (empty when no test ran). */
    public static String report(List<TestResult> results, boolean verbose) {
        StringBuilder out = new StringBuilder();
        Counts counts = Counts.of(results);
        if (counts.fail > 0 && verbose) {
            failures(out, results);
        }
        boolean dirty = summary(out, results, verbose);
        if (dirty) {
            out.append(RULE).append('\n');
        }
        counts.print(out);
        return out.toString();
    }

    private static void failures(StringBuilder out, List<TestResult> results) {
        out.append("FAILURES\n").append(RULE).append('\n');
        for (TestResult r : results) {
            if (r.outcome() != TestOutcome.FAIL) {
                continue;
            }
            out.append(line(r)).append("\n\n");
            if (!r.subResults().isEmpty()) {
                out.append('\n');
                failedLeaves(out, r.subResults(), List.of());
            }
            out.append('\n');
        }
        out.append("SUMMARY\n").append(RULE).append('\n');
    }

    /** Each failed leaf case, preceded by every name above it, one more level indented each. */
    private static void failedLeaves(StringBuilder out, List<SubResult> subs, List<String> above) {
        for (SubResult sub : subs) {
            List<String> lineage = new ArrayList<>(above);
            lineage.add(sub.name());
            if (!sub.children().isEmpty()) {
                failedLeaves(out, sub.children(), lineage);
            } else if (sub.fail()) {
                for (int i = 0; i < lineage.size(); i++) {
                    out.append("  ".repeat(i + 1)).append(lineage.get(i)).append(": FAIL\n");
                }
            }
        }
    }

    private static boolean summary(StringBuilder out, List<TestResult> results, boolean verbose) {
        boolean dirty = false;
        String lastFile = null;
        for (TestResult r : results) {
            if (!verbose && r.passed()) {
                continue;
            }
            String file = r.location() == null ? null : r.location().file();
            if (file != null && !file.equals(lastFile)) {
                if (lastFile != null) {
                    out.append('\n');
                }
                out.append(file).append(":\n");
                lastFile = file;
            }
            dirty = true;
            out.append(line(r)).append('\n');
            cases(out, r.subResults(), 1, verbose);
            if (!r.output().isEmpty()) {
                out.append('\n').append(indent(r.output().strip())).append("\n\n");
            }
            if (r.error() != null) {
                out.append(indent(r.error())).append('\n');
            }
        }
        return dirty;
    }

    private static void cases(StringBuilder out, List<SubResult> subs, int depth, boolean verbose) {
        for (SubResult sub : subs) {
            if (sub.fail() || verbose) {
                out.append("  ".repeat(depth)).append(sub.name()).append(sub.fail() ? ": FAIL\n" : ": PASS\n");
            }
            cases(out, sub.children(), depth + 1, verbose);
        }
    }

    /** {@code data.pkg.test_x: PASS (1.2ms)}, or {@code …: SKIPPED} without a duration. */
    static String line(TestResult r) {
        if (r.outcome() == TestOutcome.SKIPPED) {
            return r.fullName() + ": SKIPPED";
        }
        return r.fullName() + ": " + r.outcome() + " (" + GoDuration.format(r.duration()) + ")";
    }

    private static String indent(String text) {
        List<String> lines = new ArrayList<>();
        for (String l : text.split("\n", -1)) {
            lines.add("  " + l);
        }
        return String.join("\n", lines);
    }

    /** The totals; a test with named cases counts each leaf case instead of itself. */
    private record Counts(int pass, int fail, int skip, int error) {
        static Counts of(List<TestResult> results) {
            int[] c = new int[4];
            for (TestResult r : results) {
                if (r.outcome() == TestOutcome.SKIPPED) {
                    c[2]++;
                } else if (r.outcome() == TestOutcome.ERROR) {
                    c[3]++;
                } else if (!r.subResults().isEmpty()) {
                    leaves(r.subResults(), c);
                } else if (r.passed()) {
                    c[0]++;
                } else {
                    c[1]++;
                }
            }
            return new Counts(c[0], c[1], c[2], c[3]);
        }

        private static void leaves(List<SubResult> subs, int[] c) {
            for (SubResult sub : subs) {
                if (!sub.children().isEmpty()) {
                    leaves(sub.children(), c);
                } else if (sub.fail()) {
                    c[1]++;
                } else {
                    c[0]++;
                }
            }
        }

        void print(StringBuilder out) {
            int total = pass + fail + skip + error;
            append(out, "PASS", pass, total);
            append(out, "FAIL", fail, total);
            append(out, "SKIPPED", skip, total);
            append(out, "ERROR", error, total);
        }

        private static void append(StringBuilder out, String label, int n, int total) {
            if (n != 0) {
                out.append(label).append(": ").append(n).append('/').append(total).append('\n');
            }
        }
    }
}
