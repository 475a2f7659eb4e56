package dev.windlass.bench.sandbox;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a scale run: one line per metric, {@code sandbox.<metric> <values>}, in the order
 * measured. Every line starts with {@value #PREFIX} so that {@code bench/run.sh} can pick them out
 * of the driver's progress output.
 */
final class ScaleReport {

    static final String PREFIX = "sandbox.";

    private final Map<String, String> lines = new LinkedHashMap<>();
    private final PrintStream progress;

    /** @param progress where each metric is also printed as soon as it is known (null: nowhere) */
    ScaleReport(PrintStream progress) {
        this.progress = progress;
    }

    void put(String metric, String values) {
        lines.put(PREFIX + metric, values);
        if (progress != null) {
            progress.println("  measured " + PREFIX + metric + " " + values);
        }
    }

    List<String> metrics() {
        return List.copyOf(lines.keySet());
    }

    String values(String metric) {
        return lines.get(PREFIX + metric);
    }

    /** The report block, one metric per line. */
    String block() {
        StringBuilder text = new StringBuilder();
        lines.forEach((metric, values) -> text.append(metric).append(' ').append(values).append('\n'));
        return text.toString();
    }
}
