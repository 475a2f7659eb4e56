package dev.windlass.cli.rego;

import dev.windlass.rego.RegoCompileException;
import dev.windlass.rego.testing.PrettyReporter;
import dev.windlass.rego.testing.RegoTestRunner;
import dev.windlass.rego.testing.TestOutcome;
import dev.windlass.rego.testing.TestResult;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
  * {@code windlass rego test}: runs the {@code test_*} rules of Rego modules and prints the report
  * {@code opa test} prints. Exits 1 when a test fails, errs or is skipped (OPA exits 2 there).
  */
@Command(name = "test", sortOptions = false,
        description = {"Run Rego unit tests (rules named test_*) and report as 'opa test' does. "
                + "Rules named todo_test_* are reported as skipped."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  windlass rego test policies/",
            "  windlass rego test -v src.rego src_test.rego",
            "  windlass rego test policies/ --run 'test_denied'"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every test passed",
            "1:a test failed, raised an error or was skipped (without -z), or the files did not load or compile",
            "2:usage error"})
public final class RegoTestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Rego and data files or directories to load.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--ignore", split = ",", paramLabel = "GLOB",
            description = "Skip files and directories whose name matches (repeatable, e.g. '*_test.rego').")
    List<String> ignore = new ArrayList<>();

    @Option(names = {"-v", "--verbose"}, description = "List every test with its duration.")
    boolean verbose;

    @Option(names = {"-r", "--run"}, paramLabel = "REGEX",
            description = "Run only the tests whose full name (data.pkg.test_x) matches the regular expression.")
    String run;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = GoDurationConverter.class,
            description = "Time budget of each test (default: 5s).")
    Duration timeout;

    @Option(names = {"-z", "--exit-zero-on-skipped"}, description = "Skipped tests do not make the exit code 1.")
    boolean exitZeroOnSkipped;

    @Option(names = "--fail-on-empty", description = "Exit with 1 when no test ran.")
    boolean failOnEmpty;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RegoTestRunner runner = runner();
        RegoFiles.Loaded loaded = RegoFiles.load(paths, ignore);
        if (!loaded.errors().isEmpty()) {
            err.println(OpaError.occurred(loaded.errors()));
            return 1;
        }
        List<TestResult> results;
        try {
            results = runner.run(loaded.modules(), loaded.data());
        } catch (RegoCompileException e) {
            err.println(OpaError.occurred(OpaError.compile(e)));
            return 1;
        }
        out.print(PrettyReporter.report(results, verbose));
        out.flush();
        if (results.isEmpty() && failOnEmpty) {
            err.println("no tests were run");
            return 1;
        }
        return results.stream().allMatch(this::acceptable) ? 0 : 1;
    }

    private boolean acceptable(TestResult r) {
        return r.passed() || (r.outcome() == TestOutcome.SKIPPED && exitZeroOnSkipped);
    }

    private RegoTestRunner runner() {
        RegoTestRunner runner = RegoTestRunner.create();
        if (timeout != null && !timeout.isZero()) {
            runner = runner.withTimeout(timeout);
        }
        if (run != null && !run.isEmpty()) {
            try {
                runner = runner.withFilter(Pattern.compile(run));
            } catch (PatternSyntaxException e) {
                throw new ParameterException(spec.commandLine(),
                        "--run: '" + run + "' is not a regular expression: " + e.getDescription());
            }
        }
        return runner;
    }
}
