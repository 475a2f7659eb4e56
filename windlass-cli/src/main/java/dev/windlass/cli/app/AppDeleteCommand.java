package dev.windlass.cli.app;

import dev.windlass.controller.api.ApplicationOperations;
import dev.windlass.controller.api.OperationException;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code windlass app delete NAME}: delete an application and, by default, its resources, as {@code argocd app delete}. */
@Command(name = "delete", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Delete an application. With --cascade (the default) its tracked resources are deleted first; "
                + "with --cascade=false they stay in the cluster.",
            "A cascading delete asks for confirmation on a terminal; without one, pass -y."},
        footerHeading = "%nExamples:%n",
        footer = {"  windlass app delete guestbook", "  windlass app delete guestbook --cascade=false",
            "  windlass app delete team-a/podinfo -y"})
final class AppDeleteCommand extends AppSubcommand {

    @Parameters(paramLabel = "NAME", description = "The application: NAME or NAMESPACE/NAME.")
    String name;

    @Option(names = "--cascade", arity = "0..1", paramLabel = "true|false", defaultValue = "true", fallbackValue = "true",
            description = "Also delete the application's resources (default: ${DEFAULT-VALUE}).")
    boolean cascade;

    @Option(names = {"-y", "--yes"}, description = "Do not ask for confirmation.")
    boolean yes;

    @Override
    int run(ApplicationOperations operations, PrintWriter out) throws OperationException {
        if (cascade && !yes) {
            Confirmation confirmation = parent.confirmation();
            if (!confirmation.interactive()) {
                return fail("refusing to delete '" + name + "' and all its resources without confirmation; pass -y to "
                        + "confirm, or --cascade=false to keep its resources");
            }
            if (!confirmation.confirm("Are you sure you want to delete '" + name + "' and all its resources? [y/n] ")) {
                out.println("The command to delete '" + name + "' was cancelled.");
                return AppCommand.OK;
            }
        }
        operations.delete(name, cascade);
        out.println("application '" + name + "' deleted");
        return AppCommand.OK;
    }
}
