package dev.windlass.cli.helm;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code windlass helm}: Helm charts rendered in-process, without a helm binary. */
@Command(name = "helm", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "COMMAND",
        description = {"Render Helm charts in-process, with the output of helm template."},
        subcommands = {HelmTemplateCommand.class},
        commandListHeading = "%nCommands:%n",
        footerHeading = "%nExamples:%n",
        footer = {"  windlass helm template my-release ./mychart -f prod.yaml   print what 'helm template' prints"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:an error was reported (as Helm reports it) and nothing was printed",
            "2:usage error: unknown command or option"})
public final class HelmCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Without a command: say so, show the usage, and report a usage error. */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("windlass helm: missing command; choose one of the commands below");
        err.println();
        spec.commandLine().usage(err, spec.commandLine().getColorScheme());
        err.flush();
        return 2;
    }
}
