package dev.windlass.cli.app;

import static dev.windlass.cli.app.ApplicationView.list;
import static dev.windlass.cli.app.ApplicationView.maps;
import static dev.windlass.cli.app.ApplicationView.text;

import dev.windlass.model.tree.MapNode;
import java.util.Optional;

/**
 * What {@code app sync} and {@code app rollback} print when the operation has ended, as
 * {@code argocd app sync} does: a blank line, the summary, the operation result and the resource table;
 * and whether the operation failed.
 */
final class OperationOutcome {

    private OperationOutcome() {
    }

    static String report(ApplicationView app, String url) {
        StringBuilder out = new StringBuilder("\n").append(AppPrinter.summary(app, url)).append('\n');
        app.operationState().ifPresent(state -> out.append(AppPrinter.operationResult(state)));
        if (!app.resources().isEmpty()) {
            out.append('\n').append(AppPrinter.resources(app));
        }
        return out.toString();
    }

    /** Why the command must fail: the operation did not succeed, or objects still need pruning. */
    static Optional<String> failure(ApplicationView app) {
        Optional<MapNode> state = app.operationState();
        if (state.isEmpty()) {
            return Optional.of("the application has no operation result; run 'windlass app get " + app.qualifiedName()
                    + " --show-operation' to see its state");
        }
        String phase = text(state.get(), "phase");
        if (!phase.equals("Succeeded")) {
            return Optional.of("operation has completed with phase: " + phase + "; see the message and the resources "
                    + "above, fix them in Git, then sync again");
        }
        long pruneSkipped = maps(list(state.get(), "syncResult", "resources")).stream()
                .filter(r -> text(r, "status").equals("PruneSkipped")).count();
        if (!app.syncStatus().equals("Synced") && pruneSkipped > 0) {
            return Optional.of(pruneSkipped + " resources require pruning; sync again with --prune to delete them");
        }
        return Optional.empty();
    }
}
