package dev.windlass.cli.pipeline;

import dev.windlass.model.codec.JsonWriter;
import dev.windlass.model.codec.YamlWriter;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.pipelines.run.RunState;
import dev.windlass.pipelines.run.RunStateCodec;
import dev.windlass.pipelines.store.FileRunStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code windlass pipeline list}: the runs in the local run store, newest first, as {@code tkn pr list} shows them. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"List the PipelineRuns and TaskRuns of the local run store, newest first."})
public final class PipelineListCommand implements Callable<Integer> {

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "table (default), wide, yaml or json (the runs with their status, as Tekton writes it).")
    String output;

    @Option(names = {"-n", "--namespace"}, paramLabel = "NS", description = "Only runs of this namespace.")
    String namespace;

    @Option(names = "--home", paramLabel = "DIR", description = "Windlass's own files (default: $WINDLASS_HOME or ~/.windlass).")
    Path home;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!List.of("table", "wide", "yaml", "json").contains(output)) {
            spec.commandLine().getErr().println("windlass pipeline list: -o " + output
                    + " is not one of table, wide, yaml, json");
            spec.commandLine().getErr().flush();
            return 2;
        }
        List<RunState> runs = new FileRunStore(PipelineHome.of(home).store()).list().stream()
                .filter(r -> namespace == null || namespace.equals(r.namespace())).toList();
        if (output.equals("yaml") || output.equals("json")) {
            List<Node> items = new ArrayList<>(runs.stream().<Node>map(RunStateCodec::write).toList());
            MapNode list = MapNode.of("apiVersion", "v1", "items", new ListNode(items), "kind", "List");
            out.print(output.equals("yaml") ? YamlWriter.write(list) : JsonWriter.write(list, 4) + "\n");
        } else if (runs.isEmpty()) {
            out.println("No runs found");
        } else {
            out.print(RunTable.render(runs, output.equals("wide"), Clock.systemUTC().instant()));
        }
        out.flush();
        return 0;
    }

}
