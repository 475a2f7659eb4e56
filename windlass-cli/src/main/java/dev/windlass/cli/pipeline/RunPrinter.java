package dev.windlass.cli.pipeline;

import dev.windlass.pipelines.run.ChildRun;
import dev.windlass.pipelines.run.RunListener;
import dev.windlass.pipelines.run.RunState;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * Streams a run to the terminal as it happens: every step's lines prefixed as {@code tkn} does
 * ({@code [task : step] line}, or {@code [step] line} for a TaskRun), a line when a task starts
 * and when it ends, and notes. Thread-safe: executors call it from their own threads.
 */
final class RunPrinter implements RunListener {

    private final PrintWriter out;
    private final Clock clock;
    private final Map<String, String> lastSeen = new HashMap<>();

    RunPrinter(PrintWriter out, Clock clock) {
        this.out = out;
        this.clock = clock;
    }

    @Override
    public synchronized void log(String taskRunName, String pipelineTask, String step, String line, boolean stderr) {
        String prefix = pipelineTask == null || pipelineTask.isEmpty() ? "[" + step + "] "
                : "[" + pipelineTask + " : " + step + "] ";
        out.println(prefix + line);
        out.flush();
    }

    @Override
    public synchronized void changed(RunState state) {
        for (ChildRun child : state.children()) {
            String now = child.condition().isDone() ? child.condition().reason() : "Running";
            String before = lastSeen.put(child.taskRunName(), now);
            if (now.equals(before)) {
                continue;
            }
            String task = child.pipelineTask().isEmpty() ? child.taskRunName() : child.pipelineTask()
                    + child.matrixIndex().map(i -> "[" + i + "]").orElse("");
            if (!child.condition().isDone()) {
                out.println("windlass: " + task + " started (TaskRun " + child.taskRunName() + ")");
            } else {
                String took = child.started().isPresent() && child.finished().isPresent()
                        ? " in " + RunSummary.seconds(java.time.Duration.between(child.started().get(), child.finished().get()))
                        : "";
                String message = child.condition().isSucceeded() || child.condition().message().isBlank() ? ""
                        : ": " + child.condition().message();
                out.println("windlass: " + task + " " + now + took + message);
            }
        }
        state.skipped().forEach(skip -> {
            if (lastSeen.put("skip/" + skip.name(), skip.reason()) == null) {
                out.println("windlass: " + skip.name() + " skipped: " + skip.reason());
            }
        });
        out.flush();
    }

    @Override
    public synchronized void note(String message) {
        out.println("windlass: " + message);
        out.flush();
    }

    Clock clock() {
        return clock;
    }
}
