package dev.windlass.cli.policy;

import dev.windlass.cli.admission.WebhookCommand;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code windlass policy}: Gatekeeper policies checked offline, as the gator CLI does. */
@Command(name = "policy", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "COMMAND",
        description = {"Check OPA Gatekeeper ConstraintTemplates and constraints offline, like gator: run gator "
                + "test suites (verify) or review manifests against policies (test); or serve them as an "
                + "admission webhook (webhook)."},
        subcommands = {PolicyVerifyCommand.class, PolicyTestCommand.class, WebhookCommand.class},
        commandListHeading = "%nCommands:%n",
        footerHeading = "%nExamples:%n",
        footer = {
            "  windlass policy verify library/                        run every suite.yaml under library/",
            "  windlass policy test -t templates/ -c constraints/ deploy/   review manifests",
            "  windlass policy webhook --policy policies/ --print-config   the ValidatingWebhookConfiguration"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:a check failed or an error was reported",
            "2:usage error: unknown command or option"})
public final class PolicyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Without a command: say so, show the usage, and report a usage error. */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("windlass policy: missing command; choose one of the commands below");
        err.println();
        spec.commandLine().usage(err, spec.commandLine().getColorScheme());
        err.flush();
        return PolicyExit.USAGE;
    }
}
