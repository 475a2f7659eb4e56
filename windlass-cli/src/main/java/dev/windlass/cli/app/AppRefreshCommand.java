package dev.windlass.cli.app;

import dev.windlass.controller.api.ApplicationOperations;
import dev.windlass.controller.api.OperationException;
import dev.windlass.model.KubeObject;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code windlass app refresh NAME}: re-read Git and compare now, then show the application ({@code app get --refresh}). */
@Command(name = "refresh", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Re-read Git and compare with the cluster now, instead of at the next periodic refresh; "
                + "then show the application as 'app get' does.")
final class AppRefreshCommand extends AppSubcommand {

    @Parameters(paramLabel = "NAME", description = "The application: NAME or NAMESPACE/NAME.")
    String name;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "wide",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    AppGetCommand.Format output;

    @Override
    int run(ApplicationOperations operations, PrintWriter out) throws OperationException {
        KubeObject app = operations.refresh(name);
        out.print(AppGetCommand.render(app, output, false, url(ApplicationView.of(app))));
        return AppCommand.OK;
    }
}
