package dev.windlass.cli.app;

import dev.windlass.controller.api.ApplicationOperations;
import dev.windlass.controller.api.OperationException;
import dev.windlass.controller.api.SyncRequest;
import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code windlass app sync NAME}: sync now, wait, and print the result, as {@code argocd app sync}. */
@Command(name = "sync", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Sync an application to its target revision (or --revision) now, wait until the operation ends, "
                + "and print its result: phase, message and the result of each resource.",
        footerHeading = "%nExamples:%n",
        footer = {"  windlass app sync guestbook", "  windlass app sync guestbook --prune",
            "  windlass app sync guestbook --dry-run --revision v1.2.0"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the sync succeeded (or the dry run ran)", "1:the sync failed, resources still need pruning, "
                + "or the command failed", "2:usage error"})
final class AppSyncCommand extends AppSubcommand {

    @Parameters(paramLabel = "NAME", description = "The application: NAME or NAMESPACE/NAME.")
    String name;

    @Option(names = "--prune", description = "Delete tracked objects that Git no longer renders.")
    boolean prune;

    @Option(names = "--dry-run", description = "Validate every object with a server-side dry run; apply nothing.")
    boolean dryRun;

    @Option(names = "--revision", paramLabel = "REV", description = "Sync to this revision instead of the target revision.")
    String revision;

    @Override
    int run(ApplicationOperations operations, PrintWriter out) throws OperationException {
        ApplicationView app = ApplicationView.of(operations.sync(name, new SyncRequest(prune, dryRun, revision)));
        out.print(OperationOutcome.report(app, url(app)));
        out.flush();
        Optional<String> failure = dryRun ? Optional.empty() : OperationOutcome.failure(app);
        return failure.isPresent() ? fail(failure.get()) : AppCommand.OK;
    }
}
