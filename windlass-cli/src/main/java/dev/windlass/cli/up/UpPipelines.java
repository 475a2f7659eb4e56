package dev.windlass.cli.up;

import dev.windlass.cli.pipeline.BackgroundRuns;
import dev.windlass.cli.pipeline.GitRedirects;
import dev.windlass.cli.pipeline.LocalRuns;
import dev.windlass.cli.pipeline.PipelineFiles;
import dev.windlass.cli.pipeline.PipelineHome;
import dev.windlass.cli.pipeline.PipelineInputException;
import dev.windlass.cli.trigger.TriggerService;
import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Result;
import dev.windlass.pipelines.model.TektonCatalog;
import dev.windlass.pipelines.run.RunState;
import dev.windlass.pipelines.triggers.TriggerCatalog;
import dev.windlass.pipelines.triggers.TriggerReader;
import dev.windlass.server.triggers.TriggerServerOptions;
import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The Tekton part of {@code windlass up}: serves the EventListeners of the {@code --triggers} files
 * and runs the PipelineRuns they render on this machine, with the steps' git pointed at the local
 * repositories {@code up} maps (so a pipeline that pushes to the GitOps repository reaches the one
 * the applications sync from). When a run succeeds, {@code onSucceeded} refreshes the applications.
 */
final class UpPipelines implements AutoCloseable {

    private final BackgroundRuns runs;
    private final TriggerService.Served served;

    private UpPipelines(BackgroundRuns runs, TriggerService.Served served) {
        this.runs = runs;
        this.served = served;
    }

    /** Why the triggers cannot be served: the files' errors, or the port. */
    static final class StartException extends Exception {
        private static final long serialVersionUID = 1L;

        StartException(String message) {
            super(message);
        }
    }

    static UpPipelines start(List<Path> files, Path home, Map<String, Path> repositories, int port,
            Consumer<String> print, Consumer<RunState> onSucceeded) throws StartException {
        List<KubeObject> objects;
        try {
            objects = PipelineFiles.read(files.stream().map(Path::toString).toList(), InputStream.nullInputStream());
        } catch (PipelineInputException e) {
            throw new StartException(e.getMessage());
        }
        Result<TriggerCatalog> triggers = TriggerReader.read(objects);
        Result<TektonCatalog> tekton = TektonCatalog.of(objects);
        List<Issue> issues = new ArrayList<>(triggers.issues());
        issues.addAll(tekton.issues());
        issues.forEach(issue -> print.accept(issue.format()));
        if (issues.stream().anyMatch(Issue::isError)) {
            throw new StartException("the --triggers files hold errors (above); fix them or pass --no-triggers");
        }
        LocalRuns local = LocalRuns.builder(PipelineHome.of(home)).catalog(tekton.value())
                .environment(GitRedirects.environment(repositories)).build();
        BackgroundRuns runs = new BackgroundRuns(local, print, done -> {
            if (done.condition().isSucceeded()) {
                onSucceeded.accept(done);
            }
        });
        try {
            return new UpPipelines(runs, serve(triggers.value(), objects, runs, port, print));
        } catch (IOException e) {
            runs.close();
            throw new StartException("cannot serve the EventListeners on port " + port + ": " + e.getMessage()
                    + "; choose another --trigger-port");
        }
    }

    private static TriggerService.Served serve(TriggerCatalog catalog, List<KubeObject> objects, BackgroundRuns runs,
            int port, Consumer<String> print) throws IOException {
        TriggerServerOptions options = TriggerServerOptions.DEFAULT.withPort(port);
        try {
            return TriggerService.serve(catalog, PipelineFiles.lookup(objects), runs, options, print);
        } catch (BindException busy) {
            if (port == TriggerServerOptions.DEFAULT.port()) {
                print.accept("windlass: port " + port + " is in use; the EventListeners get a free port instead");
                return TriggerService.serve(catalog, PipelineFiles.lookup(objects), runs, options.withPort(0), print);
            }
            throw busy;
        }
    }

    /** The lines saying where each EventListener listens. */
    List<String> listening() {
        return served.listening();
    }

    @Override
    public void close() {
        served.close();
        runs.close();
    }
}
