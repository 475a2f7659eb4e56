package dev.windlass.cli.trigger;

import dev.windlass.cli.pipeline.BackgroundRuns;
import dev.windlass.cli.pipeline.GitRedirects;
import dev.windlass.cli.pipeline.LocalRuns;
import dev.windlass.cli.pipeline.PipelineFiles;
import dev.windlass.cli.pipeline.PipelineHome;
import dev.windlass.cli.pipeline.PipelineInputException;
import dev.windlass.cli.pipeline.RunOverrides;
import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.pipelines.model.TektonCatalog;
import dev.windlass.pipelines.run.ObjectLookup;
import dev.windlass.model.Result;
import dev.windlass.pipelines.triggers.RunLauncher;
import dev.windlass.pipelines.triggers.TriggerCatalog;
import dev.windlass.pipelines.triggers.TriggerReader;
import dev.windlass.server.triggers.TriggerServerOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code windlass trigger serve}: serves the EventListeners in the given files over HTTP and prints one
 * line per event; the runs the triggers render run on this machine (or go to {@link #launcher} in tests).
 */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Serve the Tekton EventListeners in FILES over HTTP, as Tekton's EventListener sink does.",
            "",
            "Each event runs the listener's triggers: interceptors (github, gitlab, bitbucket, cel), then bindings and "
                    + "the template; the rendered PipelineRuns run on this machine, with the Tasks and Pipelines of FILES "
                    + "(windlass pipeline list|logs shows them). A bad signature or token gets 401 and starts "
                    + "nothing. One listener is served at /, several at /<namespace>/<name>. Prints one line per event. "
                    + "Stop with Ctrl-C."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  windlass trigger serve -f triggers/ -f webhook-secret.yaml --port 8080"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:stopped",
            "1:the files hold errors or no EventListener, or the port cannot be used",
            "2:usage error: unknown option or bad value"})
public final class TriggerServeCommand implements Callable<Integer> {

    @Option(names = {"-f", "--filename"}, paramLabel = "FILE", required = true,
            description = "A file or directory (read recursively) with EventListeners, Triggers, TriggerBindings, "
                    + "TriggerTemplates and the Secrets they use (repeatable).")
    List<String> files = new ArrayList<>();

    @Option(names = "--address", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}).")
    String address;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "The port (default: ${DEFAULT-VALUE}, as Tekton's sink; 0 for a free one).")
    int port;

    @Option(names = "--rate", paramLabel = "N", defaultValue = "50",
            description = "Events a second accepted per EventListener, in bursts of twice that; more get 429 "
                    + "(default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--repo-map", paramLabel = "URL=PATH",
            description = "Make the steps' git reach URL at the local repository PATH, for clone and push (repeatable).")
    List<String> repoMap = new ArrayList<>();

    @Option(names = "--max-concurrent", paramLabel = "N", defaultValue = "1",
            description = "Runs of one pipeline (or one windlass.dev/concurrency-key) at once; more wait in a queue "
                    + "(default: ${DEFAULT-VALUE}).")
    int maxConcurrent;

    @Option(names = "--keep", paramLabel = "N", defaultValue = "20",
            description = "Keep the last N finished runs of each pipeline in the run store (default: ${DEFAULT-VALUE}).")
    int keep;

    @Option(names = "--home", paramLabel = "DIR",
            description = "Windlass's own files; runs are kept in DIR/pipelines (default: $WINDLASS_HOME or ~/.windlass).")
    Path home;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "26214400",
            description = "The largest body accepted; larger gets 413 (default: ${DEFAULT-VALUE}, GitHub's 25 MiB).")
    long maxBody;

    @Spec
    CommandSpec spec;

    /** Where rendered runs go; {@code null} runs them here, in the background, through the local executor. */
    RunLauncher launcher;

    /** Counted down to stop serving; tests stop the command with it, Ctrl-C ends the JVM. */
    final CountDownLatch stop = new CountDownLatch(1);

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (rate <= 0 || maxBody < 1 || port < 0 || port > 65535 || maxConcurrent < 1) {
            return fail(err, 2, "--rate, --max-body and --max-concurrent must be positive and --port between 0 and 65535");
        }
        Map<String, Path> repositories = new LinkedHashMap<>();
        List<KubeObject> objects;
        try {
            RunOverrides.pairs(repoMap, "--repo-map").forEach((url, path) -> repositories.put(url, Path.of(path)));
            objects = PipelineFiles.read(files, InputStream.nullInputStream());
        } catch (IllegalArgumentException e) {
            return fail(err, 2, e.getMessage());
        } catch (PipelineInputException e) {
            return fail(err, 1, e.getMessage());
        }
        Result<TriggerCatalog> read = TriggerReader.read(objects);
        Result<TektonCatalog> tekton = TektonCatalog.of(objects);
        List<Issue> issues = new ArrayList<>(read.issues());
        issues.addAll(tekton.issues());
        issues.forEach(i -> err.println(i.format()));
        if (issues.stream().anyMatch(Issue::isError)) {
            return fail(err, 1, "the triggers cannot be served; fix the errors above");
        }
        if (read.value().listeners().isEmpty()) {
            return fail(err, 1, "no EventListener (triggers.tekton.dev/v1beta1) in " + String.join(", ", files));
        }
        Object lock = new Object();
        Consumer<String> print = line -> {
            synchronized (lock) {
                out.println(line);
                out.flush();
            }
        };
        try (BackgroundRuns runs = new BackgroundRuns(LocalRuns.builder(PipelineHome.of(home)).catalog(tekton.value())
                .environment(GitRedirects.environment(repositories)).keep(keep).concurrency(maxConcurrent).build(),
                print, done -> { })) {
            return serve(read.value(), PipelineFiles.lookup(objects), launcher != null ? launcher : runs, print, err);
        }
    }

    private int serve(TriggerCatalog catalog, ObjectLookup lookup, RunLauncher target, Consumer<String> print,
            PrintWriter err) throws InterruptedException {
        TriggerServerOptions options = TriggerServerOptions.DEFAULT.withHost(address).withPort(port)
                .withMaxBodyBytes(maxBody).withRate(rate, (int) Math.max(1, Math.ceil(rate * 2)));
        try (TriggerService.Served served = TriggerService.serve(catalog, lookup, target, options, print)) {
            Thread onExit = new Thread(served::close, "windlass-trigger-stop");
            Runtime.getRuntime().addShutdownHook(onExit);
            served.listening().forEach(print);
            stop.await();
            Runtime.getRuntime().removeShutdownHook(onExit);
            return 0;
        } catch (IOException e) {
            return fail(err, 1, "cannot listen on " + address + ":" + port + ": " + e.getMessage()
                    + "; choose another --port");
        }
    }

    private static int fail(PrintWriter err, int code, String message) {
        err.println("windlass trigger serve: " + message);
        err.flush();
        return code;
    }
}
