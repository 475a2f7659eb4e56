package dev.windlass.cli.app;

import dev.windlass.controller.api.ApplicationOperations;
import dev.windlass.controller.api.OperationException;
import dev.windlass.model.KubeObject;
import dev.windlass.server.Endpoint;
import dev.windlass.server.LocalApiException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every {@code windlass app} command shares: finding the server, and turning its failures into
 * one line on standard error ({@code windlass app get: message}) and an exit code.
 */
abstract class AppSubcommand implements Callable<Integer> {

    @ParentCommand
    AppCommand parent;

    @Mixin
    ConnectionOptions connection;

    @Spec
    CommandSpec spec;

    private Endpoint endpoint;

    @Override
    public final Integer call() {
        try {
            endpoint = parent.endpoint(connection);
            return run(parent.client(endpoint), spec.commandLine().getOut());
        } catch (ServerConnection.Unresolved | LocalApiException e) {
            return fail(e.getMessage());
        } catch (OperationException e) {
            return fail(e.reason() == OperationException.Reason.NOT_FOUND ? notFound(e.getMessage()) : e.getMessage());
        } finally {
            spec.commandLine().getOut().flush();
        }
    }

    /** Runs the command; returns its exit code. */
    abstract int run(ApplicationOperations operations, PrintWriter out) throws OperationException;

    /** The exit code of a failure; {@code app diff} uses 2, as {@code argocd app diff} does. */
    int failureExitCode() {
        return AppCommand.FAILED;
    }

    /** Prints {@code windlass app NAME: message} to standard error and returns the failure exit code. */
    final int fail(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("windlass app " + spec.name() + ": " + message);
        err.flush();
        return failureExitCode();
    }

    /** The application, or NOT_FOUND in the words of the API server. */
    static KubeObject require(ApplicationOperations operations, String name) throws OperationException {
        return operations.get(name).orElseThrow(() -> new OperationException(OperationException.Reason.NOT_FOUND,
                "applications.argoproj.io \"" + name + "\" not found"));
    }

    /** The API URL of {@code app}, shown as the summary's URL. */
    final String url(ApplicationView app) {
        String base = endpoint.url() + "/api/v1/applications/" + app.name();
        return app.namespace().isEmpty() ? base : base + "?appNamespace=" + app.namespace();
    }

    private static String notFound(String message) {
        return message + "; run 'windlass app list' to see the applications";
    }
}
