package dev.windlass.pipelines.conformance;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Result;
import dev.windlass.pipelines.local.LocalTaskExecutor;
import dev.windlass.pipelines.model.TektonCatalog;
import dev.windlass.pipelines.run.PipelineRunner;
import dev.windlass.pipelines.run.RunListener;
import dev.windlass.pipelines.run.RunState;
import dev.windlass.pipelines.store.FileRunStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Runs PipelineRuns and TaskRuns read from YAML files the way {@code windlass pipeline run} does
 * locally: a catalog of the files' objects, the {@link PipelineRunner} with the local executor and a
 * file run store under one temporary directory, and a listener that keeps every log line and note.
 */
final class LocalRunHarness {

    private final Path dir;
    private final Map<String, String> environment;
    private final Optional<Path> shell;

    /** A harness keeping its work, volumes and store under {@code dir}; {@code environment} goes to every step. */
    LocalRunHarness(Path dir, Map<String, String> environment) {
        this(dir, environment, Optional.empty());
    }

    /** As above; {@code shell} runs scripts without a {@code #!} line instead of the executor's default. */
    LocalRunHarness(Path dir, Map<String, String> environment, Optional<Path> shell) {
        this.dir = dir;
        this.environment = Map.copyOf(environment);
        this.shell = shell;
    }

    /** True for the objects {@link PipelineRunner#run} takes: PipelineRuns and TaskRuns. */
    static boolean isRun(KubeObject object) {
        return object.apiVersion().startsWith("tekton.dev/")
                && ("PipelineRun".equals(object.kind()) || "TaskRun".equals(object.kind()));
    }

    /** Runs {@code run} against a catalog of {@code objects}; catalog errors give a failed {@link Outcome}. */
    Outcome run(List<KubeObject> objects, KubeObject run) {
        Result<TektonCatalog> read = TektonCatalog.of(objects);
        if (read.hasErrors()) {
            return Outcome.invalid(read.errors());
        }
        TektonCatalog catalog = read.value();
        Recorder recorder = new Recorder();
        PipelineRunner runner = PipelineRunner.builder()
                .catalog(catalog)
                .executor(executor())
                .store(new FileRunStore(dir.resolve("store")))
                .objects((kind, namespace, name) -> catalog.object(kind, namespace, name))
                .listener(recorder)
                .clock(Clock.systemUTC())
                .build();
        RunState state = runner.run(run);
        return new Outcome(state, List.of(), recorder.lines(), recorder.notes());
    }

    private LocalTaskExecutor executor() {
        LocalTaskExecutor.Builder builder = LocalTaskExecutor.builder()
                .workRoot(dir.resolve("work"))
                .volumesRoot(dir.resolve("volumes"))
                .environment(environment);
        shell.ifPresent(builder::shell);
        return builder.build();
    }

    /**
     * How a run ended: its final state (null when the catalog had errors), the catalog's errors,
     * the log lines as {@code pipelineTask/step: line} and the notes.
     */
    record Outcome(RunState state, List<Issue> errors, List<String> lines, List<String> notes) {

        Outcome {
            errors = List.copyOf(errors);
            lines = List.copyOf(lines);
            notes = List.copyOf(notes);
        }

        static Outcome invalid(List<Issue> errors) {
            return new Outcome(null, errors, List.of(), List.of());
        }

        boolean succeeded() {
            return state != null && state.condition().isSucceeded();
        }

        /** One line: the condition, or the catalog errors. */
        String summary() {
            if (state == null) {
                return "invalid: " + errors.stream().map(Issue::format).collect(Collectors.joining("; "));
            }
            return state.condition().status() + " " + state.condition().reason() + ": " + state.condition().message();
        }

        /** The log, one line per entry, for failure messages. */
        String log() {
            return String.join("\n", lines);
        }
    }

    /** Keeps log lines and notes; called from executor threads. */
    private static final class Recorder implements RunListener {
        private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
        private final List<String> notes = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void log(String taskRunName, String pipelineTask, String step, String line, boolean stderr) {
            String task = pipelineTask == null || pipelineTask.isEmpty() ? taskRunName : pipelineTask;
            lines.add(task + "/" + step + (stderr ? " (stderr)" : "") + ": " + line);
        }

        @Override
        public void note(String message) {
            notes.add(message);
        }

        List<String> lines() {
            synchronized (lines) {
                return List.copyOf(lines);
            }
        }

        List<String> notes() {
            synchronized (notes) {
                return List.copyOf(notes);
            }
        }
    }
}
