package dev.windlass.cli.app;

import dev.windlass.controller.api.ApplicationOperations;
import dev.windlass.controller.api.OperationException;
import dev.windlass.model.tree.MapNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code windlass app rollback NAME [ID]}: sync to a revision from the history, as {@code argocd app rollback}. */
@Command(name = "rollback", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Sync an application to the revision of history entry ID (see 'windlass app history'); without ID, "
                + "to the deployment before the last. Refused while automated sync is on, as in Argo CD.",
        footerHeading = "%nExamples:%n",
        footer = {"  windlass app history guestbook", "  windlass app rollback guestbook 3"})
final class AppRollbackCommand extends AppSubcommand {

    @Parameters(index = "0", paramLabel = "NAME", description = "The application: NAME or NAMESPACE/NAME.")
    String name;

    @Parameters(index = "1", arity = "0..1", paramLabel = "ID", description = "History id (default: the previous deployment).")
    Long id;

    @Override
    int run(ApplicationOperations operations, PrintWriter out) throws OperationException {
        long target = id != null ? id : previousDeployment(ApplicationView.of(require(operations, name)));
        ApplicationView app = ApplicationView.of(operations.rollback(name, target));
        out.print(OperationOutcome.report(app, url(app)));
        out.flush();
        Optional<String> failure = OperationOutcome.failure(app);
        return failure.isPresent() ? fail(failure.get()) : AppCommand.OK;
    }

    private long previousDeployment(ApplicationView app) throws OperationException {
        List<MapNode> history = app.history();
        if (history.size() < 2) {
            throw new OperationException(OperationException.Reason.INVALID, "application '" + app.qualifiedName()
                    + "' should have at least two successful deployments; give a history ID");
        }
        String previous = ApplicationView.text(history.get(history.size() - 2), "id");
        try {
            return Long.parseLong(previous);
        } catch (NumberFormatException e) {
            throw new OperationException(OperationException.Reason.INVALID, "history entry '" + previous
                    + "' of application '" + app.qualifiedName() + "' has no numeric id; give a history ID");
        }
    }
}
