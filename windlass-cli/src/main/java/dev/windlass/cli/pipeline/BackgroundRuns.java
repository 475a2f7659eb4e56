package dev.windlass.cli.pipeline;

import dev.windlass.model.KubeObject;
import dev.windlass.pipelines.run.RunListener;
import dev.windlass.pipelines.run.RunState;
import dev.windlass.pipelines.triggers.RunLauncher;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Starts the runs an EventListener renders, each on its own thread, through {@link LocalRuns} (which
 * queues runs of one concurrency key): prints {@code started PipelineRun <name>} at once and the
 * summary line when it ends; step logs go to the run store ({@code windlass pipeline logs}).
 */
public final class BackgroundRuns implements RunLauncher, AutoCloseable {

    private final LocalRuns runs;
    private final Consumer<String> printer;
    private final Consumer<RunState> onFinished;
    private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "windlass-pipeline-run");
        thread.setDaemon(true);
        return thread;
    });

    /** {@code printer} gets whole lines; {@code onFinished} each final state (a refresh of the applications, say). */
    public BackgroundRuns(LocalRuns runs, Consumer<String> printer, Consumer<RunState> onFinished) {
        this.runs = runs;
        this.printer = printer;
        this.onFinished = onFinished;
    }

    @Override
    public void launch(KubeObject submitted) {
        KubeObject run = LocalRuns.named(submitted);
        printer.accept("started " + run.kind() + " " + run.namespace() + "/" + run.name()
                + " (windlass pipeline logs " + run.name() + ")");
        threads.submit(() -> {
            try {
                RunState done = runs.run(run, new RunListener() {
                    @Override
                    public void note(String message) {
                        printer.accept(run.name() + ": " + message);
                    }
                });
                printer.accept(RunSummary.line(done, Clock.systemUTC().instant()));
                onFinished.accept(done);
            } catch (RuntimeException e) {
                printer.accept(run.kind() + " " + run.name() + " could not run: " + e.getMessage());
            }
        });
    }

    @Override
    public void close() {
        threads.shutdownNow();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        runs.close();
    }
}
