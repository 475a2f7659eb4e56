package dev.windlass.kustomize.conformance;

import java.io.PrintStream;
import java.util.List;

/**
 * The outcome of one conformance suite, printed as the lines {@code .ci/run} collects: one per
 * failure and per skipped case, then {@code conformance <suite>: N/M passed, K skipped}.
 */
record CorpusReport(String suite, int passed, int checked, List<String> failures, List<String> skips) {

    CorpusReport {
        failures = List.copyOf(failures);
        skips = List.copyOf(skips);
    }

    String summary() {
        return "conformance " + suite + ": " + passed + "/" + checked + " passed, " + skips.size() + " skipped";
    }

    void print(PrintStream out) {
        failures.forEach(line -> out.println("conformance failure " + suite + " " + line));
        skips.forEach(line -> out.println("conformance skip " + suite + " " + line));
        out.println(summary());
        out.flush();
    }
}
