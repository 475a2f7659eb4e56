package dev.windlass.cli.trigger;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code windlass trigger}: Tekton Triggers EventListeners, served locally. */
@Command(name = "trigger", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "COMMAND",
        description = {"Serve Tekton Triggers EventListeners (triggers.tekton.dev/v1beta1) locally: webhooks in, "
                + "PipelineRuns out."},
        subcommands = {TriggerServeCommand.class},
        commandListHeading = "%nCommands:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:the files cannot be used",
            "2:usage error: unknown command or option"})
public final class TriggerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Without a command: say so, show the usage, and report a usage error. */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("windlass trigger: missing command; choose one of the commands below");
        err.println();
        spec.commandLine().usage(err, spec.commandLine().getColorScheme());
        err.flush();
        return 2;
    }
}
