package dev.windlass.cli;

import dev.windlass.render.RenderResult;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code windlass render PATH}: prints the manifests of a directory the way Argo CD renders a directory source. */
@Command(name = "render", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Print the manifests in PATH, read the way Argo CD reads a directory source.",
            "",
            "Lists (kind: List) are flattened, empty documents dropped; files that are not manifests are skipped "
                    + "with a warning. Objects come out ordered by file path, then by position in the file."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  # Print every manifest of a directory as YAML",
            "  windlass render examples/guestbook",
            "",
            "  # Include subdirectories; print JSON (several objects: a kubectl-style List)",
            "  windlass render deploy --recurse -o json",
            "",
            "  # Only some files, with Argo CD's glob syntax",
            "  windlass render deploy --recurse --include '{apps,infra}/*.yaml' \\",
            "      --exclude '*-test.yaml'",
            "",
            "  # One file",
            "  windlass render examples/guestbook/frontend.yaml"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the manifests were printed (warnings may have been reported)",
            "1:invalid input: errors were reported and nothing was printed",
            "2:usage error: unknown option or bad value"})
final class RenderCommand implements Callable<Integer> {

    @Mixin
    SourceOptions source;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "yaml", order = 4,
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat output;

    @Mixin
    LimitOptions limits;

    @Spec
    CommandSpec spec;

    @ParentCommand
    WindlassCommand parent;

    @Override
    public Integer call() {
        RenderResult result = source.render(limits.limits(), parent.stdin());
        new IssuePrinter(spec.commandLine().getErr()).print(result.issues());
        if (result.hasErrors()) {
            return ExitCodes.INVALID_INPUT;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(output.write(result.objects()));
        out.flush();
        return ExitCodes.OK;
    }
}
