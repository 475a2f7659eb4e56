package dev.windlass.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The entry point of the {@code windlass} command. {@link #run} does everything but exit, writing
 * only to the streams it is given (UTF-8), so tests can call it. Usage errors exit with 2 and a
 * one-line hint; unexpected exceptions print one line, or their stack trace with {@code --debug}.
 */
public final class Main {

    /**
     * Loggers kept quiet below SEVERE: Vert.x (fabric8's HTTP client) logs every pooled connection the
     * server closes as a warning, and fabric8 warns that Argo CD's API version is an alpha one; both
     * are routine. Held here so the settings are not collected.
     */
    private static final java.util.logging.Logger[] QUIET = {
        java.util.logging.Logger.getLogger("io.vertx"),
        java.util.logging.Logger.getLogger("io.netty"),
        java.util.logging.Logger.getLogger("io.fabric8.kubernetes.client.dsl.internal.VersionUsageUtils")};

    private Main() {
    }

    public static void main(String[] args) {
        // Log lines (the sandbox's recovery and controller warnings) on one line, "INFO: message",
        // unless the user configured java.util.logging.
        if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
            System.setProperty("java.util.logging.SimpleFormatter.format", "%4$s: %5$s%6$s%n");
        }
        for (java.util.logging.Logger logger : QUIET) {
            logger.setLevel(java.util.logging.Level.SEVERE);
        }
        System.exit(run(args, System.in, System.out, System.err, Help.Ansi.AUTO));
    }

    /** Runs {@code windlass args} with empty standard input and returns the exit code; no colours, for tests and pipes. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, InputStream.nullInputStream(), out, err);
    }

    /** Runs {@code windlass args} reading {@code in} for a PATH of {@code -}; no colours. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return run(args, in, out, err, Help.Ansi.OFF);
    }

    static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Help.Ansi ansi) {
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        try {
            return configure(new CommandLine(new WindlassCommand(in)), outWriter, errWriter, ansi).execute(args);
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    /** Applies windlass' streams, colours and error handling to {@code commandLine} (and its subcommands). */
    static CommandLine configure(CommandLine commandLine, PrintWriter out, PrintWriter err, Help.Ansi ansi) {
        return commandLine
                .setOut(out)
                .setErr(err)
                .setColorScheme(Help.defaultColorScheme(ansi))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(new UsageErrors())
                .setExecutionExceptionHandler(new InternalErrors());
    }

    /** A usage error: the problem and a pointer to {@code --help}, not the whole help text. */
    private static final class UsageErrors implements IParameterExceptionHandler {
        @Override
        public int handleParseException(ParameterException ex, String[] args) {
            CommandLine command = ex.getCommandLine();
            PrintWriter err = command.getErr();
            err.println(CliMessages.usageError(ex.getMessage()));
            UnmatchedArgumentException.printSuggestions(ex, err);
            err.println(CliMessages.tryHelp(command.getCommandSpec().qualifiedName()));
            err.flush();
            return ExitCodes.USAGE;
        }
    }

    /** An exception a command did not expect: a bug. One line, or the stack trace with {@code --debug}. */
    private static final class InternalErrors implements IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine command, ParseResult parseResult) {
            PrintWriter err = command.getErr();
            if (debugRequested(parseResult)) {
                ex.printStackTrace(err);
            } else {
                String detail = ex.getMessage() == null || ex.getMessage().isBlank() ? ex.getClass().getName() : ex.getMessage();
                err.println(CliMessages.internalError(detail));
            }
            err.flush();
            return ExitCodes.INVALID_INPUT;
        }

        private static boolean debugRequested(ParseResult parseResult) {
            for (ParseResult level = parseResult; level != null; level = level.subcommand()) {
                if (level.hasMatchedOption("--debug")) {
                    return true;
                }
            }
            return false;
        }
    }
}
