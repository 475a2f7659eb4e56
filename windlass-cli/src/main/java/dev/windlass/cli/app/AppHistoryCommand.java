package dev.windlass.cli.app;

import dev.windlass.controller.api.ApplicationOperations;
import dev.windlass.controller.api.OperationException;
import dev.windlass.model.tree.ListNode;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code windlass app history NAME}: past deployments, as {@code argocd app history}. */
@Command(name = "history", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Show an application's deployment history: ID, DATE and REVISION per source repository.")
final class AppHistoryCommand extends AppSubcommand {

    /** {@code -o} of {@code app history}: argocd's wide and id, plus the raw entries. */
    enum Format { wide, id, json, yaml }

    @Parameters(paramLabel = "NAME", description = "The application: NAME or NAMESPACE/NAME.")
    String name;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "wide",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format output;

    @Override
    int run(ApplicationOperations operations, PrintWriter out) throws OperationException {
        ApplicationView app = ApplicationView.of(require(operations, name));
        ListNode entries = ApplicationView.list(app.content(), "status", "history");
        switch (output) {
            case wide -> out.print(AppPrinter.history(app));
            case id -> app.history().forEach(h -> out.println(ApplicationView.text(h, "id")));
            case json -> out.print(Documents.json(entries));
            case yaml -> out.print(Documents.yaml(entries));
        }
        return AppCommand.OK;
    }
}
