package dev.windlass.cli.policy;

import dev.windlass.model.snapshot.LocalSnapshot;
import dev.windlass.policy.PolicySet;
import dev.windlass.policy.gator.GatorException;
import dev.windlass.policy.gator.Results.SuiteResult;
import dev.windlass.policy.gator.SuiteReader;
import dev.windlass.policy.gator.SuiteRunner;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code windlass policy verify PATH...}: runs gator Suite files, as {@code gator verify} does. */
@Command(name = "verify", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Run gator test suites (test.gatekeeper.sh/v1alpha1 Suite): for each test, compile the template and "
                    + "add the constraint; for each case, review the object with its inventory and check the "
                    + "assertions (violations: yes/no/N, message: a regular expression).",
            "",
            "PATH is a suite file, or a directory searched recursively for files named suite.yaml. Paths inside "
                    + "a suite are relative to it and may not leave PATH (or the suite file's directory).",
            "",
            "Prints gator verify's report: a FAIL line per failed test and case with the reason, ok or FAIL per "
                    + "suite, then PASS or FAIL and a count of cases: N passed, M failed."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  windlass policy verify gatekeeper-library/library",
            "  windlass policy verify policies/requiredlabels/suite.yaml -v"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every case passed",
            "1:a case or test failed, or a suite could not be read",
            "2:usage error: unknown option or bad value"})
final class PolicyVerifyCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Suite files or directories holding suite.yaml files.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "rego",
            description = "Which code runs for a template with both Rego and CEL (K8sNativeValidation): rego (the "
                    + "default) or cel (Gatekeeper's and gator's choice). Templates with one kind of code run it.")
    String engine = "rego";

    @Option(names = {"-v", "--verbose"}, description = "Also print the tests and cases that ran and passed or were skipped.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PolicySet.Engine preferred = PolicyEngines.parse(engine);
        if (preferred == null) {
            err.println("error: unknown engine \"" + engine + "\"; use rego or cel");
            err.flush();
            return PolicyExit.USAGE;
        }
        List<SuiteResult> results = new ArrayList<>();
        for (String typed : paths) {
            try {
                results.addAll(run(typed, preferred));
            } catch (GatorException e) {
                err.println("error: " + e.getMessage());
                err.flush();
                return PolicyExit.FAILED;
            }
        }
        if (results.isEmpty()) {
            err.println("error: no suites found in " + String.join(", ", paths)
                    + "; give a suite file or a directory holding suite.yaml files");
            err.flush();
            return PolicyExit.FAILED;
        }
        VerifyReport report = new VerifyReport(out, verbose);
        results.forEach(report::suite);
        report.summary(results);
        out.flush();
        return results.stream().anyMatch(SuiteResult::failed) ? PolicyExit.FAILED : PolicyExit.OK;
    }

    private static List<SuiteResult> run(String typed, PolicySet.Engine engine) throws GatorException {
        Path path = Path.of(typed).toAbsolutePath().normalize();
        if (!Files.exists(path)) {
            throw new GatorException(typed + ": no such file or directory");
        }
        boolean directory = Files.isDirectory(path);
        Path root = directory ? path : path.getParent();
        LocalSnapshot source = LocalSnapshot.of(root);
        List<String> suites = SuiteReader.find(source, directory ? "" : path.getFileName().toString());
        List<SuiteResult> results = new ArrayList<>();
        String prefix = directory ? typed.replaceAll("/+$", "") + "/" : parentOf(typed);
        for (String suite : suites) {
            SuiteResult r = SuiteRunner.run(source, suite, engine);
            results.add(new SuiteResult(prefix + r.path(), r.skipped(), r.error(), r.tests()));
        }
        return results;
    }

    private static String parentOf(String typed) {
        int slash = typed.lastIndexOf('/');
        return slash < 0 ? "" : typed.substring(0, slash + 1);
    }
}
