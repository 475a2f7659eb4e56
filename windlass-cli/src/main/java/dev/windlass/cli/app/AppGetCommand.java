package dev.windlass.cli.app;

import dev.windlass.controller.api.ApplicationOperations;
import dev.windlass.controller.api.OperationException;
import dev.windlass.model.KubeObject;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code windlass app get NAME}: the summary, conditions and resources of one application, as {@code argocd app get}. */
@Command(name = "get", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Show an application: its source, sync and health status, conditions and resources.",
        footerHeading = "%nExamples:%n",
        footer = {"  windlass app get guestbook", "  windlass app get argocd/guestbook --refresh --show-operation",
            "  windlass app get guestbook -o yaml"})
final class AppGetCommand extends AppSubcommand {

    /** {@code -o} of {@code app get} and {@code app refresh}. */
    enum Format { wide, name, json, yaml }

    @Parameters(paramLabel = "NAME", description = "The application: NAME or NAMESPACE/NAME.")
    String name;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "wide",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format output;

    @Option(names = "--refresh", description = "Re-read Git and compare again before showing it.")
    boolean refresh;

    @Option(names = "--show-operation", description = "Also show the last operation's result.")
    boolean showOperation;

    @Override
    int run(ApplicationOperations operations, PrintWriter out) throws OperationException {
        KubeObject app = refresh ? operations.refresh(name) : require(operations, name);
        out.print(render(app, output, showOperation, url(ApplicationView.of(app))));
        return AppCommand.OK;
    }

    /** The application in {@code format}; shared with {@code app refresh}. */
    static String render(KubeObject app, Format format, boolean operation, String url) {
        return switch (format) {
            case json -> Documents.json(app.content());
            case yaml -> Documents.yaml(app.content());
            case name -> ApplicationView.of(app).qualifiedName() + "\n";
            case wide -> wide(ApplicationView.of(app), operation, url);
        };
    }

    private static String wide(ApplicationView view, boolean operation, String url) {
        StringBuilder text = new StringBuilder(AppPrinter.summary(view, url));
        if (!view.conditions().isEmpty()) {
            text.append('\n').append(AppPrinter.conditions(view)).append('\n');
        }
        if (operation && view.operationState().isPresent()) {
            text.append('\n').append(AppPrinter.operationResult(view.operationState().get()));
        }
        if (!view.resources().isEmpty()) {
            text.append('\n').append(AppPrinter.resources(view));
        }
        return text.toString();
    }
}
