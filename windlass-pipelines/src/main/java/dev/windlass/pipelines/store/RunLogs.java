package dev.windlass.pipelines.store;

import dev.windlass.pipelines.run.RunListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a run's step output beside its state: {@code runs/<namespace>/<name>/logs/<taskRun>/<step>.log},
 * one file per step with standard output and error interleaved as they came, plus an {@code index}
 * recording the order in which steps first wrote. {@link #read} gives the lines back in that order,
 * each step's lines together. Thread-safe.
 */
public final class RunLogs implements RunListener {

    private static final String INDEX = "index";

    private final Path dir;
    private final Set<String> seen = new HashSet<>();

    public RunLogs(Path root, String namespace, String name) {
        this.dir = RunPaths.logs(root.toAbsolutePath().normalize(), namespace, name);
    }

    @Override
    public synchronized void log(String taskRunName, String pipelineTask, String step, String line, boolean stderr) {
        RunPaths.checkSegment(taskRunName, "TaskRun name");
        RunPaths.checkSegment(step, "step name");
        try {
            Path file = dir.resolve(taskRunName).resolve(step + ".log");
            if (seen.add(taskRunName + "/" + step)) {
                Files.createDirectories(file.getParent());
                append(dir.resolve(INDEX), taskRunName + "\t" + (pipelineTask == null ? "" : pipelineTask) + "\t"
                        + step);
            }
            append(file, line);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the log of " + taskRunName + "/" + step + " in " + dir, e);
        }
    }

    private static void append(Path file, String line) throws IOException {
        Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    /** Every logged line of a run, step after step in the order the steps first wrote; empty when none. */
    public static List<LogLine> read(Path root, String namespace, String name) {
        Path dir = RunPaths.logs(root.toAbsolutePath().normalize(), namespace, name);
        Path index = dir.resolve(INDEX);
        List<LogLine> lines = new ArrayList<>();
        if (!Files.isRegularFile(index)) {
            return lines;
        }
        try {
            for (String entry : Files.readAllLines(index, StandardCharsets.UTF_8)) {
                String[] parts = entry.split("\t", -1);
                if (parts.length != 3) {
                    continue;
                }
                Path file = dir.resolve(parts[0]).resolve(parts[2] + ".log");
                if (Files.isRegularFile(file)) {
                    Files.readAllLines(file, StandardCharsets.UTF_8)
                            .forEach(line -> lines.add(new LogLine(parts[0], parts[1], parts[2], line)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the logs of run " + namespace + "/" + name + " in " + dir, e);
        }
        return lines;
    }
}
