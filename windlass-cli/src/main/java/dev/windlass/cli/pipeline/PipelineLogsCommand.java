package dev.windlass.cli.pipeline;

import dev.windlass.pipelines.run.RunState;
import dev.windlass.pipelines.store.FileRunStore;
import dev.windlass.pipelines.store.RunLogs;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code windlass pipeline logs RUN}: a stored run's step logs, prefixed as {@code tkn pipelinerun logs} prints them. */
@Command(name = "logs", mixinStandardHelpOptions = true,
        description = {"Print the step logs of a run in the local run store, each line prefixed with its task and step; "
                + "with -f, keep printing until the run ends."})
public final class PipelineLogsCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RUN", description = "The PipelineRun or TaskRun name.")
    String name;

    @Option(names = {"-n", "--namespace"}, paramLabel = "NS", description = "The run's namespace (when names repeat).")
    String namespace;

    @Option(names = {"-f", "--follow"}, description = "Keep printing new lines until the run ends.")
    boolean follow;

    @Option(names = "--home", paramLabel = "DIR", description = "Windlass's own files (default: $WINDLASS_HOME or ~/.windlass).")
    Path home;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Path root = PipelineHome.of(home).store();
        FileRunStore store = new FileRunStore(root);
        RunState run;
        try {
            run = RunLookup.find(store, name, namespace);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("windlass pipeline logs: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return 1;
        }
        int printed = 0;
        while (true) {
            var lines = RunLogs.read(root, run.namespace(), run.name());
            for (int i = printed; i < lines.size(); i++) {
                var line = lines.get(i);
                out.println(prefix(run, line.pipelineTask(), line.step()) + line.line());
            }
            printed = lines.size();
            out.flush();
            boolean done = store.load(run.namespace(), run.name()).map(r -> r.condition().isDone()).orElse(true);
            if (!follow || done) {
                return 0;
            }
            Thread.sleep(250);
        }
    }

    private static String prefix(RunState run, String pipelineTask, String step) {
        return run.kind().equals("TaskRun") || pipelineTask == null || pipelineTask.isEmpty() ? "[" + step + "] "
                : "[" + pipelineTask + " : " + step + "] ";
    }
}
