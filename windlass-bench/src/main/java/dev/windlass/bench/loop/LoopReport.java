package dev.windlass.bench.loop;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outcome of a loop run: one line per metric, {@code loop.<metric> <values>}, in the order
 * measured. Every line starts with {@value #PREFIX} so that {@code bench/run.sh loop} can pick them
 * out of the driver's progress output.
 */
final class LoopReport {

    static final String PREFIX = "loop.";

    private final Map<String, String> lines = new LinkedHashMap<>();
    private final PrintStream progress;

    /** @param progress where each metric is also printed as soon as it is known (null: nowhere) */
    LoopReport(PrintStream progress) {
        this.progress = progress;
    }

    synchronized void put(String metric, String values) {
        lines.put(PREFIX + metric, values);
        if (progress != null) {
            progress.println("  measured " + PREFIX + metric + " " + values);
        }
    }

    /** The report block, one metric per line. */
    synchronized String block() {
        StringBuilder text = new StringBuilder();
        lines.forEach((metric, values) -> text.append(metric).append(' ').append(values).append('\n'));
        return text.toString();
    }
}
