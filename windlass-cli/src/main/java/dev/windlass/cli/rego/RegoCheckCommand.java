package dev.windlass.cli.rego;

import dev.windlass.rego.Rego;
import dev.windlass.rego.RegoCompileException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
  * {@code windlass rego check}: parses and compiles Rego modules together, as {@code opa check}
  * does; prints nothing when they are fine, else every error as OPA prints it.
  */
@Command(name = "check", sortOptions = false,
        description = {"Parse and compile Rego modules, as 'opa check' does: nothing is printed when they are fine."},
        footerHeading = "%nExamples:%n",
        footer = {"  windlass rego check policies/", "  windlass rego check src.rego lib/"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the modules parse and compile", "1:errors were printed", "2:usage error"})
public final class RegoCheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Rego files or directories (read recursively for .rego files).")
    List<String> paths = new ArrayList<>();

    @Option(names = "--ignore", split = ",", paramLabel = "GLOB",
            description = "Skip files and directories whose name matches (repeatable, e.g. '*_test.rego').")
    List<String> ignore = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        RegoFiles.Loaded loaded = RegoFiles.loadRego(paths, ignore);
        if (!loaded.errors().isEmpty()) {
            err.println(OpaError.occurred(loaded.errors()));
            return 1;
        }
        try {
            Rego.Builder builder = Rego.builder();
            loaded.modules().forEach(builder::module);
            builder.build();
        } catch (RegoCompileException e) {
            err.println(OpaError.occurred(OpaError.compile(e)));
            return 1;
        }
        return 0;
    }
}
