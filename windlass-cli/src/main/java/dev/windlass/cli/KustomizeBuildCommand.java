package dev.windlass.cli;

import dev.windlass.kustomize.KustomizeOptions;
import dev.windlass.kustomize.KustomizeOutput;
import dev.windlass.kustomize.Kustomizer;
import dev.windlass.kustomize.LoadRestrictor;
import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Result;
import dev.windlass.model.snapshot.LocalSnapshot;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code windlass kustomize build DIR}: prints what {@code kustomize build DIR} prints. Reads through
 * a snapshot of the file system from its root, so bases above DIR ({@code ../base}) resolve as
 * they do for kustomize; messages show absolute paths.
 */
@Command(name = "build", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Print the objects the kustomization in DIR builds, as 'kustomize build DIR' (v5) does: "
                    + "same objects, same order, same YAML.",
            "",
            "Supported: resources (files, directories, bases), components, namespace, namePrefix, nameSuffix, "
                    + "commonLabels, labels, commonAnnotations, images, replicas, sortOptions. Other fields are "
                    + "refused with an error naming them."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  windlass kustomize build overlays/prod",
            "  windlass kustomize build overlays/prod -o prod.yaml",
            "  windlass kustomize build app --load-restrictor LoadRestrictionsNone"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the objects were printed",
            "1:invalid input: an error was reported and nothing was printed",
            "2:usage error: unknown option or bad value"})
final class KustomizeBuildCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "The directory holding the kustomization.")
    Path directory;

    @Option(names = "--load-restrictor", paramLabel = "RESTRICTOR", defaultValue = "LoadRestrictionsRootOnly",
            description = "LoadRestrictionsRootOnly (files must be in or below their kustomization) or "
                    + "LoadRestrictionsNone (default: ${DEFAULT-VALUE}).")
    String loadRestrictor;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the output to FILE instead of stdout.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        LoadRestrictor restrictor = LoadRestrictor.fromFlag(loadRestrictor).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "Invalid value for option '--load-restrictor': '" + loadRestrictor
                        + "' (expected LoadRestrictionsRootOnly or LoadRestrictionsNone)"));
        Path absolute = directory.toAbsolutePath().normalize();
        Path root = absolute.getRoot();
        Result<List<KubeObject>> built = Kustomizer.build(LocalSnapshot.of(root),
                root.relativize(absolute).toString().replace('\\', '/'),
                KustomizeOptions.defaults().withLoadRestrictor(restrictor).withDisplayPrefix(root.toString()));
        if (built.hasErrors()) {
            PrintWriter err = spec.commandLine().getErr();
            new IssuePrinter(err).print(built.errors().stream().map(issue -> shown(issue, root)).toList());
            return ExitCodes.INVALID_INPUT;
        }
        String yaml = KustomizeOutput.yaml(built.value());
        if (output != null) {
            Files.writeString(output, yaml, StandardCharsets.UTF_8);
            return ExitCodes.OK;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(yaml);
        out.flush();
        return ExitCodes.OK;
    }

    /** The issue with its file as an absolute path, as its message shows paths. */
    private static Issue shown(Issue issue, Path root) {
        String file = issue.location().file();
        return file == null ? issue : issue.withFile(root.resolve(file).toString());
    }
}
