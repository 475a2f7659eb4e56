package dev.windlass.cli.pipeline;

import dev.windlass.pipelines.run.ChildRun;
import dev.windlass.pipelines.run.RunState;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * The one-line summary of a finished (or stopped) run, as {@code windlass pipeline run} ends:
 * {@code PipelineRun build-1 Succeeded (4 tasks, 12.3s)}, with the condition's message after a colon
 * when the run did not succeed.
 */
final class RunSummary {

    private RunSummary() {
    }

    static String line(RunState state, Instant now) {
        if (state.condition().reason().endsWith("Pending")) {
            return state.kind() + " " + state.name() + " is pending (spec.status: " + state.condition().reason()
                    + "); nothing ran: run it again without that status to start it";
        }
        StringBuilder line = new StringBuilder();
        line.append(state.kind()).append(' ').append(state.name()).append(' ').append(status(state)).append(" (");
        if (state.kind().equals("PipelineRun")) {
            long tasks = state.children().stream().map(ChildRun::pipelineTask).distinct().count();
            line.append(tasks).append(tasks == 1 ? " task, " : " tasks, ");
            if (!state.skipped().isEmpty()) {
                line.append(state.skipped().size()).append(" skipped, ");
            }
        }
        line.append(seconds(elapsed(state, now))).append(')');
        String message = state.condition().message();
        if (!state.condition().isSucceeded() && !message.isBlank()) {
            line.append(": ").append(message);
        }
        return line.toString();
    }

    /** The condition's reason, or {@code Running}/{@code Pending} while it has none. */
    static String status(RunState state) {
        String reason = state.condition().reason();
        return reason == null || reason.isBlank() ? (state.condition().isDone() ? "Failed" : "Running") : reason;
    }

    static Duration elapsed(RunState state, Instant now) {
        Instant start = state.started().orElse(now);
        Instant end = state.finished().orElse(now);
        return end.isBefore(start) ? Duration.ZERO : Duration.between(start, end);
    }

    /** {@code 12.3s}, {@code 2m5s}, {@code 1h2m}: short, as tkn prints durations. */
    static String seconds(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.1fs", millis / 1000.0);
        }
        long totalSeconds = millis / 1000;
        if (totalSeconds < 3600) {
            return (totalSeconds / 60) + "m" + (totalSeconds % 60) + "s";
        }
        return (totalSeconds / 3600) + "h" + (totalSeconds % 3600 / 60) + "m";
    }
}
