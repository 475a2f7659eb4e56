package dev.windlass.cli;

import dev.windlass.model.Issue;
import dev.windlass.model.Severity;
import dev.windlass.render.ManifestValidator;
import dev.windlass.render.RenderResult;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code windlass validate PATH}: renders PATH, then checks the structure of every manifest. */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Check the structure of the manifests in PATH.",
            "",
            "Reads PATH as 'windlass render' does, then checks that apiVersion, kind and metadata.name are present, "
                    + "that names, namespaces, labels and annotations follow Kubernetes' rules, and that no resource "
                    + "is defined twice.",
            "Prints 'N objects valid' on success; otherwise each problem as file:line:col: error: message."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  # Check a directory",
            "  windlass validate examples/guestbook",
            "",
            "  # Check a whole tree, skipping Helm values files",
            "  windlass validate deploy --recurse --exclude '*values*.yaml'",
            "",
            "  # Check what another tool prints, from standard input",
            "  kubectl kustomize overlays/prod | windlass validate -"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every manifest is valid (warnings may have been reported)",
            "1:invalid input: errors were reported",
            "2:usage error: unknown option or bad value"})
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    SourceOptions source;

    @Mixin
    LimitOptions limits;

    @Spec
    CommandSpec spec;

    @ParentCommand
    WindlassCommand parent;

    @Override
    public Integer call() {
        RenderResult rendered = source.render(limits.limits(), parent.stdin());
        IssuePrinter printer = new IssuePrinter(spec.commandLine().getErr());
        List<Issue> issues = new ArrayList<>(rendered.issues());
        issues.addAll(ManifestValidator.validate(rendered.readable()));
        printer.print(issues);
        long errors = issues.stream().filter(Issue::isError).count();
        if (errors > 0) {
            long warnings = issues.stream().filter(i -> i.severity() == Severity.WARNING).count();
            PrintWriter err = spec.commandLine().getErr();
            err.println(CliMessages.validationFailed(errors, warnings, rendered.readable().size()));
            err.flush();
            return ExitCodes.INVALID_INPUT;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(CliMessages.objectsValid(rendered.objects().size()));
        out.flush();
        return ExitCodes.OK;
    }
}
