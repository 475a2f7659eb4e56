package dev.windlass.render.conformance;

import java.io.PrintStream;
import java.util.List;

/**
 * The outcome of one conformance suite over one corpus folder. Prints one summary line that
 * {@code .ci/run} collects, after one line per failure and per skipped file:
 *
 * <pre>
 * conformance failure yaml/helm some/file.yaml: what went wrong
 * conformance skip yaml/helm chart/templates/x.yaml: why
 * conformance yaml/helm: 280/291 passed, 107 skipped
 * </pre>
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
