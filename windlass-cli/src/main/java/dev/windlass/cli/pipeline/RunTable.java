package dev.windlass.cli.pipeline;

import dev.windlass.cli.TextColumns;
import dev.windlass.pipelines.run.RunState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The run table of {@code windlass pipeline list}: NAME, STARTED (how long ago), DURATION and
 * STATUS as {@code tkn pipelinerun list} prints them; {@code -o wide} adds NAMESPACE, KIND and
 * what the run runs.
 */
final class RunTable {

    private RunTable() {
    }

    static String render(List<RunState> runs, boolean wide, Instant now) {
        List<String[]> rows = new ArrayList<>();
        rows.add(wide ? new String[] {"NAMESPACE", "NAME", "KIND", "RUNS", "STARTED", "DURATION", "STATUS"}
                : new String[] {"NAME", "STARTED", "DURATION", "STATUS"});
        for (RunState run : runs) {
            String started = run.started().map(s -> ago(Duration.between(s, now)) + " ago").orElse("---");
            String duration = run.started().isPresent() ? RunSummary.seconds(RunSummary.elapsed(run, now)) : "---";
            String status = RunSummary.status(run);
            rows.add(wide ? new String[] {run.namespace(), run.name(), run.kind(), target(run), started, duration, status}
                    : new String[] {run.name(), started, duration, status});
        }
        return TextColumns.align(rows, 3);
    }

    private static String target(RunState run) {
        String ref = run.kind().equals("PipelineRun") ? "pipelineRef" : "taskRef";
        return run.object().field(dev.windlass.model.tree.FieldPath.of("spec", ref, "name"))
                .filter(n -> n instanceof dev.windlass.model.tree.StringNode)
                .map(n -> ((dev.windlass.model.tree.StringNode) n).value())
                .orElse("(embedded)");
    }

    /** {@code 5 seconds}, {@code 3 minutes}, {@code 2 hours}, {@code 4 days}, as tkn words ages. */
    static String ago(Duration age) {
        long seconds = Math.max(0, age.getSeconds());
        if (seconds < 60) {
            return plural(seconds, "second");
        }
        if (seconds < 3600) {
            return plural(seconds / 60, "minute");
        }
        if (seconds < 86_400) {
            return plural(seconds / 3600, "hour");
        }
        return plural(seconds / 86_400, "day");
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
