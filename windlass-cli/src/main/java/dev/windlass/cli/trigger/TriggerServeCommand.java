package dev.windlass.cli.trigger;

import dev.windlass.model.Issue;
import dev.windlass.model.Result;
import dev.windlass.pipelines.triggers.EventListener;
import dev.windlass.pipelines.triggers.EventListenerHandler;
import dev.windlass.pipelines.triggers.RunLauncher;
import dev.windlass.pipelines.triggers.TriggerCatalog;
import dev.windlass.pipelines.triggers.TriggerReader;
import dev.windlass.server.triggers.TriggerServer;
import dev.windlass.server.triggers.TriggerServerOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code windlass trigger serve}: serves the EventListeners in the given files over HTTP and prints one
 * line per event; what the triggers render goes to {@link #launcher}.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Serve the Tekton EventListeners in FILES over HTTP, as Tekton's EventListener sink does.",
            "",
            "Each event runs the listener's triggers: interceptors (github, gitlab, bitbucket, cel), then bindings and "
                    + "the template; the rendered PipelineRuns are started. A bad signature or token gets 401 and starts "
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

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "26214400",
            description = "The largest body accepted; larger gets 413 (default: ${DEFAULT-VALUE}, GitHub's 25 MiB).")
    long maxBody;

    @Spec
    CommandSpec spec;

    /** Where rendered objects go; {@code null} prints {@code created PipelineRun <name>} (until a runner is wired in). */
    RunLauncher launcher;

    /** Counted down to stop serving; tests stop the command with it, Ctrl-C ends the JVM. */
    final CountDownLatch stop = new CountDownLatch(1);

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (rate <= 0 || maxBody < 1 || port < 0 || port > 65535) {
            return fail(err, 2, "--rate and --max-body must be positive and --port between 0 and 65535");
        }
        TriggerFiles.Loaded loaded = TriggerFiles.read(files);
        Result<TriggerCatalog> read = TriggerReader.read(loaded.objects());
        List<Issue> issues = new ArrayList<>(loaded.issues());
        issues.addAll(read.issues());
        issues.forEach(i -> err.println(i.format()));
        if (issues.stream().anyMatch(Issue::isError)) {
            return fail(err, 1, "the triggers cannot be served; fix the errors above");
        }
        TriggerCatalog catalog = read.value();
        if (catalog.listeners().isEmpty()) {
            return fail(err, 1, "no EventListener (triggers.tekton.dev/v1beta1) in " + String.join(", ", files));
        }
        return serve(catalog, loaded, out, err);
    }

    private int serve(TriggerCatalog catalog, TriggerFiles.Loaded loaded, PrintWriter out, PrintWriter err)
            throws InterruptedException {
        Object lock = new Object();
        RunLauncher target = launcher != null ? launcher : new PrintingLauncher(out, lock);
        List<EventListenerHandler> handlers = new ArrayList<>();
        for (EventListener l : catalog.listeners()) {
            handlers.add(new EventListenerHandler(l, catalog, loaded.lookup(), target));
        }
        TriggerServerOptions options = TriggerServerOptions.DEFAULT.withHost(address).withPort(port)
                .withMaxBodyBytes(maxBody).withRate(rate, (int) Math.max(1, Math.ceil(rate * 2)));
        try (TriggerServer server = TriggerServer.start(handlers, options, line -> {
            synchronized (lock) {
                out.println(line);
                out.flush();
            }
        })) {
            Thread onExit = new Thread(server::close, "windlass-trigger-stop");
            Runtime.getRuntime().addShutdownHook(onExit);
            synchronized (lock) {
                for (EventListener l : catalog.listeners()) {
                    String path = handlers.size() == 1 ? "/" : "/" + l.id();
                    out.println("EventListener " + l.id() + " listening on " + server.url() + path);
                }
                out.flush();
            }
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
