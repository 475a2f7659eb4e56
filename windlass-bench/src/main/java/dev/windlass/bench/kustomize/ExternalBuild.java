package dev.windlass.bench.kustomize;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A build run as a separate process ({@code kubectl kustomize DIR}, {@code windlass kustomize build DIR}
 * through the launcher script or {@code java -jar windlass.jar kustomize build DIR}), timed from start
 * to exit. Standard output and error go to temporary files,
 * so that the process never waits on a pipe and the timing includes writing the whole output.
 */
final class ExternalBuild {

    private final List<String> command;

    /** {@code command} followed by the directory to build. */
    ExternalBuild(List<String> command) {
        this.command = List.copyOf(command);
    }

    /** {@code kubectl kustomize}. */
    static ExternalBuild kubectl(String kubectl) {
        return new ExternalBuild(List.of(kubectl, "kustomize"));
    }

    /** {@code windlass kustomize build} from the CLI jar, run as {@code ./windlass} runs it (no JVM options). */
    static ExternalBuild windlassCli(String jar) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ExternalBuild(List.of(java.toString(), "-jar", jar, "kustomize", "build"));
    }

    /** {@code windlass kustomize build} through the launcher script, as a user runs it (its JVM options, its archive). */
    static ExternalBuild windlassLauncher(String script) {
        return new ExternalBuild(List.of(script, "kustomize", "build"));
    }

    /** One run's outcome: exit code, output, error text and wall time. */
    record Run(int exitCode, String output, String error, long nanos) {

        boolean succeeded() {
            return exitCode == 0;
        }

        /** Why the run failed, for a report line: exit code and the first line of its error output. */
        String failure() {
            String first = error.strip().lines().filter(line -> !line.startsWith("# Warning")).findFirst().orElse("");
            return "exit code " + exitCode + (first.isEmpty() ? "" : ": " + first);
        }
    }

    /** The command line for {@code directory}, for messages. */
    String describe(Path directory) {
        return String.join(" ", arguments(directory));
    }

    /** Runs the build of {@code directory} once and waits for it. */
    Run run(Path directory) throws IOException, InterruptedException {
        Path out = Files.createTempFile("windlass-bench-out", ".yaml");
        Path err = Files.createTempFile("windlass-bench-err", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(arguments(directory))
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            long begin = System.nanoTime();
            Process process = builder.start();
            int exit = process.waitFor();
            long nanos = System.nanoTime() - begin;
            return new Run(exit, Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8), nanos);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private List<String> arguments(Path directory) {
        List<String> arguments = new ArrayList<>(command);
        arguments.add(directory.toString());
        return arguments;
    }
}
