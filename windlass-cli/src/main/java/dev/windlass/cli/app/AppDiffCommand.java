package dev.windlass.cli.app;

import dev.windlass.controller.api.ApplicationOperations;
import dev.windlass.controller.api.OperationException;
import dev.windlass.controller.api.ResourceDifference;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code windlass app diff NAME}: what a sync would change, object by object, as {@code argocd app diff}. */
@Command(name = "diff", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compare what Git renders at the target revision (fetched now) with the live objects, and print "
                + "a unified diff per object that differs, under a '===== group/kind namespace/name ======' header."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no differences", "1:differences found", "2:the command failed, or a usage error"})
final class AppDiffCommand extends AppSubcommand {

    static final int DIFFERENCES = 1;
    private static final Comparator<ResourceDifference> BY_KEY = Comparator.comparing(
            d -> d.group() + "/" + d.kind() + "/" + d.namespace() + "/" + d.name());

    @Parameters(paramLabel = "NAME", description = "The application: NAME or NAMESPACE/NAME.")
    String name;

    @Override
    int run(ApplicationOperations operations, PrintWriter out) throws OperationException {
        List<ResourceDifference> differences = operations.diff(name).stream().sorted(BY_KEY).toList();
        for (ResourceDifference d : differences) {
            out.print("\n===== " + d.group() + "/" + d.kind() + " " + d.namespace() + "/" + d.name() + " ======\n");
            out.print(d.diff().isEmpty() || d.diff().endsWith("\n") ? d.diff() : d.diff() + "\n");
        }
        return differences.isEmpty() ? AppCommand.OK : DIFFERENCES;
    }

    @Override
    int failureExitCode() {
        return AppCommand.USAGE;
    }
}
