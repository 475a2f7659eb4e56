package dev.windlass.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code windlass kustomize}: the in-process Kustomize engine; today one command, {@code build}. */
@Command(name = "kustomize", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "COMMAND",
        description = {"Build kustomizations in-process, with the output of kustomize v5."},
        subcommands = {KustomizeBuildCommand.class},
        commandListHeading = "%nCommands:%n",
        footerHeading = "%nExamples:%n",
        footer = {"  windlass kustomize build overlays/prod   print what 'kustomize build overlays/prod' prints"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:invalid input: errors were reported and nothing was printed",
            "2:usage error: unknown command or option, bad value"})
final class KustomizeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Without a command: say so, show the usage, and report a usage error. */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("windlass kustomize: missing command; choose one of the commands below");
        err.println();
        spec.commandLine().usage(err, spec.commandLine().getColorScheme());
        err.flush();
        return ExitCodes.USAGE;
    }
}
