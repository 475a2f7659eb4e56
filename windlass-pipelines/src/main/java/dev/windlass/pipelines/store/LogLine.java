package dev.windlass.pipelines.store;

/** One line a step wrote, as {@link RunLogs#read} gives it back for {@code windlass pipeline logs}. */
public record LogLine(String taskRun, String pipelineTask, String step, String line) {
}
