package dev.windlass.cli.app;

import dev.windlass.controller.api.ApplicationOperations;
import dev.windlass.server.Endpoint;
import dev.windlass.server.LocalApiClient;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code windlass app}: the {@code argocd app} commands (list, get, diff, sync, history, rollback, delete,
 * refresh) against the local API of a running {@code windlass up}.
 */
@Command(name = "app", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "COMMAND",
        description = {"Manage the Argo CD Applications of a running 'windlass up', as 'argocd app' does.",
            "",
            "The commands talk to the local API of 'windlass up': --server and --auth-token, else WINDLASS_SERVER "
                    + "and WINDLASS_AUTH_TOKEN, else the endpoint file it writes ($WINDLASS_HOME/endpoint.json, "
                    + "~/.windlass by default). NAME is NAME or NAMESPACE/NAME."},
        subcommands = {AppListCommand.class, AppGetCommand.class, AppDiffCommand.class, AppSyncCommand.class,
            AppHistoryCommand.class, AppRollbackCommand.class, AppDeleteCommand.class, AppRefreshCommand.class},
        commandListHeading = "%nCommands:%n",
        footerHeading = "%nExamples:%n",
        footer = {
            "  windlass app list                     every application",
            "  windlass app get guestbook            status, conditions and resources",
            "  windlass app diff guestbook           what a sync would change",
            "  windlass app sync guestbook --prune   sync now and wait for the result",
            "  windlass app history guestbook        past syncs, to roll back to",
            "  windlass app rollback guestbook 3     sync to history entry 3"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:the command failed (not running, not found, sync failed); 'app diff': differences found",
            "2:usage error; 'app diff': the command failed"})
public final class AppCommand implements Callable<Integer> {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    @Mixin
    ConnectionOptions connection;

    @Spec
    CommandSpec spec;

    private final Map<String, String> env;
    private final Path endpointFile;
    private final Confirmation confirmation;

    /** With the process' environment, the default endpoint file and the terminal. */
    public AppCommand() {
        this(System.getenv(), Endpoint.defaultLocation(), Confirmation.console());
    }

    AppCommand(Map<String, String> env, Path endpointFile, Confirmation confirmation) {
        this.env = Map.copyOf(env);
        this.endpointFile = endpointFile;
        this.confirmation = confirmation;
    }

    /** Without a command: say so, show the usage, and report a usage error. */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("windlass app: missing command; choose one of the commands below");
        err.println();
        spec.commandLine().usage(err, spec.commandLine().getColorScheme());
        err.flush();
        return USAGE;
    }

    /** The endpoint of the server for a command's own options, falling back to those given to {@code app}. */
    Endpoint endpoint(ConnectionOptions commandOptions) throws ServerConnection.Unresolved {
        ConnectionOptions options = commandOptions == null ? connection : commandOptions.orElse(connection);
        String server = options == null ? null : options.server;
        String token = options == null ? null : options.authToken;
        return ServerConnection.resolve(server, token, env, endpointFile);
    }

    ApplicationOperations client(Endpoint endpoint) {
        return new LocalApiClient(endpoint);
    }

    Confirmation confirmation() {
        return confirmation;
    }
}
