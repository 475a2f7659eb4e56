package dev.windlass.cli.pipeline;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code windlass pipeline}: Tekton PipelineRuns and TaskRuns, run without a cluster, as tkn does with one. */
@Command(name = "pipeline", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "COMMAND",
        description = {"Run Tekton Pipelines and Tasks unchanged, on this machine or on a cluster, and look at past runs."},
        subcommands = {PipelineRunCommand.class, PipelineListCommand.class, PipelineLogsCommand.class,
            PipelineCancelCommand.class},
        commandListHeading = "%nCommands:%n",
        footerHeading = "%nExamples:%n",
        footer = {
            "  windlass pipeline run examples/tekton-cicd/run.yaml -f examples/tekton-cicd/   run a PipelineRun",
            "  windlass pipeline list                        the runs, newest first",
            "  windlass pipeline logs build-deploy-x7k2p     a run's step logs",
            "  windlass pipeline cancel build-deploy-x7k2p   stop a run"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the run failed or an error was reported", "2:usage error"})
public final class PipelineCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Without a command: say so, show the usage, and report a usage error. */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("windlass pipeline: missing command; choose one of the commands below");
        err.println();
        spec.commandLine().usage(err, spec.commandLine().getColorScheme());
        err.flush();
        return 2;
    }
}
