package dev.windlass.cli.pipeline;

import dev.windlass.pipelines.run.RunState;
import dev.windlass.pipelines.store.FileRunStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code windlass pipeline cancel RUN}: asks a running (or queued, or pending) run to stop; the
 * process running it kills its steps and records {@code Cancelled}, as {@code tkn pipelinerun cancel}.
 */
@Command(name = "cancel", mixinStandardHelpOptions = true,
        description = {"Cancel a run of the local run store: its running steps are stopped and it ends Cancelled."})
public final class PipelineCancelCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RUN", description = "The PipelineRun or TaskRun name.")
    String name;

    @Option(names = {"-n", "--namespace"}, paramLabel = "NS", description = "The run's namespace (when names repeat).")
    String namespace;

    @Option(names = "--home", paramLabel = "DIR", description = "Windlass's own files (default: $WINDLASS_HOME or ~/.windlass).")
    Path home;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        FileRunStore store = new FileRunStore(PipelineHome.of(home).store());
        try {
            RunState run = RunLookup.find(store, name, namespace);
            if (run.condition().isDone()) {
                err.println("windlass pipeline cancel: " + run.kind() + " " + run.name() + " already ended "
                        + RunSummary.status(run));
                err.flush();
                return 1;
            }
            store.requestCancel(run.namespace(), run.name());
            out.println(run.kind() + " cancelled: " + run.name());
            out.flush();
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("windlass pipeline cancel: " + e.getMessage());
            err.flush();
            return 1;
        }
    }
}
