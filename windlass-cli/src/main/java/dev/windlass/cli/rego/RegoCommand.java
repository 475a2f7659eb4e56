package dev.windlass.cli.rego;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code windlass rego}: OPA's Rego, evaluated, tested and checked in-process, without an opa binary. */
@Command(name = "rego", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "COMMAND",
        description = {"Evaluate, test and check Rego policies in-process, as the opa command does."},
        subcommands = {RegoEvalCommand.class, RegoTestCommand.class, RegoCheckCommand.class},
        commandListHeading = "%nCommands:%n",
        footerHeading = "%nExamples:%n",
        footer = {
            "  windlass rego eval -d p.rego -i input.json 'data.p.allow'   print a decision",
            "  windlass rego test policies/                               run test_* rules",
            "  windlass rego check policies/                              parse and compile"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:an error was reported (parse, compile, evaluation), a test did not pass, or --fail applied",
            "2:usage error: unknown command or option"})
public final class RegoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Without a command: say so, show the usage, and report a usage error. */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("windlass rego: missing command; choose one of the commands below");
        err.println();
        spec.commandLine().usage(err, spec.commandLine().getColorScheme());
        err.flush();
        return 2;
    }
}
