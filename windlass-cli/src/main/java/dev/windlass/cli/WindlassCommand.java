package dev.windlass.cli;

import dev.windlass.cli.app.AppCommand;
import dev.windlass.cli.up.UpCommand;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import dev.windlass.cli.helm.HelmCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top-level {@code windlass} command: global options and the list of commands. */
@Command(name = "windlass", mixinStandardHelpOptions = true, versionProvider = WindlassCommand.Version.class,
        synopsisSubcommandLabel = "COMMAND",
        description = {
            "Windlass is one engine for GitOps delivery. It runs the configurations of Argo CD, Flux, Tekton, "
                    + "Gatekeeper, Flagger and Argo Rollouts unchanged; today it syncs Argo CD Applications from Git "
                    + "(windlass up, windlass app), enforces Gatekeeper policy, runs Tekton pipelines and triggers "
                    + "(windlass pipeline, windlass trigger), renders and checks plain manifests, and runs a local "
                    + "Kubernetes API server (the sandbox)."},
        subcommands = {UpCommand.class, AppCommand.class, RenderCommand.class, ValidateCommand.class,
            dev.windlass.cli.rego.RegoCommand.class,
            KustomizeCommand.class, HelmCommand.class, SandboxCommand.class, dev.windlass.cli.policy.PolicyCommand.class,
            dev.windlass.cli.pipeline.PipelineCommand.class, dev.windlass.cli.trigger.TriggerCommand.class,
            CommandLine.HelpCommand.class},
        commandListHeading = "%nCommands:%n",
        footerHeading = "%nExamples:%n",
        footer = {
            "  windlass up                                  sync the example Applications into a sandbox cluster",
            "  windlass app list                            the applications of a running windlass up",
            "  windlass render examples/guestbook           print a directory's manifests",
            "  windlass render examples/guestbook -o json   the same, as JSON",
            "  windlass validate examples/guestbook         check them",
            "  windlass kustomize build overlays/prod       build a kustomization, as kustomize build does",
            "  windlass sandbox                             run a local Kubernetes API server",
            "  windlass render --help                       help on one command",
            "",
            "Problems are printed like compiler messages: path:line:col: error: message."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success (warnings may have been reported)",
            "1:invalid input (errors were reported) or an internal error",
            "2:usage error (unknown command or option, bad value)"})
final class WindlassCommand implements Callable<Integer>, StandardInput {

    @Option(names = "--debug", scope = ScopeType.INHERIT, order = 90,
            description = "Show the stack trace of an unexpected error.")
    boolean debug;

    @Spec
    CommandSpec spec;

    private final InputStream stdin;

    WindlassCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    /** Standard input, for a PATH of {@code -}. */
    @Override
    public InputStream stdin() {
        return stdin;
    }

    /** Without a command: say so, show the usage, and report a usage error. */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println(CliMessages.MISSING_COMMAND);
        err.println();
        spec.commandLine().usage(err, spec.commandLine().getColorScheme());
        err.flush();
        return ExitCodes.USAGE;
    }

    /** {@code windlass --version}: the jar's Implementation-Version, or {@code dev} when run from classes. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"windlass " + version()};
        }

        static String version() {
            String version = WindlassCommand.class.getPackage().getImplementationVersion();
            return version == null || version.isBlank() ? "dev" : version;
        }
    }
}
